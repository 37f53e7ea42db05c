// RUN: irc-opt %s -p 'builtin.module(convert-to-llvm)' | filecheck %s

// CHECK-LABEL: llvm.func @arith(%arg0: i64, %arg1: i64, %arg2: f64) -> i64
func.func @arith(%a: i64, %b: i64, %x: f64) -> i64 {
  // CHECK-NEXT: llvm.mlir.constant(7 : i64) : i64
  %c = arith.constant 7 : i64
  // CHECK-NEXT: llvm.add %arg0, %arg1 : i64
  %0 = arith.addi %a, %b : i64
  // CHECK-NEXT: llvm.sub
  %1 = arith.subi %0, %c : i64
  // CHECK-NEXT: llvm.mul
  %2 = arith.muli %1, %b : i64
  // CHECK-NEXT: llvm.sdiv
  %3 = arith.divsi %2, %b : i64
  // CHECK-NEXT: llvm.udiv
  %4 = arith.divui %3, %b : i64
  // CHECK-NEXT: llvm.srem
  %5 = arith.remsi %4, %b : i64
  // CHECK-NEXT: llvm.urem
  %6 = arith.remui %5, %b : i64
  // CHECK-NEXT: llvm.and
  %7 = arith.andi %6, %b : i64
  // CHECK-NEXT: llvm.or
  %8 = arith.ori %7, %b : i64
  // CHECK-NEXT: llvm.xor
  %9 = arith.xori %8, %b : i64
  // CHECK-NEXT: llvm.shl
  %10 = arith.shli %9, %b : i64
  // CHECK-NEXT: llvm.ashr
  %11 = arith.shrsi %10, %b : i64
  // CHECK-NEXT: llvm.lshr
  %12 = arith.shrui %11, %b : i64
  // CHECK-NEXT: [[C:%.*]] = llvm.icmp "sgt" %{{.*}}, %arg1 : i64
  // CHECK-NEXT: llvm.select [[C]], %{{.*}}, %arg1 : i1, i64
  %13 = arith.maxsi %12, %b : i64
  // CHECK-NEXT: llvm.icmp "ult"
  // CHECK-NEXT: llvm.select
  %14 = arith.minui %13, %b : i64
  // CHECK-NEXT: llvm.fadd %arg2, %arg2 : f64
  %f0 = arith.addf %x, %x : f64
  // CHECK-NEXT: llvm.fsub
  %f1 = arith.subf %f0, %x : f64
  // CHECK-NEXT: llvm.fmul
  %f2 = arith.mulf %f1, %x : f64
  // CHECK-NEXT: llvm.fdiv
  %f3 = arith.divf %f2, %x : f64
  // CHECK-NEXT: llvm.frem
  %f4 = arith.remf %f3, %x : f64
  // CHECK-NEXT: llvm.fneg
  %f5 = arith.negf %f4 : f64
  // CHECK-NEXT: llvm.intr.maximum
  %f6 = arith.maximumf %f5, %x : f64
  // CHECK-NEXT: llvm.intr.minimum
  %f7 = arith.minimumf %f6, %x : f64
  // CHECK-NEXT: llvm.fcmp "olt" %{{.*}}, %arg2 : f64
  %lt = arith.cmpf olt, %f7, %x : f64
  // CHECK-NEXT: llvm.icmp "sle" %{{.*}}, %arg1 : i64
  %le = arith.cmpi sle, %14, %b : i64
  // CHECK-NEXT: llvm.select %{{.*}}, %{{.*}}, %arg1 : i1, i64
  %s = arith.select %lt, %14, %b : i64
  // CHECK-NEXT: llvm.zext %{{.*}} : i1 to i64
  %z = arith.extui %le : i1 to i64
  // CHECK-NEXT: llvm.trunc %{{.*}} : i64 to i32
  %t = arith.trunci %z : i64 to i32
  // CHECK-NEXT: llvm.sext %{{.*}} : i32 to i64
  %e = arith.extsi %t : i32 to i64
  // CHECK-NEXT: llvm.sitofp %{{.*}} : i64 to f64
  %fp = arith.sitofp %e : i64 to f64
  // CHECK-NEXT: llvm.fptosi %{{.*}} : f64 to i64
  %ip = arith.fptosi %fp : f64 to i64
  // CHECK-NEXT: llvm.return %{{.*}} : i64
  return %ip : i64
}

