# tier: 1  area: errors
a, b = divmod(7, 2)
print(a, b)
c, d, e = divmod(7, 2)
