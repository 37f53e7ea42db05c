# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.remainder(1.0, 0.0)


print(call(1))
