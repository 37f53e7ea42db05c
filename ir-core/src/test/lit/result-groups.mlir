// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s

// Named results are renumbered; groups bind several results to one name.

// CHECK-LABEL: module {
// CHECK-NEXT: %0:3 = "test.three"() : () -> (i64, i32, i1)
// CHECK-NEXT: %1:3 = "test.split"() : () -> (i64, i64, i64)
// CHECK-NEXT: %2 = "test.use"(%0#2, %0, %0#1, %1, %1#1, %1#2) : (i1, i64, i32, i64, i64, i64) -> f64
// CHECK-NEXT: "test.sink"(%2) : (f64) -> ()
// CHECK-NEXT: }
%sum:3 = "test.three"() : () -> (i64, i32, i1)
%a, %b:2 = "test.split"() : () -> (i64, i64, i64)
%named_value = "test.use"(%sum#2, %sum#0, %sum#1, %a, %b, %b#1) : (i1, i64, i32, i64, i64, i64) -> f64
"test.sink"(%named_value) : (f64) -> ()
