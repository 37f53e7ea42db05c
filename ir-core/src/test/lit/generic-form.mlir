// RUN: irc-opt %s --print-op-generic | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s --check-prefix=CUSTOM

// --print-op-generic prints every op, also ones with a custom form, generically; the generic
// text parses back to the same IR.

// CHECK: "builtin.module"() ({
// CHECK-NEXT:   "builtin.module"() ({
// CHECK-NEXT:   ^bb0:
// CHECK-NEXT:   }) {sym_name = "m"} : () -> ()
// CHECK-NEXT: }) : () -> ()

// CUSTOM: module {
// CUSTOM-NEXT:   module @m {
// CUSTOM-NEXT:   }
// CUSTOM-NEXT: }
module {
  module @m {
  }
}
