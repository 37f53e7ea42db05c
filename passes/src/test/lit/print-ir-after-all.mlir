// RUN: irc-opt %s -p 'cse,dce' --allow-unregistered-dialect --print-ir-after-all -o /dev/null 2>&1 | filecheck %s
// RUN: irc-opt %s --cse --dce --allow-unregistered-dialect --mlir-print-ir-before-all -o /dev/null 2>&1 | filecheck %s --check-prefix=BEFORE
// RUN: irc-opt %s -p 'cse,dce' --allow-unregistered-dialect --print-ir-after-change -o /dev/null 2>&1 | filecheck %s --check-prefix=CHANGE
// RUN: irc-opt %s -p 'cse,cse' --allow-unregistered-dialect --print-ir-after-change -o /dev/null 2>&1 | filecheck %s --check-prefix=ONCE
// RUN: irc-opt %s -p 'cse,dce' --allow-unregistered-dialect --print-ir-after=dce -o /dev/null 2>&1 | filecheck %s --check-prefix=ONLY

// CHECK:      // -----// IR Dump After CSE (cse) //----- //
// CHECK-NEXT: module {
// CHECK-NEXT:   %0 = "test.x"() : () -> i32
// CHECK-NEXT:   %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> i64
// CHECK-NEXT:   %2 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> i8
// CHECK-NEXT:   "test.use"(%1, %1) : (i64, i64) -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----// IR Dump After DeadCodeElimination (dce) //----- //
// CHECK-NEXT: module {
// CHECK-NEXT:   %0 = "test.x"() : () -> i32
// CHECK-NEXT:   %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> i64
// CHECK-NEXT:   "test.use"(%1, %1) : (i64, i64) -> ()
// CHECK-NEXT: }

// BEFORE:     // -----// IR Dump Before CSE (cse) //----- //
// BEFORE:     // -----// IR Dump Before DeadCodeElimination (dce) //----- //

// CHANGE:     IR Dump After CSE (cse)
// CHANGE:     IR Dump After DeadCodeElimination (dce)

// The second cse changes nothing, so it is not dumped.
// ONCE:       IR Dump After CSE (cse)
// ONCE-NOT:   IR Dump

// ONLY-NOT:   IR Dump After CSE
// ONLY:       IR Dump After DeadCodeElimination (dce)
%x = "test.x"() : () -> i32
%a = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
%b = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i8
%c = "builtin.unrealized_conversion_cast"(%x) : (i32) -> i64
"test.use"(%a, %c) : (i64, i64) -> ()
