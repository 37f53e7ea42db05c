# tier: 1  area: bigint
x = 9223372036854775807
print(x + 1)
print(-x - 2)
print(x * x)
y = x + 1
print(y - 1 == x)
print(-9223372036854775808 // -1)
