// RUN: irc-opt %s --allow-unregistered-dialect --print-debuginfo | filecheck %s
// RUN: irc-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | filecheck %s

// Ops get the location of their text unless a loc(...) says otherwise; --print-debuginfo
// (alias --mlir-print-debuginfo) shows them.

// CHECK: %0 = "test.a"() : () -> i64 loc("{{.*}}debuginfo.mlir":11:6)
// CHECK-NEXT: "test.b"(%0) : (i64) -> () loc("prog.py":3:7)
// CHECK-NEXT: "test.c"() : () -> () loc(unknown)
// CHECK-NEXT: } loc("{{.*}}debuginfo.mlir":1:1)
%a = "test.a"() : () -> i64
"test.b"(%a) : (i64) -> () loc("prog.py":3:7)
"test.c"() : () -> () loc(unknown)
