// RUN: not irc-opt %s -p 'builtin.module(func.func(canonicalise))' 2>&1 | filecheck %s --check-prefix=UNKNOWN
// RUN: not irc-opt %s -p 'canonicalize{max-iteration=3}' 2>&1 | filecheck %s --check-prefix=OPTION
// RUN: not irc-opt %s -p 'builtin.module(cse' 2>&1 | filecheck %s --check-prefix=PAREN
// RUN: not irc-opt %s --canonicalize=max-iterations=x 2>&1 | filecheck %s --check-prefix=FLAG
// RUN: not irc-opt %s -p cse --dce 2>&1 | filecheck %s --check-prefix=BOTH
// RUN: not irc-opt %s -p 'func.func(cse)' 2>&1 | filecheck %s --check-prefix=ANCHOR

// UNKNOWN:      irc-opt: error: unknown pass 'canonicalise'; did you mean 'canonicalize'?
// UNKNOWN-NEXT:   builtin.module(func.func(canonicalise))
// UNKNOWN-NEXT: {{^}}                            ^

// OPTION:      irc-opt: error: unknown option 'max-iteration' for pass 'canonicalize'; did you mean 'max-iterations'?
// OPTION-NEXT:   canonicalize{max-iteration=3}
// OPTION-NEXT: {{^}}                ^

// PAREN:      irc-opt: error: unbalanced '(' in pipeline: expected ')'
// PAREN-NEXT:   builtin.module(cse
// PAREN-NEXT: {{^}}                 ^

// FLAG: irc-opt: error: invalid value 'x' for option 'max-iterations' of pass 'canonicalize': expected an integer

// BOTH: irc-opt: error: '-p' cannot be combined with individual pass flags (--dce)

// ANCHOR: error: can't run 'func.func' pass pipeline on 'builtin.module' op
module {
}
