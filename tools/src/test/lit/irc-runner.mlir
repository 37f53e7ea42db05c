// RUN: irc-runner %s -e sum_to 100 | filecheck %s --check-prefix=SUM
// RUN: irc-runner %s -e sum_to --interp 100 | filecheck %s --check-prefix=SUM
// RUN: irc-runner %s -e mean --jit 3.0 4.5 | filecheck %s --check-prefix=MEAN
// RUN: irc-runner %s -e mean --interp 3.0 4.5 | filecheck %s --check-prefix=MEAN
// RUN: irc-runner %s -e is_even 7 | filecheck %s --check-prefix=EVEN
// RUN: irc-runner %s -e sum_to -p 'builtin.module(convert-to-llvm)' 10 | filecheck %s --check-prefix=TEN

// irc-runner runs one function of func/arith/cf IR in the interpreter or, after
// convert-to-llvm, on the JIT, and prints its result.

// SUM: 4950
// MEAN: 3.75
// EVEN: false
// TEN: 45

func.func @sum_to(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^loop(%c0, %c0 : i64, i64)
^loop(%i: i64, %acc: i64):
  %more = arith.cmpi slt, %i, %n : i64
  cf.cond_br %more, ^body, ^exit
^body:
  %acc2 = arith.addi %acc, %i : i64
  %i2 = arith.addi %i, %c1 : i64
  cf.br ^loop(%i2, %acc2 : i64, i64)
^exit:
  return %acc : i64
}

func.func @mean(%a: f64, %b: f64) -> f64 {
  %two = arith.constant 2.0 : f64
  %s = arith.addf %a, %b : f64
  %m = arith.divf %s, %two : f64
  return %m : f64
}

func.func @is_even(%n: i64) -> i1 {
  %two = arith.constant 2 : i64
  %zero = arith.constant 0 : i64
  %r = arith.remsi %n, %two : i64
  %e = arith.cmpi eq, %r, %zero : i64
  return %e : i1
}
