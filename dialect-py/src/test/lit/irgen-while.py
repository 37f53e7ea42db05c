# RUN: irc --emit=py %s | filecheck %s
# SSA construction of a loop: the header merges the loop-carried locals (Braun et al.'s
# phis become block arguments), the loop-invariant parameter needs none, and no local is
# checked for being unassigned.

# CHECK-LABEL: py.func @count(%arg0) attributes {arg_names = ["n"]} {
# CHECK:         py.br ^bb1(%{{.*}}, %{{.*}} : !py.object, !py.object)
# CHECK-NEXT:  ^bb1([[I:%[0-9]+]]: !py.object, [[T:%[0-9]+]]: !py.object):
# CHECK-NEXT:    [[C:%[0-9]+]] = py.compare lt [[I]], %arg0
# CHECK-NEXT:    [[B:%[0-9]+]] = py.truth [[C]]
# CHECK-NEXT:    py.cond_br [[B]], ^bb2, ^bb3
# CHECK-NEXT:  ^bb2:
# CHECK-NEXT:    [[S:%[0-9]+]] = py.binop add [[T]], [[I]]
# CHECK:         py.br ^bb1
# CHECK:       ^bb3:
# CHECK-NEXT:    py.return [[T]]
# CHECK-NOT:   py.check_bound
# CHECK-LABEL: py.func @__main__()
def count(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total

print(count(10))
