// RUN: irc-opt %s --split-input-file --verify-diagnostics

// expected-error@+1 {{'func.func' op entry block must have 1 arguments to match function signature}}
"func.func"() ({
^bb0(%a: i64, %b: i64):
  "func.return"() : () -> ()
}) {function_type = (i64) -> (), sym_name = "f"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op type of entry block argument #0('i32') must match the type of the corresponding argument in function signature('i64')}}
"func.func"() ({
^bb0(%a: i32):
  "func.return"() : () -> ()
}) {function_type = (i64) -> (), sym_name = "f"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op requires attribute 'function_type' to be a function type}}
"func.func"() ({
}) {function_type = i64, sym_name = "f", sym_visibility = "private"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op attribute 'function_type' failed to satisfy constraint: type attribute}}
"func.func"() ({
}) {function_type = 1 : i64, sym_name = "f", sym_visibility = "private"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op requires attribute 'function_type'}}
"func.func"() ({
}) {sym_name = "f", sym_visibility = "private"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op requires string attribute 'sym_name'}}
"func.func"() ({
}) {function_type = () -> (), sym_visibility = "private"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op requires 1 region, but found 0}}
"func.func"() {function_type = () -> (), sym_name = "f", sym_visibility = "private"} : () -> ()

// -----

// expected-error@+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func @declared(i64) -> i64

// -----

// expected-error@+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func public @declared(i64) -> i64

// -----

// expected-error@+1 {{'func.func' op visibility expected to be one of ["public", "private", "nested"], but got "weird"}}
"func.func"() ({
}) {function_type = () -> (), sym_name = "f", sym_visibility = "weird"} : () -> ()

// -----

func.func @f() -> i64 {
  // expected-error@+1 {{'func.return' op has 0 operands, but enclosing function (@f) returns 1}}
  func.return
}

// -----

func.func @f(%a: i32) -> i64 {
  // expected-error@+1 {{type of return operand 0 ('i32') doesn't match function result type ('i64') in function @f}}
  func.return %a : i32
}

// -----

"builtin.module"() ({
  // expected-error@+1 {{'func.return' op expects parent op 'func.func'}}
  func.return
}) : () -> ()

// -----

func.func @f() {
  // expected-error@+1 {{'func.call' op 'missing' does not reference a valid function}}
  func.call @missing() : () -> ()
  func.return
}

// -----

module @m {
}
func.func @f() {
  // expected-error@+1 {{'func.call' op 'm' does not reference a valid function}}
  func.call @m() : () -> ()
  func.return
}

// -----

func.func private @g(i64) -> i64
func.func @f(%a: i64) {
  // expected-error@+1 {{'func.call' op incorrect number of operands for callee}}
  %0 = func.call @g(%a, %a) : (i64, i64) -> i64
  func.return
}

// -----

func.func private @g(i64) -> i64
func.func @f(%a: i32) {
  // expected-error@+1 {{'func.call' op operand type mismatch: expected operand type 'i64', but provided 'i32' for operand number 0}}
  %0 = func.call @g(%a) : (i32) -> i64
  func.return
}

// -----

func.func private @g(i64) -> i64
func.func @f(%a: i64) {
  // expected-error@+1 {{'func.call' op incorrect number of results for callee}}
  func.call @g(%a) : (i64) -> ()
  func.return
}

// -----

func.func private @g(i64) -> i64
func.func @f(%a: i64) {
  // expected-error@+1 {{result type mismatch at index 0}}
  %0 = func.call @g(%a) : (i64) -> f64
  func.return
}

// -----

func.func @f() {
  // expected-error@+1 {{'func.call' op requires attribute 'callee'}}
  "func.call"() : () -> ()
  func.return
}

// -----

// expected-error@+1 {{expected '{' to begin a function body after named arguments}}
func.func @f(%a: i64)

// -----

// expected-error@+1 {{expected a non-empty function body}}
func.func @f() {}

// -----

// expected-error@+1 {{expected symbol name}}
func.func f() {
  func.return
}

// -----

func.func @f() {
  // expected-error@+1 {{expected symbol reference to the callee}}
  func.call "f"() : () -> ()
  func.return
}

// -----

func.func @f() {
  // expected-error@+1 {{expected function type}}
  func.call @f() : i64
  func.return
}
