// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s

// Every builtin type as an operand and result type.

// CHECK: %0:9 = "test.types"() : () -> (i1, i8, i16, i32, i64, i128, index, f16, f32)
// CHECK-NEXT: %1:3 = "test.more"(%0#4, %0#6) : (i64, index) -> (f64, none, (i64) -> (f32, f64))
// CHECK-NEXT: "test.fn"() {t = () -> ()} : () -> ()
// CHECK-NEXT: "test.nested_fn"() {t = ((i1) -> i1) -> ((i1) -> i1)} : () -> ()
%t:9 = "test.types"() : () -> (i1, i8, i16, i32, i64, i128, index, f16, f32)
%m:3 = "test.more"(%t#4, %t#6) : (i64, index) -> (f64, none, (i64) -> (f32, f64))
"test.fn"() {t = () -> ()} : () -> ()
"test.nested_fn"() {t = ((i1) -> i1) -> ((i1) -> i1)} : () -> ()
