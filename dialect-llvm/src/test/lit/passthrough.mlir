// RUN: irc-opt %s | filecheck %s --check-prefix=ROUNDTRIP
// RUN: irc-opt %s --emit-llvm-ir | filecheck %s --check-prefix=IR
// RUN: irc-opt %s --emit-llvm-ir --llvm-o2 | filecheck %s --check-prefix=O2

// LLVM function attributes passed through as in MLIR; "no-builtin-pow" keeps LLVM from treating
// pow as the builtin it could rewrite (pow(x, 2.0) to x * x).

llvm.func @pow(f64, f64) -> f64

// ROUNDTRIP: llvm.func @square(%arg0: f64) -> f64 attributes {passthrough = ["nounwind", "no-builtin-pow", ["frame-pointer", "all"]]}
// IR: define double @square(double %0) #[[A:[0-9]+]]
// IR: attributes #[[A]] = { nounwind "frame-pointer"="all" "no-builtin-pow" }
// O2: call double @pow(double %0, double 2.000000e+00)
llvm.func @square(%x: f64) -> f64 attributes {passthrough = ["nounwind", "no-builtin-pow", ["frame-pointer", "all"]]} {
  %two = llvm.mlir.constant(2.0 : f64) : f64
  %r = llvm.call @pow(%x, %two) : (f64, f64) -> f64
  llvm.return %r : f64
}

// Without it, LLVM's O2 squares.
// O2-LABEL: define double @builtin_square
// O2-NOT: @pow
// O2: fmul double
llvm.func @builtin_square(%x: f64) -> f64 {
  %two = llvm.mlir.constant(2.0 : f64) : f64
  %r = llvm.call @pow(%x, %two) : (f64, f64) -> f64
  llvm.return %r : f64
}
