// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @id(%arg0: i64) -> i64 {
// CHECK-NEXT:    func.return %arg0 : i64
// CHECK-NEXT:  }
// GENERIC: "func.func"() ({
// GENERIC-NEXT: ^bb0(%arg0: i64):
// GENERIC-NEXT:   "func.return"(%arg0) : (i64) -> ()
// GENERIC-NEXT: }) {function_type = (i64) -> i64, sym_name = "id"} : () -> ()
func.func @id(%x: i64) -> i64 {
  func.return %x : i64
}

// CHECK-LABEL: func.func @no_results() {
// CHECK-NEXT:    func.return
// CHECK-NEXT:  }
func.func @no_results() {
  func.return
}

// CHECK-LABEL: func.func @two_results(%arg0: i64, %arg1: f64) -> (i64, f64) attributes {inline = false, tag = "t"} {
// CHECK-NEXT:    %0:2 = func.call @two_results(%arg0, %arg1) : (i64, f64) -> (i64, f64)
// CHECK-NEXT:    %1 = func.call @id(%0) {tail} : (i64) -> i64
// CHECK-NEXT:    func.call @no_results() : () -> ()
// CHECK-NEXT:    %2:2 = func.call @external(%1) : (i64) -> (i64, f64)
// CHECK-NEXT:    func.return %2, %0#1 : i64, f64
// CHECK-NEXT:  }
// GENERIC: "func.call"(%arg0, %arg1) {callee = @two_results} : (i64, f64) -> (i64, f64)
func.func @two_results(%a: i64, %b: f64) -> (i64, f64) attributes {tag = "t", inline = false} {
  %r:2 = func.call @two_results(%a, %b) : (i64, f64) -> (i64, f64)
  %s = func.call @id(%r#0) {tail} : (i64) -> i64
  func.call @no_results() : () -> ()
  %e:2 = func.call @external(%s) : (i64) -> (i64, f64)
  func.return %e#0, %r#1 : i64, f64
}

// External declarations print their parameter types only.
// CHECK-LABEL: func.func private @external(i64) -> (i64, f64)
// CHECK-NEXT:  func.func private @no_args()
// CHECK-NEXT:  func.func nested @nested_decl(f32) -> i1
// GENERIC: "func.func"() ({
// GENERIC-NEXT: }) {function_type = (i64) -> (i64, f64), sym_name = "external", sym_visibility = "private"} : () -> ()
func.func private @external(i64) -> (i64, f64)
func.func private @no_args()
func.func nested @nested_decl(f32) -> i1

// Visibility on definitions; an explicit "public" (the default) is kept, as in MLIR, so that
// the custom and the generic form (sym_visibility = "public") are the same IR.
// CHECK-LABEL: func.func private @helper() -> f64 {
// CHECK:       func.func public @explicit_public() {
// GENERIC:     {function_type = () -> (), sym_name = "explicit_public", sym_visibility = "public"}
func.func private @helper() -> f64 {
  %c = arith.constant 0.5 : f64
  func.return %c : f64
}
func.func public @explicit_public() {
  func.return
}

// A function type as a result prints in parentheses.
// CHECK-LABEL: func.func private @returns_function() -> ((i64) -> i64)
func.func private @returns_function() -> ((i64) -> i64)
