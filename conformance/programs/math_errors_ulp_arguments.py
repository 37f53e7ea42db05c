# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.ulp(1.0, 2.0)


print(call(1))
