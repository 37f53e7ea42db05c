# tier: 1  area: print
print(1, -2, 3.0, -4.5, True, False, None, "text")
print(10 ** 25, -10 ** 25, 1e100, -1e-100)
print(divmod(-7.5, 2))
v = 1
print(1 == 1, v is None)
