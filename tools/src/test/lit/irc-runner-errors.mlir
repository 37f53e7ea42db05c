// RUN: not irc-runner %s -e twic 2>&1 | filecheck %s --check-prefix=NAME
// RUN: not irc-runner %s -e twice 2>&1 | filecheck %s --check-prefix=COUNT
// RUN: not irc-runner %s -e twice x 2>&1 | filecheck %s --check-prefix=NUMBER
// RUN: not irc-opt %s --load-dialect-plugin=%s.missing.jar 2>&1 | filecheck %s --check-prefix=PLUGIN

// NAME: irc-runner: error: no function @twic (did you mean @twice?)
// COUNT: irc-runner: error: the function takes 1 argument [i64], but 0 were given
// NUMBER: irc-runner: error: 'x' is not a number of type i64
// PLUGIN: irc-opt: error: plugin '{{.*}}.missing.jar' does not exist

func.func @twice(%n: i64) -> i64 {
  %r = arith.addi %n, %n : i64
  return %r : i64
}

// RUN: not irc-runner %S/Inputs/declares-external.mlir -e main 2>&1 | filecheck %s --check-prefix=EXTERNAL
// EXTERNAL: irc-runner: error: the IR declares @not_defined_anywhere but nothing defines it: a dialect's jar provides such functions (ExternalFunctionProvider); load it with --load-dialect-plugin=JAR
