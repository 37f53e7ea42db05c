// RUN: irc-opt %s --split-input-file --verify-diagnostics

llvm.func @f(%s: !llvm.struct<(i64, i1)>, %v: i64) {
  // expected-error@+1 {{'llvm.insertvalue' op value type 'i64' does not match the element type 'i1'}}
  %0 = "llvm.insertvalue"(%s, %v) {position = array<i64: 1>} : (!llvm.struct<(i64, i1)>, i64) -> !llvm.struct<(i64, i1)>
  llvm.return
}

// -----

llvm.func @f(%s: !llvm.struct<(i64, i1)>, %v: i64) {
  // expected-error@+1 {{position [2] is not valid in '!llvm.struct<(i64, i1)>'}}
  %0 = llvm.insertvalue %v, %s[2] : !llvm.struct<(i64, i1)>
  llvm.return
}

// -----

llvm.func @f(%s: !llvm.struct<(i64, i1)>) {
  // expected-error@+1 {{'llvm.extractvalue' op position array<i64: 0, 1> is not valid in '!llvm.struct<(i64, i1)>'}}
  %0 = "llvm.extractvalue"(%s) {position = array<i64: 0, 1>} : (!llvm.struct<(i64, i1)>) -> i64
  llvm.return
}

// -----

llvm.func @f(%x: f64) {
  // expected-error@+1 {{'llvm.inttoptr' op operand #0 must be integer, but got 'f64'}}
  %0 = llvm.inttoptr %x : f64 to !llvm.ptr
  llvm.return
}

// -----

llvm.func @f(%x: i64) {
  // expected-error@+1 {{'llvm.inttoptr' op result #0 must be LLVM pointer, but got 'i32'}}
  %0 = llvm.inttoptr %x : i64 to i32
  llvm.return
}

// -----

llvm.func @f(%x: i64) {
  // expected-error@+1 {{'llvm.ptrtoint' op operand #0 must be LLVM pointer, but got 'i64'}}
  %0 = llvm.ptrtoint %x : i64 to i64
  llvm.return
}
