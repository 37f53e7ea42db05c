// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// cf.switch prints exactly as mlir-opt 19 does (one case per line, values unsigned). Not named
// *roundtrip*: the mlir-opt interop test would feed it irc's generic form, whose 'case_values'
// is a dense array where MLIR has a dense elements attribute (dense<[42, 43]> : vector<2xi32>).

// CHECK-LABEL: func.func @cases(%arg0: i32, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:    cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      42: ^bb2,
// CHECK-NEXT:      43: ^bb3(%arg2 : i32)
// CHECK-NEXT:    ]
// CHECK-NEXT:  ^bb1(%0: i32):
// GENERIC: "cf.switch"(%arg0, %arg1, %arg2)[^bb1, ^bb2, ^bb3] {case_operand_segments = array<i32: 0, 1>, case_values = array<i32: 42, 43>, operandSegmentSizes = array<i32: 1, 1, 1>} : (i32, i32, i32) -> ()
func.func @cases(%flag: i32, %a: i32, %b: i32) {
  cf.switch %flag : i32, [
    default: ^bb1(%a : i32),
    42: ^bb2,
    43: ^bb3(%b : i32)
  ]
^bb1(%x: i32):
  func.return
^bb2:
  func.return
^bb3(%y: i32):
  func.return
}

// Without cases, the closing bracket follows the default (as mlir-opt prints it).
// CHECK-LABEL: func.func @only_default(%arg0: i64) {
// CHECK-NEXT:    cf.switch %arg0 : i64, [
// CHECK-NEXT:      default: ^bb1]
// CHECK-NEXT:  ^bb1:
// GENERIC: "cf.switch"(%arg0)[^bb1] {case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>} : (i64) -> ()
func.func @only_default(%flag: i64) {
  cf.switch %flag : i64, [default: ^bb1]
^bb1:
  func.return
}

// Case values print unsigned; negative spellings parse. Attributes follow the list. Nested
// switches are indented with their op.
// CHECK-LABEL: func.func @values(%arg0: i8, %arg1: i64, %arg2: i1) {
// CHECK-NEXT:    cf.switch %arg0 : i8, [
// CHECK-NEXT:      default: ^bb1,
// CHECK-NEXT:      255: ^bb1,
// CHECK-NEXT:      128: ^bb2(%arg0, %arg0 : i8, i8),
// CHECK-NEXT:      127: ^bb2(%arg0, %arg0 : i8, i8)
// CHECK-NEXT:    ] {hint = 1 : i64}
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    cf.switch %arg1 : i64, [
// CHECK-NEXT:      default: ^bb3,
// CHECK-NEXT:      18446744073709551615: ^bb3,
// CHECK-NEXT:      9223372036854775808: ^bb3
// CHECK-NEXT:    ]
// CHECK:         cf.switch %arg2 : i1, [
// CHECK-NEXT:      default: ^bb3,
// CHECK-NEXT:      1: ^bb3
// CHECK-NEXT:    ]
// GENERIC: case_values = array<i8: -1, -128, 127>
// GENERIC: case_values = array<i64: -1, -9223372036854775808>
// GENERIC: case_values = array<i1: true>
func.func @values(%flag: i8, %wide: i64, %bit: i1) {
  cf.switch %flag : i8, [default: ^bb1, -1: ^bb1, 128: ^bb2(%flag, %flag : i8, i8), 127: ^bb2(%flag, %flag : i8, i8)] {hint = 1}
^bb1:
  cf.switch %wide : i64, [default: ^bb3, 18446744073709551615: ^bb3, -9223372036854775808: ^bb3]
^bb2(%p: i8, %q: i8):
  cf.switch %bit : i1, [default: ^bb3, -1: ^bb3]
^bb3:
  func.return
}
