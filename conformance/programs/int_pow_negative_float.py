# tier: 1  area: arith
print(10 ** -2, 2 ** -10, (-3) ** -1)
print(0.5 ** 2, (-0.5) ** 3)
