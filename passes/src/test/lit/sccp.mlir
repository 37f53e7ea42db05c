// RUN: irc-opt %s --split-input-file -p 'builtin.module(func.func(sccp))' | filecheck %s

// A constant condition kills the false edge; the value merged at the join is a constant.
// CHECK-LABEL: func.func @dead_edge
// CHECK-NOT:     cf.cond_br
// CHECK:         %[[TWO:.*]] = arith.constant 2 : i64
// CHECK:         return %[[TWO]] : i64
func.func @dead_edge(%x: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %true = arith.constant true
  cf.cond_br %true, ^bb1(%c1 : i64), ^bb2(%x : i64)
^bb1(%a: i64):
  %b = arith.addi %a, %c1 : i64
  cf.br ^bb3(%b : i64)
^bb2(%p: i64):
  cf.br ^bb3(%p : i64)
^bb3(%r: i64):
  return %r : i64
}

// -----

// Both edges live and they pass the same constant: the join argument is still constant.
// CHECK-LABEL: func.func @same_on_both_edges
// CHECK:         %[[C:.*]] = arith.constant 7 : i64
// CHECK:         cf.cond_br %arg0
// CHECK:         return %[[C]] : i64
func.func @same_on_both_edges(%c: i1) -> i64 {
  %a = arith.constant 3 : i64
  %b = arith.constant 4 : i64
  %s = arith.addi %a, %b : i64
  %t = arith.constant 7 : i64
  cf.cond_br %c, ^bb1(%s : i64), ^bb1(%t : i64)
^bb1(%r: i64):
  return %r : i64
}

// -----

// A loop whose counter is only known at run time stays; a value that is the same on every
// iteration (optimistically assumed, then confirmed) becomes a constant.
// CHECK-LABEL: func.func @loop_invariant_phi
// CHECK:         %[[Z:.*]] = arith.constant 5 : i64
// CHECK:         cf.cond_br
// CHECK:         return %[[Z]] : i64
func.func @loop_invariant_phi(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c5 = arith.constant 5 : i64
  cf.br ^h(%c0, %c5 : i64, i64)
^h(%i: i64, %v: i64):
  %lt = arith.cmpi slt, %i, %n : i64
  cf.cond_br %lt, ^body, ^exit
^body:
  %i2 = arith.addi %i, %c1 : i64
  %v2 = arith.muli %v, %c1 : i64
  cf.br ^h(%i2, %v2 : i64, i64)
^exit:
  return %v : i64
}

// -----

// Division by zero is never folded: the op stays and the value is overdefined.
// CHECK-LABEL: func.func @no_fold_of_undefined
// CHECK:         arith.divsi
func.func @no_fold_of_undefined(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c4 = arith.constant 4 : i64
  %d = arith.divsi %c4, %c0 : i64
  return %d : i64
}
