# tier: 1  area: zero-division
print(1 // 1)
print(1 // 0)
