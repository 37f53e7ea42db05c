// RUN: not irc-opt %s -p 'canonicalize{test-convergence max-iterations=1}' --crash-reproducer=%t.repro --allow-unregistered-dialect 2>&1 | filecheck %s
// RUN: cat %t.repro | filecheck %s --check-prefix=REPRO

// A canonicalization that needs two scans does not converge in one: with test-convergence
// the pass fails, and the reproducer holds the pipeline and the input.
// CHECK: error: canonicalizer failed to converge within 1 iterations
// CHECK: note: pipeline failed; reproducer written to

// REPRO:      // configuration: -p 'canonicalize{max-iterations=1 max-num-rewrites=-1 region-simplify=true test-convergence=true}' --allow-unregistered-dialect
// REPRO-NEXT: module {
// REPRO-NEXT:   %0 = "test.x"() : () -> i32
%x = "test.x"() : () -> i32
%a = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
