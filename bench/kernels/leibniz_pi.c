#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

/* Python's float repr: the shortest %g precision that round-trips. */
static void print_repr(double v) {
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, v);
        if (strtod(buf, NULL) == v) {
            break;
        }
    }
    printf("%s\n", buf);
}

int main(void) {
    double total = 0.0, sign = 1.0;
    for (int64_t k = 0; k < 10000000; k++) {
        total += sign / (double) (2 * k + 1);
        sign = -sign;
    }
    print_repr(4.0 * total);
    return 0;
}
