// RUN: irc-opt %s -p 'builtin.module(toy-to-arith)' | filecheck %s
// RUN: irc-opt %s -p 'builtin.module(toy-to-arith,convert-to-llvm)' | filecheck %s --check-prefix=LLVM

// toy-to-arith: each toy op becomes its arith op; toy.print calls @toy_print_i64, declared once.

// CHECK:       func.func private @toy_print_i64(i64)
// CHECK-LABEL: func.func @f(%arg0: i64) -> i64 {
// CHECK-NEXT:    %0 = arith.constant 6 : i64
// CHECK-NEXT:    %1 = arith.muli %arg0, %0 : i64
// CHECK-NEXT:    %2 = arith.addi %1, %arg0 : i64
// CHECK-NEXT:    func.call @toy_print_i64(%2) : (i64) -> ()
// CHECK-NEXT:    func.call @toy_print_i64(%arg0) : (i64) -> ()
// CHECK-NEXT:    func.return %2 : i64
// CHECK-NOT:   toy.
// CHECK-NOT:   @toy_print_i64(i64)

// LLVM:       llvm.func @toy_print_i64(i64)
// LLVM-LABEL: llvm.func @f(%arg0: i64) -> i64 {
// LLVM-NEXT:    %0 = llvm.mlir.constant(6 : i64) : i64
// LLVM-NEXT:    %1 = llvm.mul %arg0, %0 : i64
// LLVM-NEXT:    %2 = llvm.add %1, %arg0 : i64
// LLVM-NEXT:    llvm.call @toy_print_i64(%2) : (i64) -> ()
func.func @f(%x: i64) -> i64 {
  %0 = toy.constant 6
  %1 = toy.mul %x, %0
  %2 = toy.add %1, %x
  toy.print %2
  toy.print %x
  return %2 : i64
}
