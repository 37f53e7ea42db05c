# tier: 1  area: arith
print(1 / 3, 2 / 3, 10 / 4, 9 / 3)
print(-1 / 3, 1 / -3)
print(10 ** 20 / 10 ** 19)
print(7 / 7.0, 1.5 / 0.5)
