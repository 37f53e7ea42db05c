# tier: 1  area: exceptions
def f(x):
    if x > 1:
        raise x
    return x

print(f(1))
print(f(5))
