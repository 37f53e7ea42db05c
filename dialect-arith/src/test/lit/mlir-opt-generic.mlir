// RUN: irc-opt %s --split-input-file --verify-diagnostics | filecheck %s

// mlir-opt's generic form (mlir-opt-19 --mlir-print-op-generic) reads back: inherent attributes
// as properties '<{...}>', dense arrays (operandSegmentSizes), arith's overflow/fastmath flags
// and '\22' escapes in strings.

// CHECK-LABEL: func.func @both(%arg0: i1, %arg1: i64, %arg2: f64) {
// CHECK-NEXT:    cf.assert %arg0, "must hold: \"quoted\""
// CHECK-NEXT:    %0 = arith.addi %arg1, %arg1 {overflowFlags = #arith.overflow<nsw, nuw>} : i64
// CHECK-NEXT:    %1 = arith.addf %arg2, %arg2 {fastmath = #arith.fastmath<none>} : f64
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1(%0, %1 : i64, f64), ^bb1(%arg1, %arg2 : i64, f64) {hint}
"builtin.module"() ({
  "func.func"() <{function_type = (i1, i64, f64) -> (), sym_name = "both"}> ({
  ^bb0(%arg0: i1, %arg1: i64, %arg2: f64):
    "cf.assert"(%arg0) <{msg = "must hold: \22quoted\22"}> : (i1) -> ()
    %0 = "arith.addi"(%arg1, %arg1) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i64, i64) -> i64
    %1 = "arith.addf"(%arg2, %arg2) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
    "cf.cond_br"(%arg0, %0, %1, %arg1, %arg2)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 2, 2>}> {hint} : (i1, i64, f64, i64, f64) -> ()
  ^bb1(%2: i64, %3: f64):  // 2 preds: ^bb0, ^bb0
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{attribute 'operandSegmentSizes' is given both as a property and in the attribute dictionary}}
  "cf.cond_br"(%c)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 0, 0>}> {operandSegmentSizes = array<i32: 1, 0, 0>} : (i1) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{integer value 300 is too large for element type 'i8'}}
  "cf.cond_br"(%c)[^bb1, ^bb1] {operandSegmentSizes = array<i8: 1, 300, 0>} : (i1) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%a: i64) -> i64 {
  // expected-error@+1 {{unknown overflow flag: fast}}
  %0 = "arith.addi"(%a, %a) <{overflowFlags = #arith.overflow<fast>}> : (i64, i64) -> i64
  func.return %0 : i64
}
