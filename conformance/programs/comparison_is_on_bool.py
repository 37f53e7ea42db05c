# tier: 1  area: logic
x = 3 > 2
print(x is True, x is not False, (1 == 1) is True)
print(not x, not not x)
