// RUN: irc-opt %s --licm | filecheck %s
// LICM gives a py.func loop a preheader made of py.br, the region's own jump, never cf.br
// (regression: the jump kind used to be the first one any loaded dialect declared).

// CHECK-LABEL: py.func @f
// CHECK-NOT:     cf.br
// CHECK:         py.cond_br %{{[0-9]+}}, ^[[PRE:bb[0-9]+]](%{{[0-9]+}} : !py.object), ^[[EXIT:bb[0-9]+]]
// CHECK:       ^[[PRE]](%[[S:[0-9]+]]: !py.object):
// CHECK-NEXT:    %[[K:[0-9]+]] = py.constant 2 : i64
// CHECK-NEXT:    py.br ^[[HEADER:bb[0-9]+]](%[[S]] : !py.object)
// CHECK:       ^[[HEADER]](%{{[0-9]+}}: !py.object):
// CHECK-NEXT:    py.binop mul %arg0, %[[K]]
// CHECK-NOT:     cf.br
py.func @f(%n, %c) attributes {arg_names = ["n", "c"]} {
  %t = py.truth %c
  %0 = py.constant 0 : i64
  py.cond_br %t, ^header(%0 : !py.object), ^exit(%0 : !py.object)
^header(%s: !py.object):
  %k = py.constant 2 : i64
  %m = py.binop mul %n, %k
  %s2 = py.binop add %s, %m
  %lt = py.compare lt %s2, %n
  %b = py.truth %lt
  py.cond_br %b, ^header(%s2 : !py.object), ^exit(%s2 : !py.object)
^exit(%r: !py.object):
  py.return %r
}
