// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --emit-llvm-ir | filecheck %s --check-prefix=IR

// An indirect call: the callee is the function pointer in the first operand (MLIR's syntax),
// as the runtime calls the host write through the run's context.

// CHECK-LABEL: llvm.func @call_through
// CHECK: llvm.call %{{.*}}(%{{.*}}, %{{.*}}) : !llvm.ptr, (!llvm.ptr, i64) -> ()
// CHECK: %{{.*}} = llvm.call %{{.*}}(%{{.*}}) : !llvm.ptr, (i64) -> i64

// IR-LABEL: define i64 @call_through(ptr %0, ptr %1, i64 %2)
// IR: call void %0(ptr %1, i64 %2)
// IR: call i64 %{{[0-9]+}}(i64 %2)
llvm.func @call_through(%fp: !llvm.ptr, %data: !llvm.ptr, %n: i64) -> i64 {
  llvm.call %fp(%data, %n) : !llvm.ptr, (!llvm.ptr, i64) -> ()
  %slot = llvm.getelementptr %data[1] : (!llvm.ptr) -> !llvm.ptr, i64
  %g = llvm.load %slot : !llvm.ptr -> !llvm.ptr
  %r = llvm.call %g(%n) : !llvm.ptr, (i64) -> i64
  llvm.return %r : i64
}
