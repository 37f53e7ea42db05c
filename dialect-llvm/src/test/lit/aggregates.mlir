// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC
// RUN: irc-opt %s --emit-llvm-ir | filecheck %s --check-prefix=IR

// llvm.mlir.undef, llvm.mlir.poison, llvm.insertvalue and llvm.extractvalue in mlir-opt 19's
// custom and generic forms (positions are dense i64 arrays), and their LLVM IR.

// CHECK-LABEL: llvm.func @aggregates(%arg0: i64, %arg1: i1) -> !llvm.struct<(i64, array<2 x i1>)> {
// CHECK-NEXT:    %0 = llvm.mlir.poison : !llvm.struct<(i64, array<2 x i1>)>
// CHECK-NEXT:    %1 = llvm.mlir.undef {hint} : i64
// CHECK-NEXT:    %2 = llvm.insertvalue %arg0, %0[0] : !llvm.struct<(i64, array<2 x i1>)>
// CHECK-NEXT:    %3 = llvm.insertvalue %arg1, %2[1, 0] {hint} : !llvm.struct<(i64, array<2 x i1>)>
// CHECK-NEXT:    %4 = llvm.extractvalue %3[1, 0] : !llvm.struct<(i64, array<2 x i1>)>
// CHECK-NEXT:    %5 = llvm.insertvalue %4, %3[1, 1] : !llvm.struct<(i64, array<2 x i1>)>
// CHECK-NEXT:    llvm.return %5 : !llvm.struct<(i64, array<2 x i1>)>
// GENERIC: "llvm.mlir.poison"() : () -> !llvm.struct<(i64, array<2 x i1>)>
// GENERIC: "llvm.mlir.undef"() {hint} : () -> i64
// GENERIC: "llvm.insertvalue"(%0, %arg0) {position = array<i64: 0>} : (!llvm.struct<(i64, array<2 x i1>)>, i64) -> !llvm.struct<(i64, array<2 x i1>)>
// GENERIC: "llvm.extractvalue"(%3) {position = array<i64: 1, 0>} : (!llvm.struct<(i64, array<2 x i1>)>) -> i1
// IR-LABEL: define { i64, [2 x i1] } @aggregates(i64 %0, i1 %1) {
// IR-NEXT:    %[[A:[0-9]+]] = insertvalue { i64, [2 x i1] } poison, i64 %0, 0
// IR-NEXT:    %[[IN:[0-9]+]] = extractvalue { i64, [2 x i1] } %[[A]], 1
// IR-NEXT:    %[[IN2:[0-9]+]] = insertvalue [2 x i1] %[[IN]], i1 %1, 0
// IR-NEXT:    %[[B:[0-9]+]] = insertvalue { i64, [2 x i1] } %[[A]], [2 x i1] %[[IN2]], 1
llvm.func @aggregates(%i: i64, %b: i1) -> !llvm.struct<(i64, array<2 x i1>)> {
  %0 = llvm.mlir.poison : !llvm.struct<(i64, array<2 x i1>)>
  %u = llvm.mlir.undef {hint} : i64
  %1 = llvm.insertvalue %i, %0[0] : !llvm.struct<(i64, array<2 x i1>)>
  %2 = llvm.insertvalue %b, %1[1, 0] {hint} : !llvm.struct<(i64, array<2 x i1>)>
  %3 = llvm.extractvalue %2[1, 0] : !llvm.struct<(i64, array<2 x i1>)>
  %4 = llvm.insertvalue %3, %2[1, 1] : !llvm.struct<(i64, array<2 x i1>)>
  llvm.return %4 : !llvm.struct<(i64, array<2 x i1>)>
}

// CHECK-LABEL: llvm.func @pointer_casts(%arg0: i64, %arg1: !llvm.ptr) -> i32 {
// CHECK-NEXT:    %0 = llvm.inttoptr %arg0 : i64 to !llvm.ptr
// CHECK-NEXT:    %1 = llvm.ptrtoint %arg1 : !llvm.ptr to i64
// CHECK-NEXT:    %2 = llvm.ptrtoint %0 : !llvm.ptr to i32
// GENERIC: "llvm.inttoptr"(%arg0) : (i64) -> !llvm.ptr
// GENERIC: "llvm.ptrtoint"(%arg1) : (!llvm.ptr) -> i64
// IR-LABEL: define i32 @pointer_casts(i64 %0, ptr %1) {
// IR-NEXT:    %[[P:[0-9]+]] = inttoptr i64 %0 to ptr
// IR-NEXT:    %{{[0-9]+}} = ptrtoint ptr %1 to i64
// IR-NEXT:    %[[I:[0-9]+]] = ptrtoint ptr %[[P]] to i32
// IR-NEXT:    ret i32 %[[I]]
llvm.func @pointer_casts(%i: i64, %p: !llvm.ptr) -> i32 {
  %0 = llvm.inttoptr %i : i64 to !llvm.ptr
  %1 = llvm.ptrtoint %p : !llvm.ptr to i64
  %2 = llvm.ptrtoint %0 : !llvm.ptr to i32
  llvm.return %2 : i32
}
