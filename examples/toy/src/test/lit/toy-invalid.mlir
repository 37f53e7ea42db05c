// RUN: irc-opt %s --split-input-file --verify-diagnostics

func.func @add_f32(%a: f32, %b: i64) {
  // expected-error@+1 {{'toy.add' op requires i64 operands, but found f32}}
  %0 = "toy.add"(%a, %b) : (f32, i64) -> i64
  return
}

// -----

func.func @mul_result(%a: i64) {
  // expected-error@+1 {{'toy.mul' op requires an i64 result, but found i32}}
  %0 = "toy.mul"(%a, %a) : (i64, i64) -> i32
  return
}

// -----

func.func @print_i1(%a: i1) {
  // expected-error@+1 {{'toy.print' op requires i64 operands, but found i1}}
  "toy.print"(%a) : (i1) -> ()
  return
}

// -----

func.func @constant_i32() {
  // expected-error@+1 {{'toy.constant' op requires an i64 value, but found 1 : i32}}
  %0 = "toy.constant"() {value = 1 : i32} : () -> i64
  return
}

// -----

func.func @constant_too_big() {
  // expected-error@+1 {{'toy.constant' value 9223372036854775808 does not fit in i64}}
  %0 = toy.constant 9223372036854775808
  return
}
