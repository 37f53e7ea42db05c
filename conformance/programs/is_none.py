# tier: 1  area: logic
x = None
print(x is None, x is not None)
def f(v=None):
    if v is None:
        return "none"
    return v
print(f(), f(3))
