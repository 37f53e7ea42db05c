# tier: 1  area: math
import math


def call(x):
    print("start", x)
    return math.exp2(1024.5)


print(call(1))
