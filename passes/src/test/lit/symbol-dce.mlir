// RUN: irc-opt %s -p 'symbol-dce' --allow-unregistered-dialect | filecheck %s

// CHECK-DAG: sym_name = "public_fn"
// CHECK-DAG: sym_name = "helper"
// CHECK-DAG: sym_name = "helper_of_helper"
// CHECK-NOT: sym_name = "dead
"test.fn"() ({
  "test.call"() {callee = @helper} : () -> ()
}) {sym_name = "public_fn"} : () -> ()
"test.fn"() ({
  "test.call"() {callee = @helper_of_helper} : () -> ()
}) {sym_name = "helper", sym_visibility = "private"} : () -> ()
"test.fn"() ({
}) {sym_name = "helper_of_helper", sym_visibility = "private"} : () -> ()
"test.fn"() ({
  "test.call"() {callee = @dead_too} : () -> ()
}) {sym_name = "dead", sym_visibility = "private"} : () -> ()
"test.fn"() ({
}) {sym_name = "dead_too", sym_visibility = "private"} : () -> ()
