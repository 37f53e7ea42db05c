# tier: 1  area: logic
def t(v):
    print("t", v)
    return v

r = t(0) and t(1)
print(r)
r = t(1) or t(2)
print(r)
r = t(0) or t(0.0) or t(3)
print(r)
