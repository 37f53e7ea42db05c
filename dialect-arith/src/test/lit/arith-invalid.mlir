// RUN: irc-opt %s --split-input-file --verify-diagnostics

func.func @addi_on_float(%a: f64, %b: f64) {
  // expected-error@+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'f64'}}
  %0 = arith.addi %a, %b : f64
  func.return
}

// -----

func.func @mixed_types(%a: i64, %b: i32) {
  // expected-error@+1 {{'arith.addi' op requires the same type for all operands and results}}
  %0 = "arith.addi"(%a, %b) : (i64, i32) -> i64
  func.return
}

// -----

func.func @wrong_arity(%a: i64) {
  // expected-error@+1 {{'arith.muli' op requires 2 operands, but found 1}}
  %0 = "arith.muli"(%a) : (i64) -> i64
  func.return
}

// -----

func.func @addf_on_int(%a: i64, %b: i64) {
  // expected-error@+1 {{'arith.addf' op operand #0 must be floating-point-like, but got 'i64'}}
  %0 = arith.addf %a, %b : i64
  func.return
}

// -----

func.func @negf_on_int(%a: i32) {
  // expected-error@+1 {{'arith.negf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.negf %a : i32
  func.return
}

// -----

func.func @constant_type_mismatch() {
  // expected-error@+1 {{'arith.constant' op value type 'i32' must match result type 'i64'}}
  %0 = "arith.constant"() {value = 1 : i32} : () -> i64
  func.return
}

// -----

func.func @constant_not_a_number() {
  // expected-error@+1 {{'arith.constant' op value must be an integer or float attribute}}
  %0 = "arith.constant"() {value = "one"} : () -> i64
  func.return
}

// -----

func.func @constant_without_value() {
  // expected-error@+1 {{'arith.constant' op requires attribute 'value'}}
  %0 = "arith.constant"() : () -> i64
  func.return
}

// -----

func.func @cmpi_bad_predicate(%a: i64) {
  // expected-error@+1 {{'arith.cmpi' op attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}
  %0 = "arith.cmpi"(%a, %a) {predicate = 10 : i64} : (i64, i64) -> i1
  func.return
}

// -----

func.func @cmpi_predicate_not_integer(%a: i64) {
  // expected-error@+1 {{'arith.cmpi' op attribute 'predicate' failed to satisfy constraint: integer attribute}}
  %0 = "arith.cmpi"(%a, %a) {predicate = "slt"} : (i64, i64) -> i1
  func.return
}

// -----

func.func @cmpi_without_predicate(%a: i64) {
  // expected-error@+1 {{'arith.cmpi' op requires attribute 'predicate'}}
  %0 = "arith.cmpi"(%a, %a) : (i64, i64) -> i1
  func.return
}

// -----

func.func @cmpi_operand_types(%a: i64, %b: i32) {
  // expected-error@+1 {{'arith.cmpi' op requires all operands to have the same type}}
  %0 = "arith.cmpi"(%a, %b) {predicate = 0 : i64} : (i64, i32) -> i1
  func.return
}

// -----

func.func @cmpi_on_float(%a: f64) {
  // expected-error@+1 {{'arith.cmpi' op operand #0 must be signless-integer-like, but got 'f64'}}
  %0 = arith.cmpi eq, %a, %a : f64
  func.return
}

// -----

func.func @cmpi_result(%a: i64) {
  // expected-error@+1 {{'arith.cmpi' op result #0 must be bool-like, but got 'i64'}}
  %0 = "arith.cmpi"(%a, %a) {predicate = 0 : i64} : (i64, i64) -> i64
  func.return
}

// -----

func.func @cmpf_bad_predicate(%a: f64) {
  // expected-error@+1 {{'arith.cmpf' op attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}}
  %0 = "arith.cmpf"(%a, %a) {predicate = 16 : i64} : (f64, f64) -> i1
  func.return
}

// -----

func.func @cmpf_on_int(%a: i64) {
  // expected-error@+1 {{'arith.cmpf' op operand #0 must be floating-point-like, but got 'i64'}}
  %0 = arith.cmpf olt, %a, %a : i64
  func.return
}

// -----

func.func @select_condition(%c: i64, %a: i64) {
  // expected-error@+1 {{'arith.select' op operand #0 must be bool-like, but got 'i64'}}
  %0 = "arith.select"(%c, %a, %a) : (i64, i64, i64) -> i64
  func.return
}

// -----

func.func @select_types(%c: i1, %a: i64, %b: i32) {
  // expected-error@+1 {{'arith.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %0 = "arith.select"(%c, %a, %b) : (i1, i64, i32) -> i64
  func.return
}

// -----

