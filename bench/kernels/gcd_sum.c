#include <stdio.h>
#include <stdint.h>

static int64_t gcd(int64_t a, int64_t b) {
    while (b != 0) {
        int64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int64_t total = 0, n = 1000;
    for (int64_t i = 1; i <= n; i++) {
        for (int64_t j = 1; j <= n; j++) {
            total += gcd(i, j);
        }
    }
    printf("%lld\n", (long long) total);
    return 0;
}
