# tier: 1  area: errors
x = 10

def g():
    print(x)
    x = 5

g()
