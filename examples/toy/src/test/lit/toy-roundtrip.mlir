// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// The toy ops in their custom form (no types: every toy value is an i64); printing and
// parsing back, also through the generic form, gives the same text.

// CHECK-LABEL: func.func @ops(%arg0: i64) -> i64 {
// CHECK-NEXT:    %0 = toy.constant 6
// CHECK-NEXT:    %1 = toy.constant -9223372036854775808
// CHECK-NEXT:    %2 = toy.mul %0, %arg0
// CHECK-NEXT:    %3 = toy.add %2, %1 {tag = "t"}
// CHECK-NEXT:    toy.print %3
// CHECK-NEXT:    func.return %3 : i64

// GENERIC: %0 = "toy.constant"() {value = 6 : i64} : () -> i64
// GENERIC: %2 = "toy.mul"(%0, %arg0) : (i64, i64) -> i64
// GENERIC: "toy.print"(%3) : (i64) -> ()
func.func @ops(%x: i64) -> i64 {
  %0 = toy.constant 6
  %1 = toy.constant -9223372036854775808
  %2 = toy.mul %0, %x
  %3 = toy.add %2, %1 {tag = "t"}
  toy.print %3
  return %3 : i64
}
