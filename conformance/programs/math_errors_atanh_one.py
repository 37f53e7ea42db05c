# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.atanh(1.0)


print(call(1))
