// RUN: irc-opt %s | filecheck %s --check-prefix=ROUND
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s --check-prefix=ROUND
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' | filecheck %s --check-prefix=LOWER
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir | filecheck %s --check-prefix=IR
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir --llvm-o2 | filecheck %s --check-prefix=O2

// llvm.switch prints as mlir-opt 19 prints it; cf.switch lowers to it one to one and it
// translates to an LLVM switch, with phis for the block arguments.

// ROUND-LABEL: llvm.func @llvm_switch(%arg0: i32, %arg1: i32) -> i32 {
// ROUND-NEXT:    llvm.switch %arg0 : i32, ^bb1 [
// ROUND-NEXT:      1: ^bb2(%arg1 : i32),
// ROUND-NEXT:      4294967295: ^bb3
// ROUND-NEXT:    ] {hint}
// ROUND-NEXT:  ^bb1:
// ROUND:         llvm.switch %arg0 : i32, ^bb2(%arg0 : i32) [
// ROUND-NEXT:    ]
// ROUND-NEXT:  ^bb2(%0: i32):
// IR-LABEL: define i32 @llvm_switch(i32 %0, i32 %1)
// IR-NEXT:    switch i32 %0, label %[[DEFAULT:[0-9]+]] [
// IR-NEXT:      i32 1, label %[[ONE:[0-9]+]]
// IR-NEXT:      i32 -1, label %[[MINUS:[0-9]+]]
// IR-NEXT:    ]
llvm.func @llvm_switch(%v: i32, %x: i32) -> i32 {
  llvm.switch %v : i32, ^bb1 [1: ^bb2(%x : i32), -1: ^bb3] {hint}
^bb1:
  llvm.switch %v : i32, ^bb2(%v : i32) []
^bb2(%y: i32):
  llvm.return %y : i32
^bb3:
  llvm.return %x : i32
}

// LOWER-LABEL: llvm.func @lowered(%arg0: i8, %arg1: i64, %arg2: i64) -> i64 {
// LOWER-NEXT:    llvm.switch %arg0 : i8, ^bb2(%arg1 : i64) [
// LOWER-NEXT:      0: ^bb1,
// LOWER-NEXT:      255: ^bb2(%arg2 : i64),
// LOWER-NEXT:      100: ^bb3(%arg1, %arg2 : i64, i64)
// LOWER-NEXT:    ]
// IR-LABEL: define i64 @lowered(i8 %0, i64 %1, i64 %2)
// IR-NEXT:    switch i8 %0, label %[[OTHER:[0-9]+]] [
// IR-NEXT:      i8 0, label %[[ZERO:[0-9]+]]
// IR-NEXT:      i8 -1, label %[[SPLIT:[0-9]+]]
// IR-NEXT:      i8 100, label %[[HUNDRED:[0-9]+]]
// IR-NEXT:    ]
// IR:         [[OTHER]]:
// IR-NEXT:      phi i64 [ %1, %3 ], [ %2, %[[SPLIT]] ]
// IR:         [[SPLIT]]:
// IR-NEXT:      br label %[[OTHER]]
// O2-LABEL: define i64 @lowered(i8 {{.*}}%0, i64 {{.*}}%1, i64 {{.*}}%2)
// O2:         switch i8 %0
// O2:         ret i64
func.func @lowered(%x: i8, %a: i64, %b: i64) -> i64 {
  cf.switch %x : i8, [
    default: ^other(%a : i64),
    0: ^zero,
    -1: ^other(%b : i64),
    100: ^hundred(%a, %b : i64, i64)
  ]
^zero:
  %c0 = arith.constant 0 : i64
  func.return %c0 : i64
^other(%v: i64):
  func.return %v : i64
^hundred(%p: i64, %q: i64):
  %s = arith.addi %p, %q : i64
  func.return %s : i64
}

// Case operands of type index become i64.
// LOWER-LABEL: llvm.func @index_operands(%arg0: i64, %arg1: i64, %arg2: i64) -> i64 {
// LOWER-NEXT:    llvm.switch %arg0 : i64, ^bb1(%arg1 : i64) [
// LOWER-NEXT:      7: ^bb1(%arg2 : i64)
// LOWER-NEXT:    ]
// LOWER-NEXT:  ^bb1(%0: i64):
func.func @index_operands(%x: i64, %i: index, %j: index) -> index {
  cf.switch %x : i64, [default: ^done(%i : index), 7: ^done(%j : index)]
^done(%r: index):
  func.return %r : index
}
