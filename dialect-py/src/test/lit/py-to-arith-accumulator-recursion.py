# RUN: irc --emit=arith %s | filecheck %s

# `return e + f(...)` with f's own signature (accumulator recursion) becomes a loop: a restart
# block carries (depth, parameters, accumulator) and checks the recursion limit; the self call
# adds e to the accumulator (checked) and branches back at depth + 1; returns add the
# accumulator; unwinding adds one traceback frame per virtual frame (depth - entry depth).
# Other self calls (the left operand here) stay calls.

# CHECK-LABEL: func.func @fib$i64
# CHECK-SAME: (%[[DEPTH:.*]]: i64, %[[N:.*]]: i64) -> (i64, i1)
# CHECK: cf.br ^[[RESTART:bb[0-9]+]](%[[DEPTH]], %[[N]], %{{.*}} : i64, i64, i64)
# CHECK: ^[[RESTART]](%[[D:.*]]: i64, %{{.*}}: i64, %[[ACC:.*]]: i64):
# CHECK-NEXT: arith.cmpi sge, %[[D]]
# CHECK: arith.checked_addi %[[ACC]], %{{.*}} : i64
# CHECK: %[[LEFT:.*]]:2 = func.call @fib$i64
# CHECK: %[[SUM:.*]]:2 = arith.checked_addi %[[ACC]], %[[LEFT]] : i64
# CHECK: cf.br ^[[RESTART]](%{{.*}}, %{{.*}}, %[[SUM]] : i64, i64, i64)
# CHECK: func.call @irc_traceback
# CHECK: arith.subi %[[D]], %[[DEPTH]] : i64
# CHECK-LABEL: func.func @right$i64
# CHECK-NOT: cf.br ^{{.*}}(%{{.*}}, %{{.*}}, %{{.*}} : i64, i64, i64)
# CHECK: func.call @right$i64
# CHECK: func.return
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def right(n):
    if n < 1:
        return 0
    return right(n - 1) + n


print(fib(10), right(3))
