# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.acosh(0.5)


print(call(1))
