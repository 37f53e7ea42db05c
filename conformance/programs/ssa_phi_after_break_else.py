# tier: 1  area: control-flow
# A loop variable read after a while/else whose break path runs through a chained comparison
# (SSA construction once forwarded a removed trivial phi on the break edge).
def f(n, a, b):
    for i in range(n):
        c = 0
        while c < 6:
            c += 1
            if c < a >= b:
                break
        else:
            c = -1
        print(i, c)


f(3, 2, 1)
f(2, 0, 5)
