// RUN: cat %s | filecheck %s
// RUN: filecheck %s --input-file=%s
// RUN: cat < %s | FileCheck --check-prefix=ALT %s

// A self-checking file: the input is this file, so every CHECK line matches itself.
func.func @f(%arg0: i32) -> i32 {
  return %arg0 : i32
}
// CHECK-LABEL: func.func @f
// CHECK-SAME: (%[[A:.*]]: i32)
// CHECK-NEXT: return %[[A]] : i32
// ALT: func.func @f
