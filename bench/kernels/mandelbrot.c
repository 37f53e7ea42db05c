#include <stdio.h>
#include <stdint.h>

static int in_set(double cr, double ci, int64_t max_iter) {
    double zr = 0.0, zi = 0.0;
    for (int64_t i = 0; i < max_iter; i++) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) {
            return 0;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    return 1;
}

int main(void) {
    int64_t size = 400, inside = 0;
    for (int64_t y = 0; y < size; y++) {
        double ci = -1.5 + 3.0 * (double) y / (double) size;
        for (int64_t x = 0; x < size; x++) {
            double cr = -2.0 + 3.0 * (double) x / (double) size;
            if (in_set(cr, ci, 200)) {
                inside++;
            }
        }
    }
    printf("%lld\n", (long long) inside);
    return 0;
}
