// RUN: irc-opt %s --allow-unregistered-dialect | filecheck %s
// RUN: irc-opt %s --allow-unregistered-dialect | irc-opt --allow-unregistered-dialect | filecheck %s

// Every builtin attribute kind, printed back in canonical form (dictionary keys sorted).

// CHECK-LABEL: "test.ints"
// CHECK-SAME: big = 123456789012345678901234567890 : i128
// CHECK-SAME: dflt = 7 : i64
// CHECK-SAME: hex = 255 : i32
// CHECK-SAME: idx = 3 : index
// CHECK-SAME: neg = -128 : i8
// CHECK-SAME: no = false
// CHECK-SAME: yes = true
"test.ints"() {dflt = 7, neg = -128 : i8, hex = 0xFF : i32, big = 123456789012345678901234567890 : i128, idx = 3 : index, yes = true, no = false} : () -> ()

// CHECK-LABEL: "test.floats"
// CHECK-SAME: exp = 1.0e20 : f64
// CHECK-SAME: half = 0.5 : f32
// CHECK-SAME: inf = 0x7FF0000000000000 : f64
// CHECK-SAME: nan = 0x7FF8000000000000 : f64
// CHECK-SAME: negzero = -0.0 : f64
// CHECK-SAME: tenth = 0.1 : f64
"test.floats"() {tenth = 0.1 : f64, half = 5.0e-1 : f32, exp = 1.0e20 : f64, negzero = -0.0 : f64, inf = 0x7FF0000000000000 : f64, nan = 0x7FF8000000000000 : f64} : () -> ()

// CHECK-LABEL: "test.strings"
// CHECK-SAME: {empty = "", escaped = "tab\09quote\"back\\", "key with space" = "v", utf8 = "caf\C3\A9"}
"test.strings"() {escaped = "tab\tquote\"back\\", empty = "", utf8 = "café", "key with space" = "v"} : () -> ()

// CHECK-LABEL: "test.aggregates"
// CHECK-SAME: {arr = [1 : i64, [], [2 : i32, "x"]], dict = {a, b = {c = 1 : i64}}, emptydict = {}, flag}
"test.aggregates"() {arr = [1, [], [2 : i32, "x"]], dict = {b = {c = 1}, a}, flag, emptydict = {}} : () -> ()

// CHECK-LABEL: "test.symbols_and_types"
// CHECK-SAME: {fn = (i64, f64) -> (i1, none), nested = @outer::@inner, plain = @f, quoted = @"weird name", ty = index}
"test.symbols_and_types"() {plain = @f, nested = @outer::@inner, quoted = @"weird name", ty = index, fn = (i64, f64) -> (i1, none)} : () -> ()
