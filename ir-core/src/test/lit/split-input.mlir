// RUN: irc-opt %s --split-input-file --allow-unregistered-dialect | filecheck %s

// Each chunk is its own module; outputs are separated by the marker.

// CHECK: "test.first"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT: "test.second"() : () -> ()
"test.first"() : () -> ()

// -----

"test.second"() : () -> ()
