# tier: 1  area: bigint
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(2 ** 100 // 3, 2 ** 100 % 7)
print((2 ** 100) * (2 ** 100))
