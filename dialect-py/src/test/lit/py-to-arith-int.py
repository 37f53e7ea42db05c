# RUN: irc-opt %s -p 'py-to-arith' | filecheck %s
def add(a, b):
    return a + b

def fdiv(a, b):
    return a // b

print(add(1, 2), fdiv(7, -2))

# CHECK-LABEL: func.func @__main__(%{{.*}}: i64) -> i1
# CHECK: func.call @add$i64_i64
# CHECK-LABEL: func.func @add$i64_i64(%{{.*}}: i64, %{{.*}}: i64) -> (i64, i1)
# CHECK: arith.checked_addi
# CHECK: func.call @irc_deopt
# CHECK-LABEL: func.func @fdiv$i64_i64
# CHECK: arith.cmpi eq
# CHECK: func.call @irc_raise
# CHECK: arith.floordivsi
# CHECK: func.func private @irc_print_i64(i64)
