// RUN: irc-opt %s -p 'builtin.module(cse,canonicalize)' --allow-unregistered-dialect --timing -o /dev/null 2>&1 | filecheck %s
// RUN: irc-opt %s -p 'builtin.module(cse,canonicalize)' --allow-unregistered-dialect --mlir-pass-statistics -o /dev/null 2>&1 | filecheck %s --check-prefix=STATS

// CHECK:      ===-------------------------------------------------------------------------===
// CHECK-NEXT:                          ... Execution time report ...
// CHECK-NEXT: ===-------------------------------------------------------------------------===
// CHECK-NEXT:   Total Execution Time: {{[0-9]+\.[0-9]+}} seconds
// CHECK-EMPTY:
// CHECK-NEXT:   ----Wall Time----  ----Name----
// CHECK-NEXT:   {{.*}}  Parser
// CHECK-NEXT:   {{.*}}  'builtin.module' Pipeline
// CHECK-NEXT:   {{.*}}    CSE
// CHECK-NEXT:   {{.*}}    Canonicalizer
// CHECK-NEXT:   {{.*}}  Output
// CHECK-NEXT:   {{.*}}  Rest
// CHECK-NEXT:   {{.*}} (100.0%)  Total

// STATS:      ... Pass statistics report ...
// STATS:      'builtin.module' Pipeline
// STATS-NEXT:   CSE
// STATS-NEXT:     (S) 1 num-cse'd - Number of operations CSE'd
// STATS-NEXT:   Canonicalizer
// STATS-NEXT:     (S) 0 num-folded - Number of ops folded
// STATS-NEXT:     (S) 0 num-rewrites - Number of pattern rewrites
// STATS-NEXT:     (S) 1 num-dead - Number of dead ops erased
%x = "test.x"() : () -> i32
%a = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
%b = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
%c = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i8
"test.use"(%a, %b) : (i64, i64) -> ()
