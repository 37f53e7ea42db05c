// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @loop(%arg0: i64) -> i64 {
// CHECK-NEXT:    %[[ZERO:[0-9]+]] = arith.constant 0 : i64
// CHECK-NEXT:    %[[ONE:[0-9]+]] = arith.constant 1 : i64
// CHECK-NEXT:    cf.br ^bb1(%[[ZERO]], %[[ZERO]] : i64, i64)
// CHECK-NEXT:  ^bb1(%[[I:[0-9]+]]: i64, %[[SUM:[0-9]+]]: i64):
// CHECK-NEXT:    %[[MORE:[0-9]+]] = arith.cmpi slt, %[[I]], %arg0 : i64
// CHECK-NEXT:    cf.cond_br %[[MORE]], ^bb2, ^bb3(%[[SUM]] : i64)
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    %[[NEXT:[0-9]+]] = arith.addi %[[SUM]], %[[I]] : i64
// CHECK-NEXT:    %[[INC:[0-9]+]] = arith.addi %[[I]], %[[ONE]] : i64
// CHECK-NEXT:    cf.br ^bb1(%[[INC]], %[[NEXT]] : i64, i64)
// CHECK-NEXT:  ^bb3(%[[RESULT:[0-9]+]]: i64):
// CHECK-NEXT:    func.return %[[RESULT]] : i64
// CHECK-NEXT:  }
// GENERIC: "cf.br"(%{{[0-9]+}}, %{{[0-9]+}})[^bb1] : (i64, i64) -> ()
// GENERIC: "cf.cond_br"(%{{[0-9]+}}, %{{[0-9]+}})[^bb2, ^bb3] {operandSegmentSizes = array<i32: 1, 0, 1>} : (i1, i64) -> ()
func.func @loop(%n: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  cf.br ^head(%zero, %zero : i64, i64)
^head(%i: i64, %sum: i64):
  %more = arith.cmpi slt, %i, %n : i64
  cf.cond_br %more, ^body, ^exit(%sum : i64)
^body:
  %next = arith.addi %sum, %i : i64
  %inc = arith.addi %i, %one : i64
  cf.br ^head(%inc, %next : i64, i64)
^exit(%result: i64):
  func.return %result : i64
}

// Both successors with arguments, attributes after the successors, assert.
// CHECK-LABEL: func.func @both(%arg0: i1, %arg1: i64, %arg2: f64) {
// CHECK-NEXT:    cf.assert %arg0, "must hold: \"quoted\""
// CHECK-NEXT:    cf.cond_br %arg0, ^bb1(%arg1, %arg2 : i64, f64), ^bb1(%arg1, %arg2 : i64, f64) {hint}
// CHECK-NEXT:  ^bb1(%0: i64, %1: f64):
// CHECK-NEXT:    cf.br ^bb2 {hint}
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    func.return
// GENERIC: "cf.assert"(%arg0) {msg = "must hold: \"quoted\""} : (i1) -> ()
// GENERIC: "cf.cond_br"(%arg0, %arg1, %arg2, %arg1, %arg2)[^bb1, ^bb1] {hint, operandSegmentSizes = array<i32: 1, 2, 2>}
func.func @both(%c: i1, %x: i64, %y: f64) {
  cf.assert %c, "must hold: \"quoted\""
  cf.cond_br %c, ^join(%x, %y : i64, f64), ^join(%x, %y : i64, f64) {hint}
^join(%a: i64, %b: f64):
  cf.br ^end {hint}
^end:
  func.return
}
