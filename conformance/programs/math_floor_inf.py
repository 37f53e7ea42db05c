import math
print(math.floor(float("inf")))
