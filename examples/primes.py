# Counts primes below a bound by trial division; run it with
#   bin/irc run --interp examples/primes.py
import math


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


count = 0
for k in range(10000):
    if is_prime(k):
        count += 1
print("primes below 10000:", count)
print("sqrt of the count:", math.sqrt(count))
print("2 ** 100 =", 2 ** 100)
