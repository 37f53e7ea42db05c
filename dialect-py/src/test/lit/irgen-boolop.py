# RUN: irc --emit=py %s | filecheck %s
# `a or b` yields an operand, through the argument of a join block; the middle operand of a
# chained comparison is evaluated once.

# CHECK-LABEL: py.func @pick(%arg0, %arg1)
# CHECK-NEXT:    [[T:%[0-9]+]] = py.truth %arg0
# CHECK-NEXT:    py.cond_br [[T]], ^bb2(%arg0 : !py.object), ^bb1
# CHECK-NEXT:  ^bb1:
# CHECK-NEXT:    py.br ^bb2(%arg1 : !py.object)
# CHECK-NEXT:  ^bb2([[R:%[0-9]+]]: !py.object):
# CHECK-NEXT:    py.return [[R]]
def pick(a, b):
    return a or b

# CHECK-LABEL: py.func @between(%arg0, %arg1, %arg2)
# CHECK-NEXT:    [[M:%[0-9]+]] = py.call @mid(%arg1)
# CHECK-NEXT:    [[L:%[0-9]+]] = py.compare lt %arg0, [[M]]
# CHECK:       ^bb1:
# CHECK-NEXT:    py.compare lt [[M]], %arg2
def between(lo, x, hi):
    return lo < mid(x) < hi

def mid(v):
    return v

print(pick(0, 3), between(1, 2, 3))
