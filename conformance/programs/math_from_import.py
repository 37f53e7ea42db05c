# tier: 1  area: math
from math import sqrt, pi, floor
print(sqrt(25), floor(pi * 100))
r = 2.0
print(pi * r * r)
