// RUN: irc-opt %s -p 'builtin.module(func.func(canonicalize))' --split-input-file | filecheck %s
// RUN: irc-opt %s -p 'builtin.module(func.func(sccp))' --split-input-file | filecheck %s --check-prefix=SCCP

// A constant flag selects its case: the switch becomes a jump (as mlir-opt's canonicalize does).
// CHECK-LABEL: func.func @constant_case(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1(%arg1 : i32)
// CHECK-NEXT:  ^bb1(%0: i32):
// CHECK-NEXT:    %1 = arith.addi %0, %0 : i32
// CHECK-NEXT:    func.return %1 : i32
// CHECK-NEXT:  }
// SCCP-LABEL: func.func @constant_case
// SCCP-NOT:     cf.switch
// SCCP:         cf.br ^bb{{[0-9]+}}(%arg1 : i32)
func.func @constant_case(%a: i32, %b: i32) -> i32 {
  %c = arith.constant 43 : i32
  cf.switch %c : i32, [default: ^bb1(%a : i32), 42: ^bb1(%b : i32), 43: ^bb2(%b : i32)]
^bb1(%x: i32):
  func.return %x : i32
^bb2(%y: i32):
  %z = arith.addi %y, %y : i32
  func.return %z : i32
}

// -----

// No case matches the constant: the default is taken.
// CHECK-LABEL: func.func @constant_default(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1(%arg0 : i32)
// CHECK-NEXT:  ^bb1(%0: i32):
// CHECK-NEXT:    func.return %0 : i32
// CHECK-NEXT:  }
func.func @constant_default(%a: i32, %b: i32) -> i32 {
  %c = arith.constant 7 : i32
  cf.switch %c : i32, [default: ^bb1(%a : i32), 42: ^bb2(%b : i32)]
^bb1(%x: i32):
  func.return %x : i32
^bb2(%y: i32):
  %z = arith.addi %y, %y : i32
  func.return %z : i32
}

// -----

// Constants and case values compare as bits of the flag's width: -1 : i8 is case 255.
// CHECK-LABEL: func.func @constant_bits(%arg0: i32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg0 : i32
func.func @constant_bits(%b: i32) -> i32 {
  %c = arith.constant -1 : i8
  cf.switch %c : i8, [default: ^bb1(%b : i32), 255: ^bb2]
^bb1(%x: i32):
  func.return %x : i32
^bb2:
  %z = arith.addi %b, %b : i32
  func.return %z : i32
}

// -----

// CHECK-LABEL: func.func @only_default(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1(%arg1 : i32)
func.func @only_default(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [default: ^bb1(%a : i32)]
^bb1(%x: i32):
  %z = arith.addi %x, %x : i32
  func.return %z : i32
}

// -----

// Cases that go where the default goes, with the same operands, are dropped; the others stay.
// CHECK-LABEL: func.func @drop_cases(%arg0: i32, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      2: ^bb1(%arg2 : i32),
// CHECK-NEXT:      3: ^bb2
// CHECK-NEXT:    ] {hint}
func.func @drop_cases(%f: i32, %a: i32, %b: i32) -> i32 {
  cf.switch %f : i32, [default: ^bb1(%a : i32), 1: ^bb1(%a : i32), 2: ^bb1(%b : i32), 3: ^bb2] {hint}
^bb1(%x: i32):
  func.return %x : i32
^bb2:
  func.return %b : i32
}

// -----

// When every case matches the default, the switch becomes a jump.
// CHECK-LABEL: func.func @all_cases_default(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:    cf.br ^bb1(%arg1 : i32)
func.func @all_cases_default(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [default: ^bb1(%a : i32), 1: ^bb1(%a : i32), 5: ^bb1(%a : i32)]
^bb1(%x: i32):
  %z = arith.addi %x, %x : i32
  func.return %z : i32
}
