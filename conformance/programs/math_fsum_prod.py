# tier: 1  area: math
import math

print(math.fsum(range(10)), math.fsum(range(0)), math.fsum(range(-5, 100, 7)))
print(math.prod(range(1, 10)), math.prod(range(1, 30)), math.prod(range(0)), math.prod(range(5), start=2.5))
print(math.prod(range(1, 5), start=3), math.prod(range(-3, 0)))
