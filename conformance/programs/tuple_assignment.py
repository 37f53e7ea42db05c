# tier: 1  area: assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 3, 4.5, "s"
print(x, y, z)
p, q = divmod(29, 4)
print(p, q)
