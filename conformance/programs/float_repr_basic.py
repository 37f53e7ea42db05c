# tier: 1  area: floats
print(0.1, 0.2, 0.1 + 0.2)
print(1.0, 2.5, -3.75)
print(1 / 3)
print(100.0, 1e15, 123456789.0)
