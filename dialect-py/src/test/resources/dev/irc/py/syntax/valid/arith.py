# Integer and float arithmetic, every operator and literal form.
import math
from math import sqrt, pi as PI

a = 7
b = -3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -2 ** 2, 2 ** -1)
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 1, +a)
print(0x_ff, 0o17, 0b1010, 1_000_000, 00, 0_0)
print(1., .5, 1e10, 1_0.5e-3, 1E+3, 3.14)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 10 ** 20)
x = y = 1
x += 1; y -= 1
x *= 3
x //= 2
x %= 5
x **= 2
x <<= 1
x >>= 1
x &= 0xF
x |= 0x10
x ^= 1
z: float = 2.5
z /= 2
print(x, y, z, sep=", ", end="\n")
print(math.sqrt(2.0), sqrt(16), PI, math.floor(-2.5), math.ceil(2.1), math.inf, math.nan)
print(abs(-3), min(1, 2), max(3, 4), int("3" if False else 4), float(1), bool(0), round(2.5), divmod(7, 2), pow(2, 10))
