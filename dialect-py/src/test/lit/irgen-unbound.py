# RUN: irc --emit=py %s | filecheck %s
# A local that may be unassigned is read through py.check_bound; one assigned on every path is not.

# CHECK-LABEL: py.func @maybe(%arg0)
# CHECK-NEXT:    [[U:%[0-9]+]] = py.unbound
# CHECK:         py.cond_br %{{.*}}, ^bb1, ^bb2([[U]] : !py.object)
# CHECK:       ^bb2([[X:%[0-9]+]]: !py.object):
# CHECK-NEXT:    py.check_bound "x", [[X]]
# CHECK-NEXT:    py.return [[X]]
# CHECK-LABEL: py.func @always(%arg0)
# CHECK-NOT:     py.check_bound
# CHECK-LABEL: py.func @__main__()
# CHECK:         py.global_store @y
# CHECK:         py.global_load @y
def maybe(flag):
    if flag:
        x = 1
    return x

def always(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x

y = maybe(1) + always(0)
print(y)
