# tier: 1  area: calls
def f(a, b=2):
    return a + b

print(f(1), f(1, 5))
def g(x):
    print("g", x)
    return x
print(f(g(1), g(2), g(3)))
