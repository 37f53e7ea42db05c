// RUN: not irc-opt %s 2> %t
// RUN: filecheck %s < %t

// Without --allow-unregistered-dialect, unknown dialects are an error shown with the source
// line and a caret.

// CHECK: unregistered.mlir:10:1: error: operation 'test.op' belongs to unregistered dialect 'test' (use --allow-unregistered-dialect to allow it)
// CHECK-NEXT: {{^}}"test.op"() : () -> ()
// CHECK-NEXT: {{^}}^
"test.op"() : () -> ()
