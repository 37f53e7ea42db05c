# tier: 1  area: builtins
x = 10 ** 5000
print(x > 0)
print(x)
