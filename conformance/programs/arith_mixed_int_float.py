# tier: 1  area: arith
print(1 + 2.5, 3 * 0.5, 2 - 0.25)
print(True + True, True * 3.5, False - 1)
print(3 == 3.0, 2 ** 0.5)
x = 10
x += 2.5
print(x)
