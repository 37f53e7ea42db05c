# tier: 1  area: overflow
print(1e308 * 10)
print(2 ** 1024 * 1.0)
