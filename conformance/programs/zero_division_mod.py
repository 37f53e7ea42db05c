# tier: 1  area: zero-division
print(5 % 0)
