# tier: 1  area: bigint
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
print(a)
print(a % 1000000007)
