// RUN: irc-opt %s --split-input-file | filecheck %s

// The builtin module's custom form: optional name, attributes, body.

// CHECK: module {
// CHECK-NEXT: }
module {
}

// -----

// CHECK: module @named attributes {answer = 42 : i64} {
// CHECK-NEXT:   module @child {
// CHECK-NEXT:   }
// CHECK-NEXT: }
module @named attributes {answer = 42} {
  module @child {}
}

// -----

// The generic form of a module prints in the custom form.
// CHECK: module @g {
// CHECK-NEXT: }
"builtin.module"() ({
^bb0:
}) {sym_name = "g"} : () -> ()

// -----

// An empty input is an empty module.
// CHECK: module {
// CHECK-NEXT: }
