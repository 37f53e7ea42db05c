# tier: 1  area: math
import math


def table(n):
    print(n, math.factorial(n), math.comb(2 * n, n), math.perm(3 * n, n), math.lcm(n ** 9, n ** 9 + 1, 3))


def main():
    for n in range(15, 30):
        table(n)
    print(math.isqrt(2 ** 64), math.isqrt(10 ** 40), math.comb(67, 33), math.comb(68, 34), math.comb(100, 50))
    print(math.comb(2 ** 70, 2), math.perm(21, 21), math.perm(2 ** 64, 2), math.lcm(2 ** 40, 3 ** 30))
    print(math.gcd(-9223372036854775808, 0), math.lcm(-9223372036854775808, 1), math.factorial(30) // math.factorial(28))


main()
