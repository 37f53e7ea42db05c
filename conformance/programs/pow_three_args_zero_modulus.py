# tier: 1  area: builtins
def modpow(b, e, m):
    return pow(b, e, m)


print(modpow(2, 5, 3))
print(modpow(2, 5, 0))
