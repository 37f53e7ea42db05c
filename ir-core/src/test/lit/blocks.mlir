// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s

// Blocks with arguments, successors (also forward references to later blocks), back edges.

// CHECK-LABEL: "test.func"() ({
// CHECK-NEXT: ^bb0(%arg0: i64, %arg1: i1):
// CHECK-NEXT:   "test.cond_br"(%arg1, %arg0)[^bb1, ^bb2] : (i1, i64) -> ()
// CHECK-NEXT: ^bb1(%0: i64):
// CHECK-NEXT:   %1 = "test.step"(%0) : (i64) -> i64
// CHECK-NEXT:   "test.br"(%1)[^bb1] : (i64) -> ()
// CHECK-NEXT: ^bb2:
// CHECK-NEXT:   "test.return"(%arg0) : (i64) -> ()
// CHECK-NEXT: }) : () -> ()
"test.func"() ({
^entry(%n: i64, %c: i1):
  "test.cond_br"(%c, %n)[^loop, ^exit] : (i1, i64) -> ()
^loop(%i: i64):
  %next = "test.step"(%i) : (i64) -> i64
  "test.br"(%next)[^loop] : (i64) -> ()
^exit:
  "test.return"(%n) : (i64) -> ()
}) : () -> ()

// An entry block without arguments but with a label, and an empty entry block, survive.
// CHECK-LABEL: "test.labels"() ({
// CHECK-NEXT:   "test.br"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1:
// CHECK-NEXT:   "test.end"() : () -> ()
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
"test.labels"() ({
^start:
  "test.br"()[^end] : () -> ()
^end:
  "test.end"() : () -> ()
}, {
^only:
}) : () -> ()
