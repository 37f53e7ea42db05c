# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.lcm(4, 6.0)


print(call(1))
