# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.isqrt(-4)


print(call(1))