// CHECK-LABEL: llvm.func @floordiv(%arg0: i64, %arg1: i64) -> i64
func.func @floordiv(%a: i64, %b: i64) -> i64 {
  // CHECK-NEXT: [[Q:%.*]] = llvm.sdiv %arg0, %arg1 : i64
  // CHECK-NEXT: [[R:%.*]] = llvm.srem %arg0, %arg1 : i64
  // CHECK-NEXT: [[ZERO:%.*]] = llvm.mlir.constant(0 : i64) : i64
  // CHECK-NEXT: [[ONE:%.*]] = llvm.mlir.constant(1 : i64) : i64
  // CHECK-NEXT: [[INEXACT:%.*]] = llvm.icmp "ne" [[R]], [[ZERO]] : i64
  // CHECK-NEXT: [[RNEG:%.*]] = llvm.icmp "slt" [[R]], [[ZERO]] : i64
  // CHECK-NEXT: [[BNEG:%.*]] = llvm.icmp "slt" %arg1, [[ZERO]] : i64
  // CHECK-NEXT: [[DIFF:%.*]] = llvm.icmp "ne" [[RNEG]], [[BNEG]] : i1
  // CHECK-NEXT: [[ADJ:%.*]] = llvm.and [[INEXACT]], [[DIFF]] : i1
  // CHECK-NEXT: [[QM1:%.*]] = llvm.sub [[Q]], [[ONE]] : i64
  // CHECK-NEXT: llvm.select [[ADJ]], [[QM1]], [[Q]] : i1, i64
  %q = arith.floordivsi %a, %b : i64
  // CHECK: llvm.icmp "eq"
  // CHECK: llvm.add
  // CHECK-NEXT: llvm.select
  %c = arith.ceildivsi %q, %b : i64
  return %c : i64
}

// CHECK-LABEL: llvm.func @checked(%arg0: i64, %arg1: i64) -> i1
func.func @checked(%a: i64, %b: i64) -> i1 {
  // CHECK-NEXT: [[S:%.*]] = "llvm.intr.sadd.with.overflow"(%arg0, %arg1) : (i64, i64) -> !llvm.struct<(i64, i1)>
  // CHECK-NEXT: llvm.extractvalue [[S]][0] : !llvm.struct<(i64, i1)>
  // CHECK-NEXT: llvm.extractvalue [[S]][1] : !llvm.struct<(i64, i1)>
  %r, %o = arith.checked_addi %a, %b : i64
  // CHECK: "llvm.intr.ssub.with.overflow"
  %r2, %o2 = arith.checked_subi %r, %b : i64
  // CHECK: "llvm.intr.smul.with.overflow"
  %r3, %o3 = arith.checked_muli %r2, %b : i64
  return %o3 : i1
}

// CHECK-LABEL: llvm.func internal @loop(%arg0: i64) -> i64
func.func private @loop(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  // CHECK: llvm.br ^bb1(%{{.*}} : i64)
  cf.br ^head(%n : i64)
^head(%k: i64):
  %done = arith.cmpi sle, %k, %c0 : i64
  // CHECK: llvm.cond_br %{{.*}}, ^bb2, ^bb1(%{{.*}} : i64)
  %k1 = arith.addi %k, %c0 : i64
  cf.cond_br %done, ^exit, ^head(%k1 : i64)
^exit:
  %r = func.call @loop(%k) : (i64) -> i64
  // CHECK: llvm.call @loop(%{{.*}}) : (i64) -> i64
  return %r : i64
}
