# tier: 1  area: errors
def f(flag):
    if flag:
        x = 1
    return x

print(f(True))
print(f(False))
