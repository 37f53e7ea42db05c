// RUN: irc-opt %s --split-input-file -p 'builtin.module(inline)' | filecheck %s
// RUN: irc-opt %s --split-input-file -p 'builtin.module(inline{max-ops=1})' | filecheck %s --check-prefix=LIMIT

// A single-block callee is copied in place of the call.
// CHECK-LABEL: func.func @straight
// CHECK-NEXT:    %[[S:.*]] = arith.addi %arg0, %arg0 : i64
// CHECK-NEXT:    return %[[S]] : i64
// LIMIT-LABEL: func.func @straight
// LIMIT:         call @double
func.func private @double(%x: i64) -> i64 {
  %y = arith.addi %x, %x : i64
  return %y : i64
}
func.func @straight(%x: i64) -> i64 {
  %r = call @double(%x) : (i64) -> i64
  return %r : i64
}

// -----

// A multi-block callee splits the caller block; returns jump to the continuation, whose
// argument is the call's result.
// CHECK-LABEL: func.func @diamond
// CHECK:         cf.br ^[[ENTRY:bb[0-9]+]](%arg0 : i64)
// CHECK:       ^[[ENTRY]](%[[X:.*]]: i64):
// CHECK:         cf.cond_br
// CHECK:         cf.br ^[[CONT:bb[0-9]+]](%[[X]] : i64)
// CHECK:         %[[M:.*]] = arith.muli
// CHECK:         cf.br ^[[CONT]](%[[M]] : i64)
// CHECK:       ^[[CONT]](%[[R:.*]]: i64):
// CHECK-NEXT:    %[[S:.*]] = arith.addi %[[R]], %[[R]] : i64
// CHECK-NEXT:    return %[[S]] : i64
func.func private @clamp(%x: i64) -> i64 {
  %c = arith.constant 2 : i64
  %p = arith.cmpi sgt, %x, %c : i64
  cf.cond_br %p, ^a, ^b
^a:
  return %x : i64
^b:
  %y = arith.muli %x, %c : i64
  return %y : i64
}
func.func @diamond(%x: i64) -> i64 {
  %a = call @clamp(%x) : (i64) -> i64
  %b = arith.addi %a, %a : i64
  return %b : i64
}

// -----

// Recursive functions (self-recursive or mutually recursive) are never inlined; chains of
// non-recursive calls flatten in one run.
// CHECK-LABEL: func.func @calls_recursive
// CHECK:         call @self
// CHECK:         call @even
// CHECK-NOT:     call @middle
// CHECK-NOT:     call @leaf
func.func private @self(%x: i64) -> i64 {
  %y = call @self(%x) : (i64) -> i64
  return %y : i64
}
func.func private @even(%x: i64) -> i64 {
  %y = call @odd(%x) : (i64) -> i64
  return %y : i64
}
func.func private @odd(%x: i64) -> i64 {
  %y = call @even(%x) : (i64) -> i64
  return %y : i64
}
func.func private @leaf(%x: i64) -> i64 {
  %y = arith.muli %x, %x : i64
  return %y : i64
}
func.func private @middle(%x: i64) -> i64 {
  %y = call @leaf(%x) : (i64) -> i64
  return %y : i64
}
func.func @calls_recursive(%x: i64) -> i64 {
  %a = call @self(%x) : (i64) -> i64
  %b = call @even(%a) : (i64) -> i64
  %c = call @middle(%b) : (i64) -> i64
  return %c : i64
}

// -----

// Declarations have no body to inline.
// CHECK-LABEL: func.func @external
// CHECK:         call @ext
func.func private @ext(i64) -> i64
func.func @external(%x: i64) -> i64 {
  %r = call @ext(%x) : (i64) -> i64
  return %r : i64
}
