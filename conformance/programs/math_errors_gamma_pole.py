# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.gamma(-3.0)


print(call(1))
