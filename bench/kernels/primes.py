def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


print(count_primes(300000))
