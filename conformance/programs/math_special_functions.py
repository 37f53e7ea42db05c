# tier: 1  area: math
import math


def special(x):
    print(x, math.erf(x), math.erfc(x), math.cbrt(x), math.asinh(x), math.ulp(x))


def positive(x):
    print(x, math.gamma(x), math.lgamma(x), math.exp2(x), math.acosh(x + 1.0), math.atanh(x / (x + 1.0)))


def negative(x):
    print(x, math.gamma(x), math.lgamma(x))


def pairs(x, y):
    print(x, y, math.remainder(x, y), math.nextafter(x, y), math.ldexp(x, 7), math.ldexp(x, -1080))


def main():
    i = 0
    while i < 40:
        x = i * 0.37 - 7.0
        special(x)
        i += 1
    for n in range(1, 52):
        positive(n * 3.3)
        positive(n * 0.25)
    for n in range(1, 30):
        negative(-n * 1.7 - 0.25)
        negative(-n * 7.3 - 0.125)
    for n in range(-10, 10):
        pairs(n * 1.5 + 0.25, 1.0 + n * n * 0.125)
    print(math.gamma(5), math.gamma(23), math.gamma(24), math.gamma(171.5), math.gamma(-200.5), math.gamma(1e-300))
    print(math.lgamma(1), math.lgamma(2), math.lgamma(-0.5), math.lgamma(1e300), math.lgamma(5e-324))
    print(math.erf(0.0), math.erf(-0.0), math.erfc(30.0), math.erfc(-30.0), math.cbrt(-27), math.exp2(-1075))
    print(math.ulp(0.0), math.ulp(1.0), math.ulp(-1e300), math.ulp(1.7976931348623157e308), math.ulp(5e-324))
    print(math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-5.0, 2.0), math.remainder(3.0, math.inf))
    print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.nextafter(-0.0, 0.0), math.nextafter(1.0, 1.0))
    print(math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, 1024), math.ldexp(-0.0, 10), math.ldexp(3, 2))
    print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(1e-310, 2e-310, 2e-310))
    print(math.tau, math.inf, -math.inf, math.nan)


main()
