# tier: 1  area: zero-division
print(0.0 ** -1)
