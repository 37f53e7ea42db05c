# tier: 1  area: builtins
print(round(0.125, 2), round(0.375, 2), round(-2.5), round(2.5, 0))
print(round(1e15 + 0.5), round(123.456, 1), round(-123.456, -1))
print(round(5e-324, 300))
