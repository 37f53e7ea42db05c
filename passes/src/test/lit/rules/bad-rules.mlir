// RUN: not irc-opt %s -p 'builtin.module(apply-rules{rules=%S/Inputs/bad-op.rules})' 2>&1 | filecheck %s --check-prefix=OP
// RUN: not irc-opt %s -p 'builtin.module(apply-rules{rules=%S/Inputs/bad-syntax.rules})' 2>&1 | filecheck %s --check-prefix=SYNTAX
// RUN: not irc-opt %s -p 'builtin.module(apply-rules{rules=%S/Inputs/bad-vars.rules})' 2>&1 | filecheck %s --check-prefix=VARS
// RUN: not irc-opt %s -p 'builtin.module(apply-rules{rules=%S/Inputs/missing.rules})' 2>&1 | filecheck %s --check-prefix=MISSING

// OP: bad-op.rules:3:12: error: unknown op 'arith.adi'; did you mean 'arith.addi'?
// OP-NOT: error

// SYNTAX: bad-syntax.rules:1:38: error: expected '=>', but found 'x'

// VARS-DAG: bad-vars.rules:1:35: error: use of unbound variable 'z'
// VARS-DAG: bad-vars.rules:2:37: error: 'type(x)' is only allowed in results; constrain types in a pattern with a type variable ('x : T')
// VARS-DAG: bad-vars.rules:4:1: error: redefinition of rule 'twice'
// VARS-DAG: bad-vars.rules:3:1: note: previous definition is here

// MISSING: error: cannot read rule file

func.func @f(%x: i64) -> i64 {
  return %x : i64
}
