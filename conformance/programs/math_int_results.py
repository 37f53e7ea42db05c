# tier: 1  area: math
import math
print(math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.isqrt(99), math.gcd(0, 0), math.gcd(-12, 8))
print(math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(5, 12), math.hypot(1, 1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.fmod(7.5, -2))
