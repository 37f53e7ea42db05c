// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s

// Nested regions: values of enclosing regions are visible inside; values are numbered in
// textual order through non-isolated regions, and numbering restarts in isolated ones (a
// nested module).

// CHECK-LABEL: module {
// CHECK-NEXT: %0 = "test.outer"() : () -> i64
// CHECK-NEXT: "test.loop"(%0) ({
// CHECK-NEXT: ^bb0(%arg0: i64):
// CHECK-NEXT:   %1 = "test.inner"(%arg0, %0) : (i64, i64) -> i64
// CHECK-NEXT:   "test.yield"(%1) : (i64) -> ()
// CHECK-NEXT: }, {
// CHECK-NEXT:   "test.other"() : () -> ()
// CHECK-NEXT: }) : (i64) -> ()
// CHECK-NEXT: %2 = "test.after"() : () -> i1
// CHECK-NEXT: module @inner {
// CHECK-NEXT:   %0 = "test.fresh"() : () -> i64
// CHECK-NEXT: }
// CHECK-NEXT: }
%x = "test.outer"() : () -> i64
"test.loop"(%x) ({
^bb0(%i: i64):
  %y = "test.inner"(%i, %x) : (i64, i64) -> i64
  "test.yield"(%y) : (i64) -> ()
}, {
  "test.other"() : () -> ()
}) : (i64) -> ()
%z = "test.after"() : () -> i1
module @inner {
  %again = "test.fresh"() : () -> i64
}
