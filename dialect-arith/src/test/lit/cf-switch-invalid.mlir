// RUN: irc-opt %s --split-input-file --verify-diagnostics

func.func @f(%flag: i32, %a: i32) {
  // expected-error@+1 {{'cf.switch' op branch has 0 operands for successor #0, but target block has 1}}
  cf.switch %flag : i32, [default: ^bb1, 1: ^bb2]
^bb1(%x: i32):
  func.return
^bb2:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op type mismatch for bb argument #0 of successor #1}}
  cf.switch %flag : i32, [default: ^bb2, 1: ^bb1(%flag : i32)]
^bb1(%x: i64):
  func.return
^bb2:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op case value 7 appears more than once}}
  cf.switch %flag : i32, [default: ^bb1, 7: ^bb1, 8: ^bb1, 7: ^bb1]
^bb1:
  func.return
}

// -----

func.func @f(%flag: i8) {
  // expected-error@+1 {{'cf.switch' op case value 255 appears more than once}}
  cf.switch %flag : i8, [default: ^bb1, -1: ^bb1, 255: ^bb1]
^bb1:
  func.return
}

// -----

func.func @f(%flag: i8) {
  // expected-error@+1 {{case value 256 does not fit in 'i8'}}
  cf.switch %flag : i8, [default: ^bb1, 256: ^bb1]
^bb1:
  func.return
}

// -----

func.func @f(%flag: index) {
  // expected-error@+1 {{expected an integer flag type of at most 64 bits}}
  cf.switch %flag : index, [default: ^bb1]
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{expected 'default'}}
  cf.switch %flag : i32, [1: ^bb1]
^bb1:
  func.return
}

// -----

func.func @f(%flag: index) {
  // expected-error@+1 {{'cf.switch' op operand #0 must be integer, but got 'index'}}
  "cf.switch"(%flag)[^bb1] {case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>} : (index) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op 'flag' type ('i32') should match case value type ('i64')}}
  "cf.switch"(%flag)[^bb1, ^bb1] {case_operand_segments = array<i32: 0>, case_values = array<i64: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op number of case values (2) should match number of case destinations (1)}}
  "cf.switch"(%flag)[^bb1, ^bb1] {case_operand_segments = array<i32: 0>, case_values = array<i32: 1, 2>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op number of case values (0) should match number of case destinations (1)}}
  "cf.switch"(%flag)[^bb1, ^bb1] {case_operand_segments = array<i32: 0>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op attribute 'case_operand_segments' must have one size per case destination (1), but has 2}}
  "cf.switch"(%flag)[^bb1, ^bb1] {case_operand_segments = array<i32: 0, 0>, case_values = array<i32: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op requires attribute 'case_operand_segments'}}
  "cf.switch"(%flag)[^bb1, ^bb1] {case_values = array<i32: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32, %a: i32) {
  // expected-error@+1 {{'cf.switch' op operand count (2) does not match with the total size (1) specified in attribute 'operandSegmentSizes'}}
  "cf.switch"(%flag, %a)[^bb1, ^bb1] {case_operand_segments = array<i32: 0>, case_values = array<i32: 1>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32, i32) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%flag: i32, %a: i32) {
  // expected-error@+1 {{'cf.switch' op caseOperands count (1) does not match with the total size (2) specified in attribute 'case_operand_segments'}}
  "cf.switch"(%flag, %a)[^bb1, ^bb1] {case_operand_segments = array<i32: 2>, case_values = array<i32: 1>, operandSegmentSizes = array<i32: 1, 0, 1>} : (i32, i32) -> ()
^bb1(%x: i32):
  func.return
}

// -----

func.func @f(%flag: i32) {
  // expected-error@+1 {{'cf.switch' op requires at least 1 successors, but found 0}}
  "cf.switch"(%flag) {case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i32) -> ()
}
