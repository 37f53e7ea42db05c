# tier: 1  area: exceptions
# raise of a class creates an instance without arguments; the last traceback line is the type alone.
def step(n):
    if n > 3:
        raise NotImplementedError
    return n + 1

n = 0
while True:
    n = step(n)
    print(n)
