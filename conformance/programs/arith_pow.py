# tier: 1  area: arith
print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
print(2.0 ** 3, 4 ** 0.5, (-8) ** 2)
print(pow(2, 10), pow(3, 4, 5), pow(2, -1))
print(10 ** 30)
