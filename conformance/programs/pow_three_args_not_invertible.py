# tier: 1  area: builtins
def inverse(b, m):
    return pow(b, -1, m)


print(inverse(3, 10))
print(inverse(4, 10))
