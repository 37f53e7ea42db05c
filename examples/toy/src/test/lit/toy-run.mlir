// RUN: irc-runner %s -e main --interp -p 'builtin.module(toy-to-arith)' | filecheck %s
// RUN: irc-runner %s -e main --jit -p 'builtin.module(toy-to-arith)' | filecheck %s
// RUN: irc-runner %s -e main --jit -p 'builtin.module(func.func(canonicalize),toy-to-arith)' | filecheck %s
// RUN: irc-runner %s -e poly --interp -p 'builtin.module(toy-to-arith)' 5 | filecheck %s --check-prefix=POLY
// RUN: irc-runner %s -e poly --jit -p 'builtin.module(toy-to-arith)' 5 | filecheck %s --check-prefix=POLY

// A lowered toy program on irc-runner: toy_print_i64 is the plugin's ExternalFunctionProvider,
// an external function of the interpreter and an upcall of the JIT.

// CHECK:      42
// CHECK-NEXT: 28
// CHECK-NOT:  {{.}}

// POLY: 28
func.func @main() {
  %0 = toy.constant 6
  %1 = toy.constant 7
  %2 = toy.mul %0, %1
  toy.print %2
  %3 = toy.constant 5
  %4 = call @poly(%3) : (i64) -> i64
  toy.print %4
  return
}

func.func @poly(%x: i64) -> i64 {
  %three = toy.constant 3
  %square = toy.mul %x, %x
  %sum = toy.add %square, %three
  return %sum : i64
}
