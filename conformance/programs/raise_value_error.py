# tier: 1  area: exceptions
# Input validation with raise, uncaught: compiled code raises with CPython's traceback.
def checked_sqrt(x):
    if x < 0:
        raise ValueError("math domain error for a negative input")
    return x ** 0.5

total = 0.0
for i in range(10, -3, -1):
    total += checked_sqrt(i)
    print(i, total)
