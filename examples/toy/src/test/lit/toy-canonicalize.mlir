// RUN: irc-opt %s -p 'builtin.module(func.func(canonicalize))' | filecheck %s

// Folding (add and mul of constants, materialized as toy.constant by the dialect) and the
// rules of toy.rules (add_zero, mul_one, mul_zero; either operand order). canonicalize
// gathers constants at the top of the function.

// CHECK-LABEL: func.func @fold() -> i64 {
// CHECK-NEXT:    %0 = toy.constant 45
// CHECK-NEXT:    func.return %0 : i64
func.func @fold() -> i64 {
  %0 = toy.constant 6
  %1 = toy.constant 7
  %2 = toy.mul %0, %1
  %3 = toy.constant 3
  %4 = toy.add %2, %3
  return %4 : i64
}

// Wrapping, as at run time: (2**63 - 1) * 2 is -2.
// CHECK-LABEL: func.func @wraps() -> i64 {
// CHECK-NEXT:    %0 = toy.constant -2
func.func @wraps() -> i64 {
  %0 = toy.constant 9223372036854775807
  %1 = toy.constant 2
  %2 = toy.mul %0, %1
  return %2 : i64
}

// CHECK-LABEL: func.func @identities(%arg0: i64) -> i64 {
// CHECK-NEXT:    %0 = toy.constant 0
// CHECK-NEXT:    toy.print %arg0
// CHECK-NEXT:    toy.print %arg0
// CHECK-NEXT:    func.return %0 : i64
func.func @identities(%x: i64) -> i64 {
  %zero = toy.constant 0
  %one = toy.constant 1
  %a = toy.add %zero, %x
  toy.print %a
  %m = toy.mul %x, %one
  toy.print %m
  %z = toy.mul %zero, %x
  return %z : i64
}
