// RUN: irc-opt %s | filecheck %s

// CHECK-LABEL: llvm.mlir.global internal constant @str("hi\0A\00")
llvm.mlir.global internal constant @str("hi\0A\00")
// CHECK: llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @printf(!llvm.ptr, ...) -> i32

// CHECK-LABEL: llvm.func internal @ops(%arg0: i64, %arg1: i64, %arg2: f64) -> i64
llvm.func internal @ops(%a: i64, %b: i64, %x: f64) -> i64 {
  // CHECK-NEXT: llvm.mlir.constant(42 : i64) : i64
  %c = llvm.mlir.constant(42 : i64) : i64
  // CHECK-NEXT: llvm.mlir.constant(true) : i1
  %t = llvm.mlir.constant(true) : i1
  // CHECK-NEXT: llvm.add %arg0, %arg1 : i64
  %0 = llvm.add %a, %b : i64
  // CHECK-NEXT: llvm.icmp "slt" %arg0, %arg1 : i64
  %1 = llvm.icmp "slt" %a, %b : i64
  // CHECK-NEXT: llvm.fcmp "_true" %arg2, %arg2 : f64
  %2 = llvm.fcmp "_true" %x, %x : f64
  // CHECK-NEXT: llvm.select %{{.*}}, %arg0, %arg1 : i1, i64
  %3 = llvm.select %1, %a, %b : i1, i64
  // CHECK-NEXT: llvm.sext %{{.*}} : i1 to i64
  %4 = llvm.sext %1 : i1 to i64
  // CHECK-NEXT: llvm.fneg %arg2 : f64
  %5 = llvm.fneg %x : f64
  // CHECK-NEXT: "llvm.intr.sadd.with.overflow"(%arg0, %arg1) : (i64, i64) -> !llvm.struct<(i64, i1)>
  %6 = "llvm.intr.sadd.with.overflow"(%a, %b) : (i64, i64) -> !llvm.struct<(i64, i1)>
  // CHECK-NEXT: llvm.extractvalue %{{.*}}[1] : !llvm.struct<(i64, i1)>
  %7 = llvm.extractvalue %6[1] : !llvm.struct<(i64, i1)>
  // CHECK-NEXT: llvm.mlir.addressof @str : !llvm.ptr
  %p = llvm.mlir.addressof @str : !llvm.ptr
  // CHECK-NEXT: llvm.call @printf(%{{.*}}, %arg0) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i64) -> i32
  %r = llvm.call @printf(%p, %a) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i64) -> i32
  // CHECK-NEXT: llvm.alloca %{{.*}} x i64 : (i64) -> !llvm.ptr
  %al = llvm.alloca %c x i64 : (i64) -> !llvm.ptr
  // CHECK-NEXT: llvm.store %arg0, %{{.*}} : i64, !llvm.ptr
  llvm.store %a, %al : i64, !llvm.ptr
  // CHECK-NEXT: llvm.load %{{.*}} : !llvm.ptr -> i64
  %l = llvm.load %al : !llvm.ptr -> i64
  // CHECK-NEXT: llvm.getelementptr %{{.*}}[0, %arg0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<4 x i8>
  %g = llvm.getelementptr %p[0, %a] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<4 x i8>
  // CHECK-NEXT: llvm.intr.maximum(%arg2, %arg2) : (f64, f64) -> f64
  %m = llvm.intr.maximum(%x, %x) : (f64, f64) -> f64
  // CHECK-NEXT: llvm.cond_br %{{.*}}, ^bb1(%arg0 : i64), ^bb2
  llvm.cond_br %1, ^bb1(%a : i64), ^bb2
^bb1(%z: i64):
  // CHECK: llvm.br ^bb2
  llvm.br ^bb2
^bb2:
  // CHECK: llvm.return %{{.*}} : i64
  llvm.return %0 : i64
}

// CHECK-LABEL: llvm.func @dead()
llvm.func @dead() {
  // CHECK-NEXT: llvm.unreachable
  llvm.unreachable
}
