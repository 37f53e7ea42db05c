// RUN: irc-opt %s --split-input-file --verify-diagnostics

py.func @f() attributes {arg_names = []} {
  %0 = py.constant 1 : i64
  // expected-error@+1 {{has unknown kind 'plus'}}
  %1 = py.binop plus %0, %0
  py.return %1
}

// -----

py.func @g(%a) attributes {arg_names = []} {
  // expected-error@-1 {{has 0 argument names but 1 parameters}}
  py.return %a
}

// -----

py.func @h() attributes {arg_names = []} {
  // expected-error@+1 {{requires 'value' to be an integer, bool, f64 float, unit or string attribute}}
  %0 = py.constant 1.0 : f32
  py.return %0
}

// -----

py.func @k() attributes {arg_names = []} {
  %0 = py.constant 1 : i64
  // expected-error@+1 {{branch has 1 operands for successor #0, but target block has 0}}
  py.br ^bb1(%0 : !py.object)
^bb1:
  py.return %0
}

// -----

module {
  py.func @two(%a, %b) attributes {arg_names = ["a", "b"]} {
    py.return %a
  }
  py.func @caller() attributes {arg_names = []} {
    %0 = py.constant 1 : i64
    // expected-error@+1 {{passes 1 arguments to @two, which takes 2}}
    %1 = py.call @two(%0)
    // expected-error@+1 {{'nowhere' does not reference a valid function}}
    %2 = py.call @nowhere(%0)
    py.return %1
  }
}

// -----

py.func @not_an_exception() attributes {arg_names = []} {
  %0 = py.constant 1 : i64
  // expected-error@+1 {{names 'Foo', which is not a builtin exception class}}
  %1 = py.exception_match "Foo", %0
  py.return %0
}

// -----

py.func @throw_arity() attributes {arg_names = []} {
  %0 = py.constant 1 : i64
  // expected-error@+1 {{takes an exception and an optional cause, but found 3 operands}}
  py.throw %0, %0, %0
}
