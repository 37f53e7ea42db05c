# tier: 1  area: globals
SCALE = 10

def scaled(x):
    return x * SCALE

print(scaled(4))
SCALE = 100
print(scaled(4))
