// RUN: irc-opt %s | filecheck %s

// Inside func.func, op names without a dialect prefix resolve in the func dialect first, so
// mlir-opt's output (which prints `return` and `call`) reads back.

// CHECK-LABEL: func.func @callee
// CHECK-NEXT: func.return %arg0 : i64
func.func @callee(%arg0: i64) -> i64 {
  return %arg0 : i64
}

// CHECK-LABEL: func.func @caller
// CHECK-NEXT: %0 = func.call @callee(%arg0) : (i64) -> i64
// CHECK-NEXT: func.return %0 : i64
func.func @caller(%arg0: i64) -> i64 {
  %0 = call @callee(%arg0) : (i64) -> i64
  return %0 : i64
}
