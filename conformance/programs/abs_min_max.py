# tier: 1  area: builtins
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min(2.5, 2), max(-1, -1.0))
print(max(1, 2.0), min(0, False))
