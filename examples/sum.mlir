// The sum 0 + 1 + ... + (n-1) as a loop in func/arith/cf; try
//   bin/irc-opt examples/sum.mlir -p 'builtin.module(func.func(canonicalize,cse))'
//   bin/irc-opt examples/sum.mlir -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir --llvm-o2
func.func @sum_to(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %zero = arith.addi %c0, %c0 : i64
  cf.br ^loop(%zero, %c0 : i64, i64)
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