func.func @extsi_narrows(%a: i64) {
  // expected-error@+1 {{'arith.extsi' op operand type 'i64' and result type 'i32' are cast incompatible}}
  %0 = arith.extsi %a : i64 to i32
  func.return
}

// -----

func.func @extui_same_width(%a: i32) {
  // expected-error@+1 {{'arith.extui' op operand type 'i32' and result type 'i32' are cast incompatible}}
  %0 = arith.extui %a : i32 to i32
  func.return
}

// -----

func.func @trunci_widens(%a: i8) {
  // expected-error@+1 {{'arith.trunci' op operand type 'i8' and result type 'i16' are cast incompatible}}
  %0 = arith.trunci %a : i8 to i16
  func.return
}

// -----

func.func @extsi_index(%a: index) {
  // expected-error@+1 {{'arith.extsi' op operand #0 must be signless-fixed-width-integer-like, but got 'index'}}
  %0 = arith.extsi %a : index to i64
  func.return
}

// -----

func.func @extsi_to_float(%a: i32) {
  // expected-error@+1 {{'arith.extsi' op result #0 must be signless-fixed-width-integer-like, but got 'f64'}}
  %0 = arith.extsi %a : i32 to f64
  func.return
}

// -----

func.func @sitofp_to_int(%a: i32) {
  // expected-error@+1 {{'arith.sitofp' op result #0 must be floating-point-like, but got 'i64'}}
  %0 = arith.sitofp %a : i32 to i64
  func.return
}

// -----

func.func @sitofp_from_float(%a: f32) {
  // expected-error@+1 {{'arith.sitofp' op operand #0 must be signless-fixed-width-integer-like, but got 'f32'}}
  %0 = arith.sitofp %a : f32 to f64
  func.return
}

// -----

func.func @fptosi_from_int(%a: i32) {
  // expected-error@+1 {{'arith.fptosi' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.fptosi %a : i32 to i64
  func.return
}

// -----

func.func @fptosi_to_float(%a: f32) {
  // expected-error@+1 {{'arith.fptosi' op result #0 must be signless-fixed-width-integer-like, but got 'f64'}}
  %0 = arith.fptosi %a : f32 to f64
  func.return
}

// -----

func.func @checked_types(%a: i64, %b: i32) {
  // expected-error@+1 {{'arith.checked_addi' op requires the same type for both operands and the first result}}
  %0:2 = "arith.checked_addi"(%a, %b) : (i64, i32) -> (i64, i1)
  func.return
}

// -----

func.func @checked_flag(%a: i64) {
  // expected-error@+1 {{'arith.checked_muli' op result #1 must be i1, but got 'i64'}}
  %0:2 = "arith.checked_muli"(%a, %a) : (i64, i64) -> (i64, i64)
  func.return
}

// -----

func.func @checked_float(%a: f64) {
  // expected-error@+1 {{'arith.checked_subi' op operand #0 must be signless-integer-like, but got 'f64'}}
  %0:2 = arith.checked_subi %a, %a : f64
  func.return
}

// -----

func.func @checked_one_result(%a: i64) {
  // expected-error@+1 {{'arith.checked_addi' op requires 2 results, but found 1}}
  %0 = "arith.checked_addi"(%a, %a) : (i64, i64) -> i64
  func.return
}

// -----

func.func @unknown_predicate(%a: i64) {
  // expected-error@+1 {{unknown comparison predicate "slte"}}
  %0 = arith.cmpi slte, %a, %a : i64
  func.return
}

// -----

func.func @missing_predicate(%a: i64) {
  // expected-error@+1 {{expected predicate keyword}}
  %0 = arith.cmpi %a, %a : i64
  func.return
}

// -----

func.func @constant_string() {
  // expected-error@+1 {{'arith.constant' expects an integer or float value, but got "x"}}
  %0 = arith.constant "x"
  func.return
}

// -----

func.func @constant_out_of_range() {
  // expected-error@+1 {{integer constant out of range for attribute of type i8}}
  %0 = arith.constant 300 : i8
  func.return
}

// -----

func.func @cast_without_to(%a: i32) {
  // expected-error@+1 {{expected 'to'}}
  %0 = arith.extsi %a : i32 i64
  func.return
}

// -----

func.func @binary_without_type(%a: i32) {
  // The type is missing, so the parser stops at the next line.
  %0 = arith.addi %a, %a
  // expected-error@+1 {{expected ':'}}
  func.return
}

// -----

func.func @checked_binds_two(%a: i64) {
  // expected-error@+1 {{operation defines 2 results but was provided 1 to bind}}
  %0 = arith.checked_addi %a, %a : i64
  func.return
}
