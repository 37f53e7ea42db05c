# tier: 1  area: exceptions
# A function that validates with raise stays compiled; the raise happens after a long loop.
def collatz_steps(n):
    if n <= 0:
        raise ValueError("n must be positive")
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

total = 0
for i in range(1, 20000):
    total += collatz_steps(i)
print(total)
print(collatz_steps(0))
