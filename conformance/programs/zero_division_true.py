# tier: 1  area: zero-division
print(1 / 0)
