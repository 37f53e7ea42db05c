# tier: 1  area: math
import math
print(math.log(0))
