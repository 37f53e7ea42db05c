// RUN: irc-opt %s --split-input-file --verify-diagnostics

llvm.func @f(%v: i32, %a: i64) {
  // expected-error@+1 {{'llvm.switch' op branch has 1 operands for successor #1, but target block has 0}}
  llvm.switch %v : i32, ^bb1 [1: ^bb1(%a : i64)]
^bb1:
  llvm.return
}

// -----

llvm.func @f(%v: i32) {
  // expected-error@+1 {{'llvm.switch' op case value 4294967295 appears more than once}}
  llvm.switch %v : i32, ^bb1 [-1: ^bb1, 4294967295: ^bb1]
^bb1:
  llvm.return
}

// -----

llvm.func @f(%v: i32) {
  // expected-error@+1 {{'llvm.switch' op 'flag' type ('i32') should match case value type ('i64')}}
  "llvm.switch"(%v)[^bb1, ^bb1] {case_operand_segments = array<i32: 0>, case_values = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  llvm.return
}

// -----

llvm.func @f(%v: f64) {
  // expected-error@+1 {{'llvm.switch' op operand #0 must be integer, but got 'f64'}}
  "llvm.switch"(%v)[^bb1] {case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>} : (f64) -> ()
^bb1:
  llvm.return
}

// -----

llvm.func @f(%v: i2) {
  // expected-error@+1 {{case value 4 does not fit in 'i2'}}
  llvm.switch %v : i2, ^bb1 [3: ^bb1, 4: ^bb1]
^bb1:
  llvm.return
}

// -----

llvm.func @f(%v: i32) {
  // The error is reported at the token after the default destination.
  // expected-error@+2 {{expected '['}}
  llvm.switch %v : i32, ^bb1
^bb1:
  llvm.return
}
