# tier: 1  area: math
import math
print(math.floor(float("inf")))
