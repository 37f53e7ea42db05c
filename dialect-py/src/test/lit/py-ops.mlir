// RUN: irc-opt %s | filecheck %s

// Every py op in its custom form survives print(parse(text)).

// CHECK-LABEL: py.func @f(%arg0, %arg1) attributes {arg_names = ["a", "b"], defaults = [2.5 : f64]} {
// CHECK-NEXT:   %0 = py.constant 42 : i64
// CHECK-NEXT:   %1 = py.constant 1267650600228229401496703205376 : i128
// CHECK-NEXT:   %2 = py.constant true
// CHECK-NEXT:   %3 = py.constant unit
// CHECK-NEXT:   %4 = py.constant "s"
// CHECK-NEXT:   %5 = py.binop floordiv %arg0, %0
// CHECK-NEXT:   %6 = py.unop neg %5
// CHECK-NEXT:   %7 = py.compare lt %6, %arg1
// CHECK-NEXT:   %8 = py.truth %7
// CHECK-NEXT:   py.cond_br %8, ^bb1(%6 : !py.object), ^bb2
// CHECK-NEXT: ^bb1(%9: !py.object):
// CHECK-NEXT:   py.return %9
// CHECK-NEXT: ^bb2:
// CHECK-NEXT:   %10 = py.call @f(%1, %2)
// CHECK-NEXT:   %11 = py.builtin "print"(%10, %4) {kwnames = ["sep"]}
// CHECK-NEXT:   py.global_store @g, %11
// CHECK-NEXT:   %12 = py.global_load @g
// CHECK-NEXT:   %13 = py.unbound
// CHECK-NEXT:   py.check_bound "x", %13
// CHECK-NEXT:   %14 = py.builtin "range"(%0) {kwnames = []}
// CHECK-NEXT:   %15 = py.iter %14
// CHECK-NEXT:   %16:2 = py.next %15
// CHECK-NEXT:   %17:2 = py.unpack %12 into 2
// CHECK-NEXT:   py.assert %16#1, %4
// CHECK-NEXT:   py.assert %17#1
// CHECK-NEXT:   py.br ^bb1(%3 : !py.object)
// CHECK-NEXT: }
py.func @f(%a, %b) attributes {arg_names = ["a", "b"], defaults = [2.5 : f64]} {
  %c = py.constant 42 : i64
  %big = py.constant 1267650600228229401496703205376 : i128
  %t = py.constant true
  %none = py.constant unit
  %s = py.constant "s"
  %q = py.binop floordiv %a, %c
  %n = py.unop neg %q
  %lt = py.compare lt %n, %b
  %cond = py.truth %lt
  py.cond_br %cond, ^ret(%n : !py.object), ^more
^ret(%v: !py.object):
  py.return %v
^more:
  %r = py.call @f(%big, %t)
  %p = py.builtin "print"(%r, %s) {kwnames = ["sep"]}
  py.global_store @g, %p
  %g = py.global_load @g
  %u = py.unbound
  py.check_bound "x", %u
  %range = py.builtin "range"(%c) {kwnames = []}
  %it = py.iter %range
  %has, %item = py.next %it
  %pair:2 = py.unpack %g into 2
  py.assert %item, %s
  py.assert %pair#1
  py.br ^ret(%none : !py.object)
}
