// RUN: irc-opt %s --split-input-file -p 'builtin.module(func.func(licm))' | filecheck %s

// An invariant multiplication leaves the loop body; a division by an unknown divisor does
// not (it could trap on a path that never ran it), and neither does loop-variant code.
// CHECK-LABEL: func.func @hoist_into_existing_preheader
// CHECK:         %[[M:.*]] = arith.muli %arg1, %arg2 : i64
// CHECK-NEXT:    cf.br ^bb1
// CHECK:       ^bb2:
// CHECK-NEXT:    arith.divsi %arg1, %arg2
// CHECK-NEXT:    arith.addi %{{.*}}, %[[M]]
func.func @hoist_into_existing_preheader(%n: i64, %a: i64, %b: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^h(%c0, %c0 : i64, i64)
^h(%i: i64, %acc: i64):
  %lt = arith.cmpi slt, %i, %n : i64
  cf.cond_br %lt, ^body, ^exit
^body:
  %d = arith.divsi %a, %b : i64
  %m = arith.muli %a, %b : i64
  %acc2 = arith.addi %acc, %m : i64
  %acc3 = arith.addi %acc2, %d : i64
  %i2 = arith.addi %i, %c1 : i64
  cf.br ^h(%i2, %acc3 : i64, i64)
^exit:
  return %acc : i64
}

// -----

// The header is entered from two outside blocks: a preheader is created for it. A division
// by a non-zero constant may be hoisted.
// CHECK-LABEL: func.func @new_preheader
// CHECK:         cf.cond_br %arg0, ^[[A:bb[0-9]+]], ^[[B:bb[0-9]+]]
// CHECK:       ^[[A]]:
// CHECK-NEXT:    cf.br ^[[PRE:bb[0-9]+]](%{{.*}} : i64)
// CHECK:       ^[[B]]:
// CHECK-NEXT:    cf.br ^[[PRE]](%{{.*}} : i64)
// CHECK:       ^[[PRE]](%[[P:.*]]: i64):
// CHECK-NEXT:    %[[Q:.*]] = arith.divsi %arg1, %{{.*}} : i64
// CHECK-NEXT:    cf.br ^[[H:bb[0-9]+]](%[[P]] : i64)
// CHECK:       ^[[H]](
func.func @new_preheader(%c: i1, %x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c3 = arith.constant 3 : i64
  cf.cond_br %c, ^a, ^b
^a:
  cf.br ^h(%c0 : i64)
^b:
  cf.br ^h(%c3 : i64)
^h(%i: i64):
  %q = arith.divsi %x, %c3 : i64
  %i2 = arith.addi %i, %q : i64
  %done = arith.cmpi sgt, %i2, %x : i64
  cf.cond_br %done, ^exit, ^h(%i2 : i64)
^exit:
  return %i2 : i64
}

// -----

// Without a loop nothing moves.
// CHECK-LABEL: func.func @no_loop
// CHECK:       ^bb1:
// CHECK-NEXT:    arith.muli
func.func @no_loop(%c: i1, %a: i64) -> i64 {
  cf.cond_br %c, ^t, ^f
^t:
  %m = arith.muli %a, %a : i64
  return %m : i64
^f:
  return %a : i64
}
