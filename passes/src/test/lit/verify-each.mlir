// RUN: irc-opt %s --canonicalize --cse --verify-each=false --mlir-disable-threading | filecheck %s
// RUN: irc-opt %s --canonicalize='max-iterations=1 region-simplify=false' --verify-each | filecheck %s

// Pass flags run in command-line order and accept options MLIR-style.
// CHECK: module {
// CHECK-NEXT: }
module {
}
