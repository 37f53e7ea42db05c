# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.factorial(-1)


print(call(1))
