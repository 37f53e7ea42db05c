# tier: 1  area: comparisons
print(1 < 1.5 < 2, 2.0 == 2, 3 != 3.0000001)
print(-0.0 == 0, 0.1 + 0.2 == 0.3)
print(max(1, 1.0), max(1.0, 1))
