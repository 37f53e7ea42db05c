# tier: 1  area: comparisons
def mid(v):
    print("eval", v)
    return v

print(1 < mid(2) < 3)
print(5 < mid(2) < 3)
