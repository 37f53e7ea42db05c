// RUN: irc-opt %s | filecheck %s
// RUN: irc-opt %s --print-op-generic | irc-opt | filecheck %s
// RUN: irc-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// Every arith op in its custom form; printing and parsing back (also through the generic
// form) gives the same text.

// CHECK-LABEL: func.func @constants() -> (i64, i1, i1, f64, f32, index, i8) {
// CHECK-NEXT:    %0 = arith.constant 42 : i64
// CHECK-NEXT:    %1 = arith.constant true
// CHECK-NEXT:    %2 = arith.constant false
// CHECK-NEXT:    %3 = arith.constant -1.5 : f64
// CHECK-NEXT:    %4 = arith.constant 2.5 : f32
// CHECK-NEXT:    %5 = arith.constant 7 : index
// CHECK-NEXT:    %6 = arith.constant -128 : i8
// CHECK-NEXT:    func.return %0, %1, %2, %3, %4, %5, %6 : i64, i1, i1, f64, f32, index, i8
// GENERIC: "arith.constant"() {value = 42 : i64} : () -> i64
// GENERIC: "arith.constant"() {value = true} : () -> i1
func.func @constants() -> (i64, i1, i1, f64, f32, index, i8) {
  %c42 = arith.constant 42 : i64
  %t = arith.constant true
  %f = arith.constant false
  %x = arith.constant -1.5 : f64
  %y = arith.constant 2.5 : f32
  %i = arith.constant 7 : index
  %m = arith.constant -128 : i8
  func.return %c42, %t, %f, %x, %y, %i, %m : i64, i1, i1, f64, f32, index, i8
}

// CHECK-LABEL: func.func @integers(%arg0: i64, %arg1: i64) -> i64 {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i64
// CHECK-NEXT:    %1 = arith.subi %0, %arg1 : i64
// CHECK-NEXT:    %2 = arith.muli %1, %arg1 : i64
// CHECK-NEXT:    %3 = arith.divsi %2, %arg1 : i64
// CHECK-NEXT:    %4 = arith.divui %3, %arg1 : i64
// CHECK-NEXT:    %5 = arith.remsi %4, %arg1 : i64
// CHECK-NEXT:    %6 = arith.remui %5, %arg1 : i64
// CHECK-NEXT:    %7 = arith.floordivsi %6, %arg1 : i64
// CHECK-NEXT:    %8 = arith.ceildivsi %7, %arg1 : i64
// CHECK-NEXT:    %9 = arith.andi %8, %arg1 : i64
// CHECK-NEXT:    %10 = arith.ori %9, %arg1 : i64
// CHECK-NEXT:    %11 = arith.xori %10, %arg1 : i64
// CHECK-NEXT:    %12 = arith.shli %11, %arg1 : i64
// CHECK-NEXT:    %13 = arith.shrsi %12, %arg1 : i64
// CHECK-NEXT:    %14 = arith.shrui %13, %arg1 : i64
// CHECK-NEXT:    %15 = arith.maxsi %14, %arg1 : i64
// CHECK-NEXT:    %16 = arith.minsi %15, %arg1 : i64
// CHECK-NEXT:    %17 = arith.maxui %16, %arg1 : i64
// CHECK-NEXT:    %18 = arith.minui %17, %arg1 {tag = "kept"} : i64
// CHECK-NEXT:    func.return %18 : i64
// GENERIC: "arith.addi"(%arg0, %arg1) : (i64, i64) -> i64
func.func @integers(%a: i64, %b: i64) -> i64 {
  %0 = arith.addi %a, %b : i64
  %1 = arith.subi %0, %b : i64
  %2 = arith.muli %1, %b : i64
  %3 = arith.divsi %2, %b : i64
  %4 = arith.divui %3, %b : i64
  %5 = arith.remsi %4, %b : i64
  %6 = arith.remui %5, %b : i64
  %7 = arith.floordivsi %6, %b : i64
  %8 = arith.ceildivsi %7, %b : i64
  %9 = arith.andi %8, %b : i64
  %10 = arith.ori %9, %b : i64
  %11 = arith.xori %10, %b : i64
  %12 = arith.shli %11, %b : i64
  %13 = arith.shrsi %12, %b : i64
  %14 = arith.shrui %13, %b : i64
  %15 = arith.maxsi %14, %b : i64
  %16 = arith.minsi %15, %b : i64
  %17 = arith.maxui %16, %b : i64
  %18 = arith.minui %17, %b {tag = "kept"} : i64
  func.return %18 : i64
}

