# tier: 1  area: errors
print(1 + None)
