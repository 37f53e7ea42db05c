#include <stdio.h>
#include <stdint.h>

static int64_t chain_length(int64_t n) {
    int64_t steps = 1;
    while (n != 1) {
        if (n % 2 == 0) {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    return steps;
}

int main(void) {
    int64_t best = 1, best_start = 1;
    for (int64_t start = 1; start < 300000; start++) {
        int64_t length = chain_length(start);
        if (length > best) {
            best = length;
            best_start = start;
        }
    }
    printf("%lld %lld\n", (long long) best_start, (long long) best);
    return 0;
}
