// RUN: irc-opt %s --dce --allow-unregistered-dialect | filecheck %s

// Dead pure chains go; ops with unknown effects stay.
// CHECK-LABEL: module {
// CHECK-NEXT:    %[[X:.*]] = "test.x"() : () -> i32
// CHECK-NEXT:    "test.sink"(%[[X]]) : (i32) -> ()
// CHECK-NEXT:    "test.unused"() : () -> i32
// CHECK-NEXT:  }
%x = "test.x"() : () -> i32
%a = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
%b = "builtin.unrealized_conversion_cast"(%a) : (i64) -> i8
"test.sink"(%x) : (i32) -> ()
%u = "test.unused"() : () -> i32
