# tier: 1  area: math
import math

print(math.fsum(range(10)), math.fsum(range(0)), math.fsum(range(-5, 100, 7)))
print(math.prod(range(1, 10)), math.prod(range(1, 30)), math.prod(range(0)), math.prod(range(5), start=2.5))
print(math.prod(range(1, 5), start=3), math.prod(range(-3, 0)))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(1.0, 1.1, abs_tol=0.2), math.isclose(1, 2), math.isclose(3, 3.0, rel_tol=0))
print(math.fsum(range(10 ** 6, 10 ** 6 + 5)), math.prod(range(1, 4), start=True))
