// RUN: irc-opt %s --split-input-file --verify-diagnostics

llvm.func @not_a_pointer(%fp: i64) {
  // expected-error@+1 {{'llvm.call' op an indirect call needs a function pointer (!llvm.ptr) as its first operand}}
  "llvm.call"(%fp) : (i64) -> ()
  llvm.return
}
