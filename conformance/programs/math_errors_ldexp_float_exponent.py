# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.ldexp(1.5, 2.0)


print(call(1))
