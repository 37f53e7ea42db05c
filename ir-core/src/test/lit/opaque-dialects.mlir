// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s

// Types and attributes of unregistered dialects are kept verbatim.

// CHECK: %0 = "foo.make"() {a = #foo.attr<1, "x">, t = !foo.type} : () -> !foo.box<i32, "y">
// CHECK-NEXT: "foo.use"(%0) : (!foo.box<i32, "y">) -> ()
%0 = "foo.make"() {a = #foo.attr<1, "x">, t = !foo.type} : () -> !foo.box<i32, "y">
"foo.use"(%0) : (!foo.box<i32, "y">) -> ()
