#include <stdio.h>
#include <stdint.h>

static int64_t sum_range(int64_t n) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) {
        s += i;
    }
    return s;
}

int main(void) {
    printf("%lld\n", (long long) sum_range(10000000));
    return 0;
}
