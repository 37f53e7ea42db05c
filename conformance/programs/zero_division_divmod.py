# tier: 1  area: zero-division
print(divmod(3, 0))
