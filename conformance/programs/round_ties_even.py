# tier: 1  area: builtins
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(-0.4, 0))
print(round(2.5) + 1, round(2.5, 0) + 1)
