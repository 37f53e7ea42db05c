// RUN: irc-opt %s | filecheck %s

// py.raise stands for an expression CPython rejects at run time (here a call with the wrong arguments).

// CHECK-LABEL: py.func @__main__() attributes {arg_names = []} {
// CHECK-NEXT:    %0 = py.raise "TypeError" {message = "f() takes 1 positional argument but 2 were given"}
// CHECK-NEXT:    py.return %0
// CHECK-NEXT:  }
py.func @__main__() attributes {arg_names = []} {
  %r = py.raise "TypeError" {message = "f() takes 1 positional argument but 2 were given"}
  py.return %r
}
