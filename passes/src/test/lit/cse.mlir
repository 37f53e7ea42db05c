// RUN: irc-opt %s -p 'builtin.module(cse)' --allow-unregistered-dialect | filecheck %s

// Identical pure ops are merged; the one that dominates survives.
// CHECK-LABEL: "test.func"
// CHECK:      %[[X:.*]] = "test.x"() : () -> i32
// CHECK-NEXT: %[[A:.*]] = "builtin.unrealized_conversion_cast"(%[[X]]) : (i32) -> i64
// CHECK-NEXT: %[[B:.*]] = "builtin.unrealized_conversion_cast"(%[[X]]) : (i32) -> i8
// CHECK-NEXT: "test.use"(%[[A]], %[[A]], %[[B]])
"test.func"() ({
  %x = "test.x"() : () -> i32
  %a = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
  %b = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i8
  %c = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
  "test.use"(%a, %c, %b) : (i64, i64, i8) -> ()
}) : () -> ()

// Ops in a nested region reuse a dominating op from outside, but not the other way round.
// CHECK-LABEL: "test.nested"
// CHECK:      %[[Y:.*]] = "test.y"() : () -> i32
// CHECK-NEXT: %[[O:.*]] = "builtin.unrealized_conversion_cast"(%[[Y]]) : (i32) -> i64
// CHECK-NEXT: "test.region"() ({
// CHECK-NEXT:   %[[I:.*]] = "builtin.unrealized_conversion_cast"(%[[Y]]) : (i32) -> i8
// CHECK-NEXT:   "test.use"(%[[O]], %[[I]])
// CHECK:      %[[I2:.*]] = "builtin.unrealized_conversion_cast"(%[[Y]]) : (i32) -> i8
// CHECK-NEXT: "test.use"(%[[I2]])
"test.nested"() ({
  %y = "test.y"() : () -> i32
  %o = "builtin.unrealized_conversion_cast"(%y) : (i32) -> i64
  "test.region"() ({
    %o2 = "builtin.unrealized_conversion_cast"(%y) : (i32) -> i64
    %i = "builtin.unrealized_conversion_cast"(%y) : (i32) -> i8
    "test.use"(%o2, %i) : (i64, i8) -> ()
  }) : () -> ()
  %i2 = "builtin.unrealized_conversion_cast"(%y) : (i32) -> i8
  "test.use"(%i2) : (i8) -> ()
}) : () -> ()

// Unregistered ops may have side effects: never merged.
// CHECK-LABEL: "test.effects"
// CHECK-COUNT-2: "test.read"()
"test.effects"() ({
  %r1 = "test.read"() : () -> i32
  %r2 = "test.read"() : () -> i32
  "test.use"(%r1, %r2) : (i32, i32) -> ()
}) : () -> ()
