# tier: 1  area: math
import math


def table(n):
    print(n, math.factorial(n), math.isqrt(n * n * n), math.comb(n, n // 3), math.perm(n, 3), math.perm(n))


def lcms(a, b, c):
    print(math.gcd(a, b, c), math.lcm(a, b, c), math.gcd(a), math.lcm(b), math.gcd(), math.lcm(), math.lcm(a, 0))


def roots(n):
    print(n, math.isqrt(n), math.isqrt(n - 1), math.isqrt(n + 1))


def main():
    for n in range(0, 21):
        table(n)
    for a in range(1, 40, 7):
        lcms(a * 6, -a * 10, a + 15)
    p = 2
    for k in range(1, 62):
        roots(p)
        p *= 2
    roots(3037000499 * 3037000499)
    print(math.isqrt(9223372036854775807), math.comb(66, 33), math.comb(60, 30), math.comb(10, 11), math.comb(5, 0))
    print(math.perm(20, 20), math.perm(5, 0), math.perm(5, 6), math.perm(9223372036854775807, 1), math.perm(3037000499, 2))
    print(math.lcm(-6, 4), math.gcd(True, 4), math.lcm(2 ** 31, 3 ** 19), math.factorial(True), math.comb(9223372036854775807, 1))


main()
