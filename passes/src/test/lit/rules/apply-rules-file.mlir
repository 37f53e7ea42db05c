// RUN: irc-opt %s -p 'builtin.module(func.func(apply-rules{rules=%S/Inputs/custom.rules}))' | filecheck %s

// CHECK-LABEL: func.func @double
// CHECK-NEXT:    %[[S:.*]] = arith.addi %arg0, %arg0 : i64
// CHECK-NEXT:    return %[[S]] : i64
func.func @double(%x: i64) -> i64 {
  %c2 = arith.constant 2 : i64
  %r = arith.muli %c2, %x : i64
  return %r : i64
}
