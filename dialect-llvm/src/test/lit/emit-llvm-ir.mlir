// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir | filecheck %s
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir --llvm-o2 | filecheck %s --check-prefix=O2
// RUN: not irc-opt %s --emit-llvm-ir 2> %t
// RUN: filecheck %s --check-prefix=UNLOWERED < %t

// func/arith/cf lowered to the llvm dialect, then translated to LLVM IR.

// CHECK-LABEL: define i64 @sum_to(i64 %0)
// CHECK: phi i64
// CHECK: icmp slt i64
// CHECK: ret i64

// O2-LABEL: define i64 @sum_to(i64 %0)
// O2-NOT: fast
// O2: ret i64

// UNLOWERED: error: cannot translate to LLVM IR
func.func @sum_to(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^loop(%c0, %c0 : i64, i64)
^loop(%i: i64, %acc: i64):
  %done = arith.cmpi slt, %i, %n : i64
  cf.cond_br %done, ^body, ^exit
^body:
  %next_acc = arith.addi %acc, %i : i64
  %next_i = arith.addi %i, %c1 : i64
  cf.br ^loop(%next_i, %next_acc : i64, i64)
^exit:
  return %acc : i64
}
