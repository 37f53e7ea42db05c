// RUN: irc-opt %s --split-input-file --verify-diagnostics

func.func @f(%a: i64) {
  // expected-error@+1 {{'cf.br' op branch has 1 operands for successor #0, but target block has 0}}
  cf.br ^bb1(%a : i64)
^bb1:
  func.return
}

// -----

func.func @f(%a: i64) {
  // expected-error@+1 {{'cf.br' op type mismatch for bb argument #0 of successor #0}}
  cf.br ^bb1(%a : i64)
^bb1(%b: i32):
  func.return
}

// -----

func.func @f() {
  // expected-error@+1 {{'cf.br' op requires 1 successor, but found 2}}
  "cf.br"()[^bb1, ^bb1] : () -> ()
^bb1:
  func.return
}

// -----

func.func @f(%c: i64) {
  // expected-error@+1 {{'cf.cond_br' op operand #0 must be 1-bit signless integer, but got 'i64'}}
  "cf.cond_br"(%c)[^bb1, ^bb1] {operandSegmentSizes = array<i32: 1, 0, 0>} : (i64) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%c: i1, %a: i64) {
  // expected-error@+1 {{'cf.cond_br' op operand count (2) does not match with the total size (3) specified in attribute 'operandSegmentSizes'}}
  "cf.cond_br"(%c, %a)[^bb1, ^bb1] {operandSegmentSizes = array<i32: 1, 1, 1>} : (i1, i64) -> ()
^bb1(%x: i64):
  func.return
}

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{'cf.cond_br' op attribute 'operandSegmentSizes' must be three non-negative i32 sizes, the first 1}}
  "cf.cond_br"(%c)[^bb1, ^bb1] {operandSegmentSizes = array<i64: 1, 0, 0>} : (i1) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{'cf.cond_br' op requires attribute 'operandSegmentSizes'}}
  "cf.cond_br"(%c)[^bb1, ^bb1] : (i1) -> ()
^bb1:
  func.return
}

// -----

func.func @f(%c: i1, %a: i64) {
  // expected-error@+1 {{'cf.cond_br' op branch has 0 operands for successor #1, but target block has 1}}
  cf.cond_br %c, ^bb1(%a : i64), ^bb1
^bb1(%x: i64):
  func.return
}

// -----

func.func @f(%c: i1, %a: i64) {
  // expected-error@+1 {{'cf.cond_br' op type mismatch for bb argument #0 of successor #0}}
  cf.cond_br %c, ^bb1(%a : i64), ^bb2
^bb1(%x: f64):
  func.return
^bb2:
  func.return
}

// -----

func.func @f(%c: i64) {
  // expected-error@+1 {{use of value '%c' expects different type than prior uses: i1 vs i64}}
  cf.cond_br %c, ^bb1, ^bb1
^bb1:
  func.return
}

// -----

func.func @f(%c: i64) {
  // expected-error@+1 {{'cf.assert' op operand #0 must be 1-bit signless integer, but got 'i64'}}
  "cf.assert"(%c) {msg = "no"} : (i64) -> ()
  func.return
}

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{'cf.assert' op requires attribute 'msg'}}
  "cf.assert"(%c) : (i1) -> ()
  func.return
}

// -----

func.func @f(%c: i1) {
  // expected-error@+1 {{expected string}}
  cf.assert %c, oops
  func.return
}

// -----

func.func @f() {
  // expected-error@+1 {{reference to an undefined block}}
  cf.br ^nowhere
}
