# RUN: irc --emit=arith %s | filecheck %s

# int % and // by a divisor that is not a constant: operands that are both non-negative (one sign
# test of a | b) take arith.remui / arith.divui; the others keep Python's floor rounding, and //
# still deoptimizes for MIN // -1. A constant divisor keeps the signed form, which folds.

# CHECK-LABEL: func.func @fm$i64_i64
# CHECK: %[[OR:.*]] = arith.ori %[[A:.*]], %[[B:.*]] : i64
# CHECK: %[[POS:.*]] = arith.cmpi sge, %[[OR]], %{{.*}} : i64
# CHECK: cf.cond_br %[[POS]], ^[[FAST:bb[0-9]+]], ^[[SLOW:bb[0-9]+]]
# CHECK: ^[[FAST]]:
# CHECK-NEXT: arith.remui %[[A]], %[[B]] : i64
# CHECK: ^[[SLOW]]:
# CHECK: arith.remsi
# CHECK-LABEL: func.func @fd$i64_i64
# CHECK: arith.ori
# CHECK: arith.divui
# CHECK: cf.cond_br %{{.*}}, ^[[DEOPT:bb[0-9]+]](%{{.*}} : i64), ^{{.*}}
# CHECK: arith.floordivsi
# CHECK: ^[[DEOPT]](%{{.*}}: i64):
# CHECK-NEXT: func.call @irc_deopt
# CHECK-LABEL: func.func @f3$i64
# CHECK-NOT: arith.remui
# CHECK: arith.remsi
# CHECK: func.return
def fm(a, b):
    return a % b


def fd(a, b):
    return a // b


def f3(a):
    return a % 3


print(fm(7, 2), fd(7, 2), f3(7))
