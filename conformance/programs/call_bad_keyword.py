# tier: 1  area: calls
def f(a, b=1):
    return a - b

print(f(b=3, a=10))
if f(1) > 5:
    print(f(c=1))
print(f(2, a=1))
