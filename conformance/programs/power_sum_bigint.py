# tier: 1  area: bigint
total = 0
for i in range(1, 51):
    total += i ** i
print(total)
print(total % (10 ** 10))