// CHECK-LABEL: func.func @index_and_i1(%arg0: index, %arg1: i1) -> (index, i1) {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg0 : index
// CHECK-NEXT:    %1 = arith.xori %arg1, %arg1 : i1
func.func @index_and_i1(%i: index, %c: i1) -> (index, i1) {
  %0 = arith.addi %i, %i : index
  %1 = arith.xori %c, %c : i1
  func.return %0, %1 : index, i1
}

// CHECK-LABEL: func.func @floats(%arg0: f64, %arg1: f64) -> f64 {
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg1 : f64
// CHECK-NEXT:    %1 = arith.subf %0, %arg1 : f64
// CHECK-NEXT:    %2 = arith.mulf %1, %arg1 : f64
// CHECK-NEXT:    %3 = arith.divf %2, %arg1 : f64
// CHECK-NEXT:    %4 = arith.remf %3, %arg1 : f64
// CHECK-NEXT:    %5 = arith.negf %4 : f64
// CHECK-NEXT:    %6 = arith.maximumf %5, %arg1 : f64
// CHECK-NEXT:    %7 = arith.minimumf %6, %arg1 : f64
// CHECK-NEXT:    func.return %7 : f64
// GENERIC: "arith.negf"(%{{.*}}) : (f64) -> f64
func.func @floats(%a: f64, %b: f64) -> f64 {
  %0 = arith.addf %a, %b : f64
  %1 = arith.subf %0, %b : f64
  %2 = arith.mulf %1, %b : f64
  %3 = arith.divf %2, %b : f64
  %4 = arith.remf %3, %b : f64
  %5 = arith.negf %4 : f64
  %6 = arith.maximumf %5, %b : f64
  %7 = arith.minimumf %6, %b : f64
  func.return %7 : f64
}

// CHECK-LABEL: func.func @cmpi(%arg0: i32, %arg1: i32) {
// CHECK-NEXT:    %0 = arith.cmpi eq, %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.cmpi ne, %arg0, %arg1 : i32
// CHECK-NEXT:    %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT:    %3 = arith.cmpi sle, %arg0, %arg1 : i32
// CHECK-NEXT:    %4 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT:    %5 = arith.cmpi sge, %arg0, %arg1 : i32
// CHECK-NEXT:    %6 = arith.cmpi ult, %arg0, %arg1 : i32
// CHECK-NEXT:    %7 = arith.cmpi ule, %arg0, %arg1 : i32
// CHECK-NEXT:    %8 = arith.cmpi ugt, %arg0, %arg1 : i32
// CHECK-NEXT:    %9 = arith.cmpi uge, %arg0, %arg1 : i32
// CHECK-NEXT:    func.return
// GENERIC: "arith.cmpi"(%arg0, %arg1) {predicate = 0 : i64} : (i32, i32) -> i1
// GENERIC: "arith.cmpi"(%arg0, %arg1) {predicate = 9 : i64} : (i32, i32) -> i1
func.func @cmpi(%a: i32, %b: i32) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi uge, %a, %b : i32
  func.return
}

