/* The n-body kernel (5 bodies as scalar variables), same algorithm as nbody.py. */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24

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

static void nbody(int64_t steps, double dt) {
    double xs = 0.0;
    double ys = 0.0;
    double zs = 0.0;
    double vxs = 0.0;
    double vys = 0.0;
    double vzs = 0.0;
    double ms = SOLAR_MASS;
    double xj = 4.84143144246472090e+00;
    double yj = -1.16032004402742839e+00;
    double zj = -1.03622044471123109e-01;
    double vxj = 1.66007664274403694e-03 * DAYS_PER_YEAR;
    double vyj = 7.69901118419740425e-03 * DAYS_PER_YEAR;
    double vzj = -6.90460016972063023e-05 * DAYS_PER_YEAR;
    double mj = 9.54791938424326609e-04 * SOLAR_MASS;
    double xt = 8.34336671824457987e+00;
    double yt = 4.12479856412430479e+00;
    double zt = -4.03523417114321381e-01;
    double vxt = -2.76742510726862411e-03 * DAYS_PER_YEAR;
    double vyt = 4.99852801234917238e-03 * DAYS_PER_YEAR;
    double vzt = 2.30417297573763929e-05 * DAYS_PER_YEAR;
    double mt = 2.85885980666130812e-04 * SOLAR_MASS;
    double xu = 1.28943695621391310e+01;
    double yu = -1.51111514016986312e+01;
    double zu = -2.23307578892655734e-01;
    double vxu = 2.96460137564761618e-03 * DAYS_PER_YEAR;
    double vyu = 2.37847173959480950e-03 * DAYS_PER_YEAR;
    double vzu = -2.96589568540237556e-05 * DAYS_PER_YEAR;
    double mu = 4.36624404335156298e-05 * SOLAR_MASS;
    double xn = 1.53796971148509165e+01;
    double yn = -2.59193146099879641e+01;
    double zn = 1.79258772950371181e-01;
    double vxn = 2.68067772490389322e-03 * DAYS_PER_YEAR;
    double vyn = 1.62824170038242295e-03 * DAYS_PER_YEAR;
    double vzn = -9.51592254519715870e-05 * DAYS_PER_YEAR;
    double mn = 5.15138902046611451e-05 * SOLAR_MASS;
    double px = vxs * ms + vxj * mj + vxt * mt + vxu * mu + vxn * mn;
    vxs = -px / SOLAR_MASS;
    double py = vys * ms + vyj * mj + vyt * mt + vyu * mu + vyn * mn;
    vys = -py / SOLAR_MASS;
    double pz = vzs * ms + vzj * mj + vzt * mt + vzu * mu + vzn * mn;
    vzs = -pz / SOLAR_MASS;
    double e0 = 0.0;
    e0 += 0.5 * ms * (vxs * vxs + vys * vys + vzs * vzs);
    e0 += 0.5 * mj * (vxj * vxj + vyj * vyj + vzj * vzj);
    e0 += 0.5 * mt * (vxt * vxt + vyt * vyt + vzt * vzt);
    e0 += 0.5 * mu * (vxu * vxu + vyu * vyu + vzu * vzu);
    e0 += 0.5 * mn * (vxn * vxn + vyn * vyn + vzn * vzn);
    e0 -= ms * mj / sqrt((xs - xj) * (xs - xj) + (ys - yj) * (ys - yj) + (zs - zj) * (zs - zj));
    e0 -= ms * mt / sqrt((xs - xt) * (xs - xt) + (ys - yt) * (ys - yt) + (zs - zt) * (zs - zt));
    e0 -= ms * mu / sqrt((xs - xu) * (xs - xu) + (ys - yu) * (ys - yu) + (zs - zu) * (zs - zu));
    e0 -= ms * mn / sqrt((xs - xn) * (xs - xn) + (ys - yn) * (ys - yn) + (zs - zn) * (zs - zn));
    e0 -= mj * mt / sqrt((xj - xt) * (xj - xt) + (yj - yt) * (yj - yt) + (zj - zt) * (zj - zt));
    e0 -= mj * mu / sqrt((xj - xu) * (xj - xu) + (yj - yu) * (yj - yu) + (zj - zu) * (zj - zu));
    e0 -= mj * mn / sqrt((xj - xn) * (xj - xn) + (yj - yn) * (yj - yn) + (zj - zn) * (zj - zn));
    e0 -= mt * mu / sqrt((xt - xu) * (xt - xu) + (yt - yu) * (yt - yu) + (zt - zu) * (zt - zu));
    e0 -= mt * mn / sqrt((xt - xn) * (xt - xn) + (yt - yn) * (yt - yn) + (zt - zn) * (zt - zn));
    e0 -= mu * mn / sqrt((xu - xn) * (xu - xn) + (yu - yn) * (yu - yn) + (zu - zn) * (zu - zn));
    for (int64_t step = 0; step < steps; step++) {
        {
            double dx = xs - xj;
            double dy = ys - yj;
            double dz = zs - zj;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mj * mag;
            vxs -= dx * fb;
            vys -= dy * fb;
            vzs -= dz * fb;
            double fa = ms * mag;
            vxj += dx * fa;
            vyj += dy * fa;
            vzj += dz * fa;
        }
        {
            double dx = xs - xt;
            double dy = ys - yt;
            double dz = zs - zt;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mt * mag;
            vxs -= dx * fb;
            vys -= dy * fb;
            vzs -= dz * fb;
            double fa = ms * mag;
            vxt += dx * fa;
            vyt += dy * fa;
            vzt += dz * fa;
        }
        {
            double dx = xs - xu;
            double dy = ys - yu;
            double dz = zs - zu;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mu * mag;
            vxs -= dx * fb;
            vys -= dy * fb;
            vzs -= dz * fb;
            double fa = ms * mag;
            vxu += dx * fa;
            vyu += dy * fa;
            vzu += dz * fa;
        }
        {
            double dx = xs - xn;
            double dy = ys - yn;
            double dz = zs - zn;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mn * mag;
            vxs -= dx * fb;
            vys -= dy * fb;
            vzs -= dz * fb;
            double fa = ms * mag;
            vxn += dx * fa;
            vyn += dy * fa;
            vzn += dz * fa;
        }
        {
            double dx = xj - xt;
            double dy = yj - yt;
            double dz = zj - zt;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mt * mag;
            vxj -= dx * fb;
            vyj -= dy * fb;
            vzj -= dz * fb;
            double fa = mj * mag;
            vxt += dx * fa;
            vyt += dy * fa;
            vzt += dz * fa;
        }
        {
            double dx = xj - xu;
            double dy = yj - yu;
            double dz = zj - zu;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mu * mag;
            vxj -= dx * fb;
            vyj -= dy * fb;
            vzj -= dz * fb;
            double fa = mj * mag;
            vxu += dx * fa;
            vyu += dy * fa;
            vzu += dz * fa;
        }
        {
            double dx = xj - xn;
            double dy = yj - yn;
            double dz = zj - zn;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mn * mag;
            vxj -= dx * fb;
            vyj -= dy * fb;
            vzj -= dz * fb;
            double fa = mj * mag;
            vxn += dx * fa;
            vyn += dy * fa;
            vzn += dz * fa;
        }
        {
            double dx = xt - xu;
            double dy = yt - yu;
            double dz = zt - zu;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mu * mag;
            vxt -= dx * fb;
            vyt -= dy * fb;
            vzt -= dz * fb;
            double fa = mt * mag;
            vxu += dx * fa;
            vyu += dy * fa;
            vzu += dz * fa;
        }
        {
            double dx = xt - xn;
            double dy = yt - yn;
            double dz = zt - zn;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mn * mag;
            vxt -= dx * fb;
            vyt -= dy * fb;
            vzt -= dz * fb;
            double fa = mt * mag;
            vxn += dx * fa;
            vyn += dy * fa;
            vzn += dz * fa;
        }
        {
            double dx = xu - xn;
            double dy = yu - yn;
            double dz = zu - zn;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double fb = mn * mag;
            vxu -= dx * fb;
            vyu -= dy * fb;
            vzu -= dz * fb;
            double fa = mu * mag;
            vxn += dx * fa;
            vyn += dy * fa;
            vzn += dz * fa;
        }
        xs += dt * vxs;
        ys += dt * vys;
        zs += dt * vzs;
        xj += dt * vxj;
        yj += dt * vyj;
        zj += dt * vzj;
        xt += dt * vxt;
        yt += dt * vyt;
        zt += dt * vzt;
        xu += dt * vxu;
        yu += dt * vyu;
        zu += dt * vzu;
        xn += dt * vxn;
        yn += dt * vyn;
        zn += dt * vzn;
    }
    double e1 = 0.0;
    e1 += 0.5 * ms * (vxs * vxs + vys * vys + vzs * vzs);
    e1 += 0.5 * mj * (vxj * vxj + vyj * vyj + vzj * vzj);
    e1 += 0.5 * mt * (vxt * vxt + vyt * vyt + vzt * vzt);
    e1 += 0.5 * mu * (vxu * vxu + vyu * vyu + vzu * vzu);
    e1 += 0.5 * mn * (vxn * vxn + vyn * vyn + vzn * vzn);
    e1 -= ms * mj / sqrt((xs - xj) * (xs - xj) + (ys - yj) * (ys - yj) + (zs - zj) * (zs - zj));
    e1 -= ms * mt / sqrt((xs - xt) * (xs - xt) + (ys - yt) * (ys - yt) + (zs - zt) * (zs - zt));
    e1 -= ms * mu / sqrt((xs - xu) * (xs - xu) + (ys - yu) * (ys - yu) + (zs - zu) * (zs - zu));
    e1 -= ms * mn / sqrt((xs - xn) * (xs - xn) + (ys - yn) * (ys - yn) + (zs - zn) * (zs - zn));
    e1 -= mj * mt / sqrt((xj - xt) * (xj - xt) + (yj - yt) * (yj - yt) + (zj - zt) * (zj - zt));
    e1 -= mj * mu / sqrt((xj - xu) * (xj - xu) + (yj - yu) * (yj - yu) + (zj - zu) * (zj - zu));
    e1 -= mj * mn / sqrt((xj - xn) * (xj - xn) + (yj - yn) * (yj - yn) + (zj - zn) * (zj - zn));
    e1 -= mt * mu / sqrt((xt - xu) * (xt - xu) + (yt - yu) * (yt - yu) + (zt - zu) * (zt - zu));
    e1 -= mt * mn / sqrt((xt - xn) * (xt - xn) + (yt - yn) * (yt - yn) + (zt - zn) * (zt - zn));
    e1 -= mu * mn / sqrt((xu - xn) * (xu - xn) + (yu - yn) * (yu - yn) + (zu - zn) * (zu - zn));
    print_repr(e0);
    print_repr(e1);
}

int main(void) {
    nbody(50000, 0.01);
    return 0;
}
