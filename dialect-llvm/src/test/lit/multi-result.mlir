// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' | filecheck %s
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir | filecheck %s --check-prefix=IR
// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' --emit-llvm-ir --llvm-o2 | filecheck %s --check-prefix=O2

// Functions with several results return them in a struct, as mlir-opt 19's convert-func-to-llvm
// lowers them: returns pack it with llvm.mlir.undef and llvm.insertvalue, calls unpack it with
// llvm.extractvalue; declarations get the same signature.

// CHECK-LABEL: llvm.func @host(i64) -> !llvm.struct<(i64, i1)>
// IR-LABEL: declare { i64, i1 } @host(i64)
func.func private @host(i64) -> (i64, i1)

// CHECK-LABEL: llvm.func internal @add_overflows(%arg0: i64, %arg1: i64) -> !llvm.struct<(i64, i1)> {
// CHECK-NEXT:    %[[SUM:.*]] = llvm.add %arg0, %arg1 : i64
// CHECK-NEXT:    %[[OVER:.*]] = llvm.icmp "slt" %[[SUM]], %arg0 : i64
// CHECK-NEXT:    %[[UNDEF:.*]] = llvm.mlir.undef : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[S0:.*]] = llvm.insertvalue %[[SUM]], %[[UNDEF]][0] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[S1:.*]] = llvm.insertvalue %[[OVER]], %[[S0]][1] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    llvm.return %[[S1]] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:  }
// IR-LABEL: define internal { i64, i1 } @add_overflows(i64 %0, i64 %1) {
// IR:         insertvalue { i64, i1 } undef, i64 %{{[0-9]+}}, 0
// IR:         ret { i64, i1 } %
func.func private @add_overflows(%a: i64, %b: i64) -> (i64, i1) {
  %s = arith.addi %a, %b : i64
  %o = arith.cmpi slt, %s, %a : i64
  return %s, %o : i64, i1
}

// Results of type index become i64 fields; calls unpack every result, used or not.
// CHECK-LABEL: llvm.func @caller(%arg0: i64, %arg1: i64) -> !llvm.struct<(i64, i1, i64)> {
// CHECK-NEXT:    %[[R:.*]] = llvm.call @add_overflows(%arg0, %arg1) : (i64, i64) -> !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[R0:.*]] = llvm.extractvalue %[[R]][0] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[R1:.*]] = llvm.extractvalue %[[R]][1] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[H:.*]] = llvm.call @host(%[[R0]]) : (i64) -> !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[H0:.*]] = llvm.extractvalue %[[H]][0] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    llvm.extractvalue %[[H]][1] : !llvm.struct<(i64, i1)>
// CHECK-NEXT:    %[[C:.*]] = llvm.mlir.constant(3 : i64) : i64
// CHECK-NEXT:    %[[U:.*]] = llvm.mlir.undef : !llvm.struct<(i64, i1, i64)>
// CHECK-NEXT:    %[[T0:.*]] = llvm.insertvalue %[[H0]], %[[U]][0] : !llvm.struct<(i64, i1, i64)>
// CHECK-NEXT:    %[[T1:.*]] = llvm.insertvalue %[[R1]], %[[T0]][1] : !llvm.struct<(i64, i1, i64)>
// CHECK-NEXT:    %[[T2:.*]] = llvm.insertvalue %[[C]], %[[T1]][2] : !llvm.struct<(i64, i1, i64)>
// CHECK-NEXT:    llvm.return %[[T2]] : !llvm.struct<(i64, i1, i64)>
// IR-LABEL: define { i64, i1, i64 } @caller(i64 %0, i64 %1) {
// IR-NEXT:    %[[R:[0-9]+]] = call { i64, i1 } @add_overflows(i64 %0, i64 %1)
// IR-NEXT:    %{{[0-9]+}} = extractvalue { i64, i1 } %[[R]], 0
// IR-NEXT:    %{{[0-9]+}} = extractvalue { i64, i1 } %[[R]], 1
// IR-NEXT:    %{{[0-9]+}} = call { i64, i1 } @host(i64 %
// IR:         ret { i64, i1, i64 } %
// After O2 the internal callee is inlined: the overflow bit is computed in place.
// O2-LABEL: define { i64, i1, i64 } @caller(i64 %0, i64 %1)
// O2-NOT:     call { i64, i1 } @add_overflows
// O2:         %[[SUM:[0-9]+]] = add i64 %1, %0
// O2:         icmp slt i64 %[[SUM]], %0
// O2:         call { i64, i1 } @host(i64 %[[SUM]])
// O2:         ret { i64, i1, i64 }
func.func @caller(%a: i64, %b: i64) -> (i64, i1, index) {
  %r:2 = call @add_overflows(%a, %b) : (i64, i64) -> (i64, i1)
  %h:2 = call @host(%r#0) : (i64) -> (i64, i1)
  %c = arith.constant 3 : index
  return %h#0, %r#1, %c : i64, i1, index
}

// Single results and no results are unchanged.
// CHECK-LABEL: llvm.func @single(%arg0: i64) -> i64 {
// CHECK-NEXT:    llvm.return %arg0 : i64
// CHECK-LABEL: llvm.func @none() {
// CHECK-NEXT:    llvm.return
func.func @single(%a: i64) -> i64 {
  return %a : i64
}
func.func @none() {
  return
}
