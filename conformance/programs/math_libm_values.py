# tier: 1  area: math
import math
print(math.exp(1), math.exp(-2.5), math.exp(0.1))
print(math.log(10), math.log(2.5), math.log(1e-300))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.sin(100.0), math.cos(1e10))
print(math.atan2(1, 2), math.asin(0.5), math.acos(0.1))
print(math.sinh(1.5), math.cosh(1.5), math.tanh(0.3))
print(math.pow(2, 0.5), math.pow(10, -3), 2 ** 0.5)
print(math.expm1(1e-10), math.log1p(1e-10))
print(math.log(2 ** 2000), math.log10(10 ** 400), math.log2(3))
