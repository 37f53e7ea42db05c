# tier: 1  area: recursion
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b

for e in range(0, 70, 7):
    print(e, power(3, e))
