"""Control flow: if/elif/else, while/else, for/else, break, continue, pass."""


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n < 10:
        return "small"
    else:
        return "large"


def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    else:
        pass
    return steps


total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    total += i
print(total)
for k in range(5): print(classify(k - 2), first_divisor(k + 2), collatz(k + 1))
a, b = 1, 2
a, b = b, a
(c, d), e = (a, b), 3
print(a, b, c, d, e)
flag = not a == b and (a is not None or b in (1, 2)) and c not in (5, 6)
print(flag if flag else "no", a if a > b else b if b > 0 else 0)
if __name__ == "__main__":
    pass
