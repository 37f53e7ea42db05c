# tier: 1  area: arith
# int / int is a float whose sign is the exclusive or of the operands' signs, also for a zero
# numerator and for divisors beyond 2**53 (found by fuzzing: the big-int path lost the sign).
import math


def divide(a, b):
    return a / b


big = 10 ** 30
print(0 / -5, 0 / 5, -0 / -5)
print(0 / -big, 0 / big)
print(divide(0, -10000000000000001), divide(0, 10000000000000001))
g = 0
g -= math.trunc(1e300)
print(0 / g)
print(divide(1, -big), divide(-1, big), divide(-1, -big))
