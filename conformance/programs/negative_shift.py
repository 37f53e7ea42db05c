# tier: 1  area: bitwise
print(1 << -1)
