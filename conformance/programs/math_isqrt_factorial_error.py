# tier: 1  area: math
import math
print(math.isqrt(10 ** 20 + 1))
print(math.factorial(-1))
