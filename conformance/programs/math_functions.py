# tier: 1  area: math
import math
print(math.sqrt(16), math.sqrt(2))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2))
print(math.fabs(-4), math.trunc(-2.5))
print(math.pi, math.e)
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(math.exp(0), math.log(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.factorial(10), math.gcd(12, 18))
