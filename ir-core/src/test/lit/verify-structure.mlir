// RUN: irc-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Dominance: a use must be dominated by its definition.
"test.func"() ({
  // expected-error@+1 {{'test.use' op operand #0 does not dominate this use}}
  "test.use"(%later) : (i64) -> ()
  // expected-note@+1 {{operand defined here}}
  %later = "test.def"() : () -> i64
}) : () -> ()

// -----

// A value defined in one branch does not dominate the join.
"test.func"() ({
^bb0(%c: i1):
  "test.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  // expected-note@+1 {{operand defined here}}
  %v = "test.def"() : () -> i64
  "test.br"()[^bb3] : () -> ()
^bb2:
  "test.br"()[^bb3] : () -> ()
^bb3:
  // expected-error@+1 {{'test.use' op operand #0 does not dominate this use}}
  "test.use"(%v) : (i64) -> ()
}) : () -> ()

// -----

// An op may not use its own result inside its regions.
"test.func"() ({
  // expected-note@+1 {{operand defined here}}
  %r = "test.loop"() ({
    // expected-error@+1 {{'test.use' op operand #0 does not dominate this use}}
    "test.use"(%r) : (i64) -> ()
  }) : () -> i64
}) : () -> ()

// -----

// Isolated-from-above ops (a module) cannot see values from outside.
%outer = "test.def"() : () -> i64
module {
  // expected-error@+1 {{use of undeclared SSA value name '%outer'}}
  "test.use"(%outer) : (i64) -> ()
}

// -----

// The entry block of a region cannot be a branch target.
"test.func"() ({
^bb0:
  // expected-error@+1 {{'test.br' op branches to the entry block of a region, which may not have predecessors}}
  "test.br"()[^bb0] : () -> ()
}) : () -> ()

// -----

// Symbols in a module must be unique.
// expected-note@+1 {{see existing symbol definition here}}
"test.sym"() {sym_name = "f"} : () -> ()
// expected-error@+1 {{redefinition of symbol named 'f'}}
"test.sym"() {sym_name = "f"} : () -> ()

// -----

// A module body is a single block without arguments.
// expected-error@+1 {{'builtin.module' op expects a body block without arguments}}
"builtin.module"() ({
^bb0(%a: i64):
}) : () -> ()

// -----

// expected-error@+1 {{'builtin.module' op requires 1 region, but found 0}}
"builtin.module"() : () -> ()

// -----

// expected-error@+1 {{'builtin.module' op requires 0 results, but found 1}}
%m = "builtin.module"() ({
}) : () -> i64

// -----

// expected-error@+1 {{'builtin.module' op expects region to have 0 or 1 blocks}}
"builtin.module"() ({
^bb0:
  "test.br"()[^bb1] : () -> ()
^bb1:
  "test.end"() : () -> ()
}) : () -> ()
