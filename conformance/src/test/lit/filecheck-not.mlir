// RUN: echo "alpha beta" > %t
// RUN: filecheck %s --check-prefix=GOOD --input-file=%t
// RUN: not filecheck %s --check-prefix=BAD --input-file=%t
// RUN: not filecheck %s --check-prefix=BAD < %t 2>&1 | filecheck %s --check-prefix=ERR

// GOOD: alpha
// GOOD-SAME: beta
// BAD: gamma
// ERR: error: BAD: expected string not found in input
// ERR: note: scanning from here
