# tier: 1  area: errors
def f():
    return zq_value_never_set + 1

print(f())
