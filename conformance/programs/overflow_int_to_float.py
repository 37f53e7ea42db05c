# tier: 1  area: overflow
print(2 ** 1000 / 3)
print(float(2 ** 1024))
