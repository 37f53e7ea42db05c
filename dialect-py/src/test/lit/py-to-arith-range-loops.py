# RUN: irc --emit=arith %s | filecheck %s

# Range loops. With step 1 or -1 the position advances with a plain add (it is only taken while
# it is short of the stop, so it cannot overflow); other steps keep the checked add.
# An int accumulator moved by at most a bounded term per iteration (s += i, c -= 2) is versioned:
# before the loop, |s0| + |stop - start| * max|term| is computed with checked ops; if nothing
# overflowed the loop runs as a copy whose accumulator add is unchecked, else as the checked loop.

# CHECK-LABEL: func.func @total$i64_i64
# CHECK: arith.checked_subi
# CHECK: arith.maxsi
# CHECK: arith.checked_muli
# CHECK: %[[FITS:.*]]:2 = arith.checked_addi
# CHECK: %[[ANY:.*]] = arith.ori %{{.*}}, %[[FITS]]#1 : i1
# CHECK: cf.cond_br %[[ANY]], ^[[CHECKED:bb[0-9]+]](%{{.*}}), ^[[FAST:bb[0-9]+]](%{{.*}})
# CHECK: ^[[CHECKED]](%[[S:.*]]: i64, %[[I:.*]]: i64):
# CHECK-NEXT: arith.cmpi slt
# CHECK-NEXT: arith.addi %[[I]], %{{.*}} : i64
# CHECK: arith.checked_addi %[[S]], %[[I]] : i64
# CHECK: ^[[FAST]](%[[FS:.*]]: i64, %[[FI:.*]]: i64):
# CHECK: arith.addi %[[FS]], %[[FI]] : i64
# CHECK-LABEL: func.func @down$i64
# CHECK: arith.cmpi sgt
# CHECK-NEXT: arith.addi
# CHECK: arith.checked_subi %{{.*}}, %{{.*}} : i64
# CHECK: arith.subi
# CHECK-LABEL: func.func @wide$i64
# CHECK: arith.checked_addi %{{.*}}, %{{.*}} : i64
# CHECK-NEXT: arith.select
# CHECK-LABEL: func.func @doubling$i64
# CHECK-NOT: arith.maxsi
# CHECK: arith.checked_muli
# CHECK-NOT: arith.muli
# CHECK-LABEL: func.func @called$i64
# CHECK-NOT: arith.maxsi
# CHECK: func.return
def total(n, s):
    for i in range(n):
        s += i
    return s


def down(n):
    c = 0
    for i in range(n, 0, -1):
        c -= 2
    return c


def wide(n):
    s = 0
    for i in range(0, n, 3):
        s += i
    return s


def doubling(n):
    s = 1
    for i in range(n):
        s = s * 2
    return s


def called(n):
    s = 0
    for i in range(n):
        s += doubling(i)
    return s


print(total(10, 0), down(5), wide(10), doubling(3), called(4))
