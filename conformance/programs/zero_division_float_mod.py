# tier: 1  area: zero-division
print(1.5 % 0.0)
