def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit):
    best = 1
    best_start = 1
    for start in range(1, limit):
        length = chain_length(start)
        if length > best:
            best = length
            best_start = start
    return best_start * 1000 + best


r = longest(300000)
print(r // 1000, r % 1000)
