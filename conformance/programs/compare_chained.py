# tier: 1  area: comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 == 1.0 == True)
print(1 < 2 > 0 != 5)
