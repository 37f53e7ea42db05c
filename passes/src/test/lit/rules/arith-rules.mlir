// RUN: irc-opt %s --split-input-file -p 'builtin.module(func.func(apply-rules))' | filecheck %s

// One case per rule of dialect-arith's arith.rules, applied without folding; the
// no_* cases at the end are rewrites that would be wrong (IEEE -0.0, NaN, widths).

// CHECK-LABEL: func.func @add_zero(
// CHECK-NEXT:  return %arg0
func.func @add_zero(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.addi %x, %c0 : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @add_zero_commuted(
// CHECK-NEXT:  return %arg0
func.func @add_zero_commuted(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.addi %c0, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @add_zero_index(
// CHECK-NEXT:  return %arg0
func.func @add_zero_index(%x: index) -> index {
  %c0 = arith.constant 0 : index
  %r = arith.addi %x, %c0 : index
  return %r : index
}

// -----

// CHECK-LABEL: func.func @sub_zero(
// CHECK-NEXT:  return %arg0
func.func @sub_zero(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.subi %x, %c0 : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @sub_self(
// CHECK-NEXT:  %[[Z:.*]] = arith.constant 0 : i32
// CHECK-NEXT:  return %[[Z]]
func.func @sub_self(%x: i32) -> i32 {
  %r = arith.subi %x, %x : i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @mul_one(
// CHECK-NEXT:  return %arg0
func.func @mul_one(%x: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %r = arith.muli %c1, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @mul_one_i1(
// CHECK-NEXT:  return %arg0
func.func @mul_one_i1(%x: i1) -> i1 {
  %t = arith.constant true
  %r = arith.muli %x, %t : i1
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @mul_zero(
// CHECK-NEXT:  %[[Z:.*]] = arith.constant 0 : i64
// CHECK-NEXT:  return %[[Z]]
func.func @mul_zero(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.muli %x, %c0 : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @and_self(
// CHECK-NEXT:  return %arg0
func.func @and_self(%x: i64) -> i64 {
  %r = arith.andi %x, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @and_zero(
// CHECK-NEXT:  %[[Z:.*]] = arith.constant 0 : i8
// CHECK-NEXT:  return %[[Z]]
func.func @and_zero(%x: i8) -> i8 {
  %c0 = arith.constant 0 : i8
  %r = arith.andi %x, %c0 : i8
  return %r : i8
}

// -----

// CHECK-LABEL: func.func @and_ones(
// CHECK-NEXT:  return %arg0
func.func @and_ones(%x: i8) -> i8 {
  %m = arith.constant -1 : i8
  %r = arith.andi %m, %x : i8
  return %r : i8
}

// -----

// CHECK-LABEL: func.func @or_self(
// CHECK-NEXT:  return %arg0
func.func @or_self(%x: i64) -> i64 {
  %r = arith.ori %x, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @or_zero(
// CHECK-NEXT:  return %arg0
func.func @or_zero(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.ori %c0, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @or_ones(
// CHECK-NEXT:  %[[M:.*]] = arith.constant -1 : i16
// CHECK-NEXT:  return %[[M]]
func.func @or_ones(%x: i16) -> i16 {
  %m = arith.constant -1 : i16
  %r = arith.ori %x, %m : i16
  return %r : i16
}

// -----

// CHECK-LABEL: func.func @xor_self(
// CHECK-NEXT:  %[[Z:.*]] = arith.constant 0 : i64
// CHECK-NEXT:  return %[[Z]]
func.func @xor_self(%x: i64) -> i64 {
  %r = arith.xori %x, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @xor_zero(
// CHECK-NEXT:  return %arg0
func.func @xor_zero(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r = arith.xori %x, %c0 : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @xor_twice(
// CHECK-NEXT:  return %arg0
func.func @xor_twice(%x: i64, %y: i64) -> i64 {
  %a = arith.xori %y, %x : i64
  %r = arith.xori %y, %a : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @add_sub(
// CHECK-NEXT:  return %arg0
func.func @add_sub(%x: i64, %y: i64) -> i64 {
  %a = arith.subi %x, %y : i64
  %r = arith.addi %y, %a : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @sub_add(
// CHECK-NEXT:  return %arg1
func.func @sub_add(%x: i64, %y: i64) -> i64 {
  %a = arith.addi %x, %y : i64
  %r = arith.subi %a, %x : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @sub_sub(
// CHECK-NEXT:  return %arg1
func.func @sub_sub(%x: i64, %y: i64) -> i64 {
  %a = arith.subi %x, %y : i64
  %r = arith.subi %x, %a : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @cmp_self_sle(
// CHECK-NEXT:  %[[T:.*]] = arith.constant true
// CHECK-NEXT:  return %[[T]]
func.func @cmp_self_sle(%x: i64) -> i1 {
  %r = arith.cmpi sle, %x, %x : i64
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @cmp_self_ult(
// CHECK-NEXT:  %[[F:.*]] = arith.constant false
// CHECK-NEXT:  return %[[F]]
func.func @cmp_self_ult(%x: i64) -> i1 {
  %r = arith.cmpi ult, %x, %x : i64
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @select_true(
// CHECK-NEXT:  return %arg0
func.func @select_true(%a: i64, %b: i64) -> i64 {
  %t = arith.constant true
  %r = arith.select %t, %a, %b : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @select_false(
// CHECK-NEXT:  return %arg1
func.func @select_false(%a: i64, %b: i64) -> i64 {
  %f = arith.constant false
  %r = arith.select %f, %a, %b : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @select_same(
// CHECK-NEXT:  return %arg1
func.func @select_same(%c: i1, %a: f64) -> f64 {
  %r = arith.select %c, %a, %a : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @select_cond(
// CHECK-NEXT:  return %arg0
func.func @select_cond(%c: i1) -> i1 {
  %t = arith.constant true
  %f = arith.constant false
  %r = arith.select %c, %t, %f : i1
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @select_not(
// CHECK-NEXT:  %[[T:.*]] = arith.constant true
// CHECK-NEXT:  %[[N:.*]] = arith.xori %arg0, %[[T]] : i1
// CHECK-NEXT:  return %[[N]]
func.func @select_not(%c: i1) -> i1 {
  %t = arith.constant true
  %f = arith.constant false
  %r = arith.select %c, %f, %t : i1
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @trunc_sext(
// CHECK-NEXT:  return %arg0
func.func @trunc_sext(%x: i32) -> i32 {
  %w = arith.extsi %x : i32 to i64
  %r = arith.trunci %w : i64 to i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @trunc_zext(
// CHECK-NEXT:  return %arg0
func.func @trunc_zext(%x: i8) -> i8 {
  %w = arith.extui %x : i8 to i64
  %r = arith.trunci %w : i64 to i8
  return %r : i8
}

// -----

// CHECK-LABEL: func.func @sext_sext(
// CHECK-NEXT:  %[[E:.*]] = arith.extsi %arg0 : i8 to i64
// CHECK-NEXT:  return %[[E]]
func.func @sext_sext(%x: i8) -> i64 {
  %w = arith.extsi %x : i8 to i32
  %r = arith.extsi %w : i32 to i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @zext_zext(
// CHECK-NEXT:  %[[E:.*]] = arith.extui %arg0 : i8 to i64
// CHECK-NEXT:  return %[[E]]
func.func @zext_zext(%x: i8) -> i64 {
  %w = arith.extui %x : i8 to i32
  %r = arith.extui %w : i32 to i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @sext_zext(
// CHECK-NEXT:  %[[E:.*]] = arith.extui %arg0 : i8 to i64
// CHECK-NEXT:  return %[[E]]
func.func @sext_zext(%x: i8) -> i64 {
  %w = arith.extui %x : i8 to i32
  %r = arith.extsi %w : i32 to i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @trunc_trunc(
// CHECK-NEXT:  %[[E:.*]] = arith.trunci %arg0 : i64 to i8
// CHECK-NEXT:  return %[[E]]
func.func @trunc_trunc(%x: i64) -> i8 {
  %w = arith.trunci %x : i64 to i32
  %r = arith.trunci %w : i32 to i8
  return %r : i8
}

// -----

// CHECK-LABEL: func.func @negf_twice(
// CHECK-NEXT:  return %arg0
func.func @negf_twice(%x: f64) -> f64 {
  %n = arith.negf %x : f64
  %r = arith.negf %n : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @subf_zero(
// CHECK-NEXT:  return %arg0
func.func @subf_zero(%x: f64) -> f64 {
  %z = arith.constant 0.0 : f64
  %r = arith.subf %x, %z : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @addf_negzero(
// CHECK-NEXT:  return %arg0
func.func @addf_negzero(%x: f64) -> f64 {
  %z = arith.constant -0.0 : f64
  %r = arith.addf %z, %x : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @mulf_one(
// CHECK-NEXT:  return %arg0
func.func @mulf_one(%x: f64) -> f64 {
  %o = arith.constant 1.0 : f64
  %r = arith.mulf %x, %o : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @divf_one(
// CHECK-NEXT:  return %arg0
func.func @divf_one(%x: f64) -> f64 {
  %o = arith.constant 1.0 : f64
  %r = arith.divf %x, %o : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @no_addf_zero(
// CHECK:         arith.addf
func.func @no_addf_zero(%x: f64) -> f64 {
  %z = arith.constant 0.0 : f64
  %r = arith.addf %x, %z : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @no_subf_negzero(
// CHECK:         arith.subf
func.func @no_subf_negzero(%x: f64) -> f64 {
  %z = arith.constant -0.0 : f64
  %r = arith.subf %x, %z : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @no_mulf_zero(
// CHECK:         arith.mulf
func.func @no_mulf_zero(%x: f64) -> f64 {
  %z = arith.constant 0.0 : f64
  %r = arith.mulf %x, %z : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @no_subf_self(
// CHECK:         arith.subf
func.func @no_subf_self(%x: f64) -> f64 {
  %r = arith.subf %x, %x : f64
  return %r : f64
}

// -----

// CHECK-LABEL: func.func @no_trunc_sext_other_width(
// CHECK:         arith.trunci
func.func @no_trunc_sext_other_width(%x: i16) -> i32 {
  %w = arith.extsi %x : i16 to i64
  %r = arith.trunci %w : i64 to i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @no_add_one(
// CHECK:         arith.addi
func.func @no_add_one(%x: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %r = arith.addi %x, %c1 : i64
  return %r : i64
}

// -----

// CHECK-LABEL: func.func @no_cmp_different(
// CHECK:         arith.cmpi
func.func @no_cmp_different(%x: i64, %y: i64) -> i1 {
  %r = arith.cmpi eq, %x, %y : i64
  return %r : i1
}