// CHECK-LABEL: func.func @cmpf(%arg0: f32, %arg1: f32) {
// CHECK-NEXT:    %0 = arith.cmpf false, %arg0, %arg1 : f32
// CHECK-NEXT:    %1 = arith.cmpf oeq, %arg0, %arg1 : f32
// CHECK-NEXT:    %2 = arith.cmpf ogt, %arg0, %arg1 : f32
// CHECK-NEXT:    %3 = arith.cmpf oge, %arg0, %arg1 : f32
// CHECK-NEXT:    %4 = arith.cmpf olt, %arg0, %arg1 : f32
// CHECK-NEXT:    %5 = arith.cmpf ole, %arg0, %arg1 : f32
// CHECK-NEXT:    %6 = arith.cmpf one, %arg0, %arg1 : f32
// CHECK-NEXT:    %7 = arith.cmpf ord, %arg0, %arg1 : f32
// CHECK-NEXT:    %8 = arith.cmpf ueq, %arg0, %arg1 : f32
// CHECK-NEXT:    %9 = arith.cmpf ugt, %arg0, %arg1 : f32
// CHECK-NEXT:    %10 = arith.cmpf uge, %arg0, %arg1 : f32
// CHECK-NEXT:    %11 = arith.cmpf ult, %arg0, %arg1 : f32
// CHECK-NEXT:    %12 = arith.cmpf ule, %arg0, %arg1 : f32
// CHECK-NEXT:    %13 = arith.cmpf une, %arg0, %arg1 : f32
// CHECK-NEXT:    %14 = arith.cmpf uno, %arg0, %arg1 : f32
// CHECK-NEXT:    %15 = arith.cmpf true, %arg0, %arg1 : f32
// GENERIC: "arith.cmpf"(%arg0, %arg1) {predicate = 15 : i64} : (f32, f32) -> i1
func.func @cmpf(%a: f32, %b: f32) {
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %a, %b : f32
  %4 = arith.cmpf olt, %a, %b : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %b : f32
  %8 = arith.cmpf ueq, %a, %b : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %b : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %a, %b : f32
  %13 = arith.cmpf une, %a, %b : f32
  %14 = arith.cmpf uno, %a, %b : f32
  %15 = arith.cmpf true, %a, %b : f32
  func.return
}

// CHECK-LABEL: func.func @select_and_casts(%arg0: i1, %arg1: i32, %arg2: f64) -> i64 {
// CHECK-NEXT:    %0 = arith.select %arg0, %arg1, %arg1 : i32
// CHECK-NEXT:    %1 = arith.extsi %0 : i32 to i64
// CHECK-NEXT:    %2 = arith.extui %0 : i32 to i64
// CHECK-NEXT:    %3 = arith.trunci %1 : i64 to i16
// CHECK-NEXT:    %4 = arith.sitofp %3 : i16 to f32
// CHECK-NEXT:    %5 = arith.fptosi %arg2 : f64 to i64
// CHECK-NEXT:    func.return %5 : i64
// GENERIC: "arith.select"(%arg0, %arg1, %arg1) : (i1, i32, i32) -> i32
// GENERIC: "arith.extsi"(%{{.*}}) : (i32) -> i64
func.func @select_and_casts(%c: i1, %x: i32, %f: f64) -> i64 {
  %0 = arith.select %c, %x, %x : i32
  %1 = arith.extsi %0 : i32 to i64
  %2 = arith.extui %0 : i32 to i64
  %3 = arith.trunci %1 : i64 to i16
  %4 = arith.sitofp %3 : i16 to f32
  %5 = arith.fptosi %f : f64 to i64
  func.return %5 : i64
}

// irc extensions: overflow-checked arithmetic with an i1 overflow flag.
// CHECK-LABEL: func.func @checked(%arg0: i64, %arg1: i64) -> (i64, i1) {
// CHECK-NEXT:    %0:2 = arith.checked_addi %arg0, %arg1 : i64
// CHECK-NEXT:    %1:2 = arith.checked_subi %0, %arg1 : i64
// CHECK-NEXT:    %2:2 = arith.checked_muli %1, %0 : i64
// CHECK-NEXT:    func.return %2, %2#1 : i64, i1
// GENERIC: "arith.checked_addi"(%arg0, %arg1) : (i64, i64) -> (i64, i1)
func.func @checked(%a: i64, %b: i64) -> (i64, i1) {
  %s, %o1 = arith.checked_addi %a, %b : i64
  %d, %o2 = arith.checked_subi %s, %b : i64
  %p:2 = arith.checked_muli %d, %s : i64
  func.return %p#0, %p#1 : i64, i1
}
