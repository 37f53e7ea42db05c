// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt - | filecheck %s

// The exception ops print and parse back in their custom form (and through the generic form).

// CHECK-LABEL: py.func @handler() attributes {arg_names = []} {
// CHECK-NEXT:    py.try_enter ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:
// CHECK-NEXT:    %0 = py.constant "x"
// CHECK-NEXT:    %1 = py.builtin "KeyError"(%0) {kwnames = []}
// CHECK-NEXT:    py.try_exit
// CHECK-NEXT:    py.throw %1
// CHECK-NEXT:  ^bb2:
// CHECK-NEXT:    %2 = py.caught
// CHECK-NEXT:    %3 = py.exception_match "LookupError", %2
// CHECK-NEXT:    py.cond_br %3, ^bb3, ^bb4
// CHECK-NEXT:  ^bb3:
// CHECK-NEXT:    py.local_store "e", %2
// CHECK-NEXT:    %4 = py.local_load "e"
// CHECK-NEXT:    py.except_end
// CHECK-NEXT:    py.global_delete @e
// CHECK-NEXT:    py.return %4
// CHECK-NEXT:  ^bb4:
// CHECK-NEXT:    py.reraise
// CHECK-NEXT:  }
py.func @handler() attributes {arg_names = []} {
  py.try_enter ^bb1, ^bb2
^bb1:
  %0 = py.constant "x"
  %1 = py.builtin "KeyError"(%0) {kwnames = []}
  py.try_exit
  py.throw %1
^bb2:
  %2 = py.caught
  %3 = py.exception_match "LookupError", %2
  py.cond_br %3, ^bb3, ^bb4
^bb3:
  py.local_store "e", %2
  %4 = py.local_load "e"
  py.except_end
  py.global_delete @e
  py.return %4
^bb4:
  py.reraise
}
