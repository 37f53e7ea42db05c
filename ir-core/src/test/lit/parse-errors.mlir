// RUN: irc-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// expected-error@+1 {{expected operation name in quotes}}
42

// -----

// expected-error@+1 {{use of undeclared SSA value name '%nope'}}
"test.use"(%nope) : (i64) -> ()

// -----

%a = "test.def"() : () -> i64
// expected-error@+1 {{redefinition of SSA value '%a'}}
%a = "test.def"() : () -> i64

// -----

%a = "test.def"() : () -> i64
// expected-error@+1 {{use of value '%a' expects different type than prior uses: f64 vs i64}}
"test.use"(%a) : (f64) -> ()

// -----

%r:2 = "test.def"() : () -> (i64, i64)
// expected-error@+1 {{reference to invalid result number '%r#2'}}
"test.use"(%r#2) : (i64) -> ()

// -----

// expected-error@+1 {{operation defines 1 results but was provided 2 to bind}}
%x:2 = "test.def"() : () -> i64

// -----

// expected-error@+1 {{expected 1 operand type but had 0}}
"test.use"(%v) : () -> ()

// -----

// expected-error@+1 {{expected function type}}
"test.op"() : i64

// -----

// expected-error@+1 {{expected type}}
"test.op"() : (i64, ) -> ()

// -----

// expected-error@+1 {{expected ')'}}
"test.op"(: () -> ()

// -----

"test.region"() ({
  "test.br"()[^missing] : () -> ()
// expected-error@-1 {{reference to an undefined block}}
}) : () -> ()

// -----

"test.region"() ({
^bb0:
  "test.br"()[^bb1] : () -> ()
^bb1:
  "test.end"() : () -> ()
// expected-error@+1 {{redefinition of block '^bb1'}}
^bb1:
  "test.end"() : () -> ()
}) : () -> ()

// -----

// expected-error@+1 {{expected '"' in string literal}}
"test.op"() {s = "unterminated} : () -> ()

// -----

// expected-error@+1 {{unexpected character '$'}}
"test.op"() {s = $} : () -> ()

// -----

// expected-error@+1 {{duplicate key 'a' in dictionary attribute}}
"test.op"() {a = 1, a = 2} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for attribute of type i8}}
"test.op"() {a = 300 : i8} : () -> ()

// -----

// expected-error@+1 {{expected attribute value}}
"test.op"() {a = } : () -> ()

// -----

// expected-error@+1 {{expected location: 'unknown' or "file":line:column}}
"test.op"() : () -> () loc(42)

// -----

// expected-error@+1 {{custom op 'frobnicate' is unknown}}
frobnicate %x

// -----

// expected-error@+1 {{op name must be of the form 'dialect.op': "nodot"}}
"nodot"() : () -> ()

// -----

// Properties ('<{...}>', as mlir-opt prints inherent attributes) join the attribute dictionary.
// expected-error@+1 {{expected '{' to start op properties}}
"test.op"() <p = 1> : () -> ()

// -----

// expected-error@+1 {{type aliases ('!alias') are not supported; write the type inline}}
"test.op"() : () -> !alias

// -----

// expected-error@+1 {{number of results is too large: 9999999999}}
%r:9999999999 = "test.def"() : () -> i64

// -----

%r:2 = "test.def"() : () -> (i64, i64)
// expected-error@+1 {{result number is too large: '%r#99999999999'}}
"test.use"(%r#99999999999) : (i64) -> ()

// -----

// expected-error@+1 {{line number is too large: 4294967296}}
"test.op"() : () -> () loc("f.mlir":4294967296:1)

// -----

// expected-error@+1 {{nesting is too deep: more than 256 levels of regions, attributes and types}}
"test.op"() {a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} : () -> ()

// -----

// expected-error@+1 {{hexadecimal float constant out of range for type f32}}
"test.op"() {a = 0x1FFFFFFFF : f32} : () -> ()

// -----

// expected-error@+3 {{expected '}' to end the region}}
"test.region"() ({
  "test.op"() : () -> ()
