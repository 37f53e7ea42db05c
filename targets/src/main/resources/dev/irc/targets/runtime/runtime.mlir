// The irc runtime: the functions compiled Python programs call to print, raise, deoptimize and
// keep module globals. It is IR, linked into every program before LLVM's optimizer, so every
// target (the JIT, object files for other architectures) gets the same runtime; it calls libc
// (snprintf, strtod, strtol, memcpy, libm) and one host function, the host write, through the
// pointer in context slot 11 (so compiled code has no undefined host symbol: the JIT and a
// cached shared object call it the same way).
//
// Every function takes the run's context first: a block of 8-byte slots that the host allocates
// (see dev.irc.targets.runtime.RunContext, which must agree with the slot numbers here):
//   0 output buffer (ptr)   1 output length      2 output capacity     3 bytes flushed to the host
//   4 status kind (0 none, 1 raised at site, 2 runtime error code, 3 deopt)
//   5 status value (site number or error code)
//   6 traceback frames (ptr to i64 site numbers)  7 frame count  8 frame capacity
//   9 global values (ptr to 8-byte slots)        10 global bound flags (ptr to bytes)
//  11 host write function (ptr): void (ctx, data, length), writes bytes to the program's output
// Runtime error codes (slot 4 = 2), with the exception each stands for, are
// dev.irc.targets.runtime.RuntimeErrorCode.

llvm.mlir.global internal constant @irc_text_true("True")
llvm.mlir.global internal constant @irc_text_false("False")
llvm.mlir.global internal constant @irc_text_none("None")
llvm.mlir.global internal constant @irc_text_nan("nan")
llvm.mlir.global internal constant @irc_text_inf("inf")
llvm.mlir.global internal constant @irc_text_neg_inf("-inf")
llvm.mlir.global internal constant @irc_format_i64("%lld\00")
llvm.mlir.global internal constant @irc_format_e("%.*e\00")
llvm.mlir.global internal constant @irc_format_f("%.*f\00")

llvm.func @snprintf(!llvm.ptr, i64, !llvm.ptr, ...) -> i32
llvm.func @strtod(!llvm.ptr, !llvm.ptr) -> f64
llvm.func @strtol(!llvm.ptr, !llvm.ptr, i32) -> i64
llvm.func @memcpy(!llvm.ptr, !llvm.ptr, i64) -> !llvm.ptr
func.func private @floor(f64) -> f64
func.func private @ceil(f64) -> f64
func.func private @trunc(f64) -> f64
func.func private @rint(f64) -> f64

// ---------------------------------------------------------------------------------------------
// Output: held back in the buffer until it is full, so that a deoptimization before the first
// flush can restart the program without repeating output.

func.func private @irc_flush(%ctx: !llvm.ptr) {
  %len_slot = llvm.getelementptr %ctx[1] : (!llvm.ptr) -> !llvm.ptr, i64
  %len = llvm.load %len_slot : !llvm.ptr -> i64
  %zero = arith.constant 0 : i64
  %empty = arith.cmpi eq, %len, %zero : i64
  cf.cond_br %empty, ^done, ^write
^write:
  %buf = llvm.load %ctx : !llvm.ptr -> !llvm.ptr
  %host_slot = llvm.getelementptr %ctx[11] : (!llvm.ptr) -> !llvm.ptr, i64
  %host_write = llvm.load %host_slot : !llvm.ptr -> !llvm.ptr
  llvm.call %host_write(%ctx, %buf, %len) : !llvm.ptr, (!llvm.ptr, !llvm.ptr, i64) -> ()
  func.call @irc_count_flushed(%ctx, %len) : (!llvm.ptr, i64) -> ()
  llvm.store %zero, %len_slot : i64, !llvm.ptr
  cf.br ^done
^done:
  return
}

func.func private @irc_count_flushed(%ctx: !llvm.ptr, %n: i64) {
  %slot = llvm.getelementptr %ctx[3] : (!llvm.ptr) -> !llvm.ptr, i64
  %flushed = llvm.load %slot : !llvm.ptr -> i64
  %sum = arith.addi %flushed, %n : i64
  llvm.store %sum, %slot : i64, !llvm.ptr
  return
}

// Appends %n bytes at %src to the output.
func.func private @irc_write(%ctx: !llvm.ptr, %src: !llvm.ptr, %n: i64) {
  %len_slot = llvm.getelementptr %ctx[1] : (!llvm.ptr) -> !llvm.ptr, i64
  %cap_slot = llvm.getelementptr %ctx[2] : (!llvm.ptr) -> !llvm.ptr, i64
  %len = llvm.load %len_slot : !llvm.ptr -> i64
  %cap = llvm.load %cap_slot : !llvm.ptr -> i64
  %end = arith.addi %len, %n : i64
  %fits = arith.cmpi ule, %end, %cap : i64
  cf.cond_br %fits, ^copy(%len : i64), ^flush
^flush:
  func.call @irc_flush(%ctx) : (!llvm.ptr) -> ()
  %zero = arith.constant 0 : i64
  %too_big = arith.cmpi ugt, %n, %cap : i64
  cf.cond_br %too_big, ^direct, ^copy(%zero : i64)
^direct:
  %host_slot = llvm.getelementptr %ctx[11] : (!llvm.ptr) -> !llvm.ptr, i64
  %host_write = llvm.load %host_slot : !llvm.ptr -> !llvm.ptr
  llvm.call %host_write(%ctx, %src, %n) : !llvm.ptr, (!llvm.ptr, !llvm.ptr, i64) -> ()
  func.call @irc_count_flushed(%ctx, %n) : (!llvm.ptr, i64) -> ()
  return
^copy(%at: i64):
  %buf = llvm.load %ctx : !llvm.ptr -> !llvm.ptr
  %dst = llvm.getelementptr %buf[%at] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %ignored = llvm.call @memcpy(%dst, %src, %n) : (!llvm.ptr, !llvm.ptr, i64) -> !llvm.ptr
  %new_len = arith.addi %at, %n : i64
  llvm.store %new_len, %len_slot : i64, !llvm.ptr
  return
}

func.func private @irc_print_i64(%ctx: !llvm.ptr, %v: i64) {
  %size = arith.constant 24 : i64
  %buf = llvm.alloca %size x i8 : (i64) -> !llvm.ptr
  %format = llvm.mlir.addressof @irc_format_i64 : !llvm.ptr
  %n = llvm.call @snprintf(%buf, %size, %format, %v) vararg(!llvm.func<i32 (ptr, i64, ptr, ...)>) : (!llvm.ptr, i64, !llvm.ptr, i64) -> i32
  %n64 = arith.extsi %n : i32 to i64
  func.call @irc_write(%ctx, %buf, %n64) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
}

func.func private @irc_print_bool(%ctx: !llvm.ptr, %b: i1) {
  cf.cond_br %b, ^true, ^false
^true:
  %t = llvm.mlir.addressof @irc_text_true : !llvm.ptr
  %four = arith.constant 4 : i64
  func.call @irc_write(%ctx, %t, %four) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
^false:
  %f = llvm.mlir.addressof @irc_text_false : !llvm.ptr
  %five = arith.constant 5 : i64
  func.call @irc_write(%ctx, %f, %five) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
}

func.func private @irc_print_none(%ctx: !llvm.ptr) {
  %text = llvm.mlir.addressof @irc_text_none : !llvm.ptr
  %four = arith.constant 4 : i64
  func.call @irc_write(%ctx, %text, %four) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
}

// Python's repr of a float (CPython's float_repr_style 'short'): the shortest decimal that reads
// back as %x, written positionally when the decimal exponent is in [-4, 16), else as d.ddde+XX.
// At each precision the correctly rounded "%.*e" is tried; when it does not read back and %x is a
// power of two (whose rounding interval is twice as wide above as below), so is the next decimal
// up in magnitude, which then can.
func.func private @irc_print_f64(%ctx: !llvm.ptr, %x: f64) {
  %size = arith.constant 48 : i64
  %buf = llvm.alloca %size x i8 : (i64) -> !llvm.ptr
  %one_slot = arith.constant 1 : i64
  %end = llvm.alloca %one_slot x !llvm.ptr : (i64) -> !llvm.ptr
  %is_nan = arith.cmpf uno, %x, %x : f64
  cf.cond_br %is_nan, ^nan, ^number
^nan:
  %nan_text = llvm.mlir.addressof @irc_text_nan : !llvm.ptr
  %three = arith.constant 3 : i64
  func.call @irc_write(%ctx, %nan_text, %three) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
^number:
  %inf = arith.constant 0x7FF0000000000000 : f64
  %neg_inf = arith.constant 0xFFF0000000000000 : f64
  %is_inf = arith.cmpf oeq, %x, %inf : f64
  cf.cond_br %is_inf, ^inf, ^not_inf
^inf:
  %inf_text = llvm.mlir.addressof @irc_text_inf : !llvm.ptr
  %three_inf = arith.constant 3 : i64
  func.call @irc_write(%ctx, %inf_text, %three_inf) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
^not_inf:
  %is_neg_inf = arith.cmpf oeq, %x, %neg_inf : f64
  %power_of_two = func.call @irc_is_power_of_two(%x) : (f64) -> i1
  %zero_precision = arith.constant 0 : i64
  cf.cond_br %is_neg_inf, ^neg_inf, ^try(%zero_precision : i64)
^neg_inf:
  %neg_inf_text = llvm.mlir.addressof @irc_text_neg_inf : !llvm.ptr
  %four = arith.constant 4 : i64
  func.call @irc_write(%ctx, %neg_inf_text, %four) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
^try(%precision: i64):
  %format_e = llvm.mlir.addressof @irc_format_e : !llvm.ptr
  %precision32 = arith.trunci %precision : i64 to i32
  %n = llvm.call @snprintf(%buf, %size, %format_e, %precision32, %x) vararg(!llvm.func<i32 (ptr, i64, ptr, ...)>) : (!llvm.ptr, i64, !llvm.ptr, i32, f64) -> i32
  %n64 = arith.extsi %n : i32 to i64
  %back = llvm.call @strtod(%buf, %end) : (!llvm.ptr, !llvm.ptr) -> f64
  %same = arith.cmpf oeq, %back, %x : f64
  %max_precision = arith.constant 16 : i64
  %last = arith.cmpi sge, %precision, %max_precision : i64
  %found = arith.ori %same, %last : i1
  cf.cond_br %found, ^found(%precision, %n64 : i64, i64), ^other_neighbour
^other_neighbour:
  %one = arith.constant 1 : i64
  %next = arith.addi %precision, %one : i64
  cf.cond_br %power_of_two, ^round_up, ^try(%next : i64)
^round_up:
  %incremented = func.call @irc_increment_mantissa(%buf, %precision) : (!llvm.ptr, i64) -> i1
  %up = llvm.call @strtod(%buf, %end) : (!llvm.ptr, !llvm.ptr) -> f64
  %up_same = arith.cmpf oeq, %up, %x : f64
  %up_found = arith.andi %incremented, %up_same : i1
  cf.cond_br %up_found, ^found(%precision, %n64 : i64, i64), ^try(%next : i64)
^found(%digits_after_point: i64, %length: i64):
  // %buf is [-]d[.ddd]e(+|-)XX: the exponent starts after the 'e'.
  %sign_length = func.call @irc_sign_length(%buf) : (!llvm.ptr) -> i64
  %exponent_at = func.call @irc_exponent_offset(%sign_length, %digits_after_point) : (i64, i64) -> i64
  %exponent_text = llvm.getelementptr %buf[%exponent_at] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %ten = arith.constant 10 : i32
  %exponent = llvm.call @strtol(%exponent_text, %end, %ten) : (!llvm.ptr, !llvm.ptr, i32) -> i64
  %min_positional = arith.constant -4 : i64
  %max_positional = arith.constant 16 : i64
  %small = arith.cmpi slt, %exponent, %min_positional : i64
  %large = arith.cmpi sge, %exponent, %max_positional : i64
  %scientific = arith.ori %small, %large : i1
  cf.cond_br %scientific, ^scientific, ^positional
^scientific:
  func.call @irc_write(%ctx, %buf, %length) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
^positional:
  func.call @irc_write_positional(%ctx, %buf, %sign_length, %digits_after_point, %exponent) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
  return
}

// Whether %x is +-2**k for a normal exponent (its significand bits are zero).
func.func private @irc_is_power_of_two(%x: f64) -> i1 {
  %one = arith.constant 1 : i64
  %cell = llvm.alloca %one x f64 : (i64) -> !llvm.ptr
  llvm.store %x, %cell : f64, !llvm.ptr
  %bits = llvm.load %cell : !llvm.ptr -> i64
  %significand_mask = arith.constant 4503599627370495 : i64
  %significand = arith.andi %bits, %significand_mask : i64
  %zero = arith.constant 0 : i64
  %power = arith.cmpi eq, %significand, %zero : i64
  return %power : i1
}

// 1 when the formatted number at %buf starts with '-', else 0.
func.func private @irc_sign_length(%buf: !llvm.ptr) -> i64 {
  %first = llvm.load %buf : !llvm.ptr -> i8
  %minus = arith.constant 45 : i8
  %negative = arith.cmpi eq, %first, %minus : i8
  %length = arith.extui %negative : i1 to i64
  return %length : i64
}

// Where the exponent of [-]d[.ddd]e+XX with %digits_after_point digits after the point starts.
func.func private @irc_exponent_offset(%sign_length: i64, %digits_after_point: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %two = arith.constant 2 : i64
  %has_point = arith.cmpi sgt, %digits_after_point, %zero : i64
  %point_length = arith.select %has_point, %one, %zero : i64
  %digits_and_e = arith.addi %digits_after_point, %two : i64
  %without_sign = arith.addi %digits_and_e, %point_length : i64
  %offset = arith.addi %without_sign, %sign_length : i64
  return %offset : i64
}

// The offset in [-]d[.ddd]e+XX of significant digit %i (0 is the one before the point).
func.func private @irc_digit_offset(%sign_length: i64, %i: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %after_point = arith.cmpi sgt, %i, %zero : i64
  %skip = arith.select %after_point, %one, %zero : i64
  %past_sign = arith.addi %sign_length, %i : i64
  %offset = arith.addi %past_sign, %skip : i64
  return %offset : i64
}

// Adds one unit in the last digit to the significand of [-]d[.ddd]e+XX in place; false (and
// %buf unusable) when the carry runs out of digits.
func.func private @irc_increment_mantissa(%buf: !llvm.ptr, %digits_after_point: i64) -> i1 {
  %sign_length = func.call @irc_sign_length(%buf) : (!llvm.ptr) -> i64
  cf.br ^digit(%digits_after_point : i64)
^digit(%i: i64):
  %zero = arith.constant 0 : i64
  %exhausted = arith.cmpi slt, %i, %zero : i64
  cf.cond_br %exhausted, ^carried_out, ^bump
^bump:
  %offset = func.call @irc_digit_offset(%sign_length, %i) : (i64, i64) -> i64
  %at = llvm.getelementptr %buf[%offset] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %c = llvm.load %at : !llvm.ptr -> i8
  %nine = arith.constant 57 : i8
  %is_nine = arith.cmpi eq, %c, %nine : i8
  cf.cond_br %is_nine, ^carry, ^increment
^carry:
  %zero_char = arith.constant 48 : i8
  llvm.store %zero_char, %at : i8, !llvm.ptr
  %one = arith.constant 1 : i64
  %previous = arith.subi %i, %one : i64
  cf.br ^digit(%previous : i64)
^increment:
  %one_char = arith.constant 1 : i8
  %bumped = arith.addi %c, %one_char : i8
  llvm.store %bumped, %at : i8, !llvm.ptr
  %true = arith.constant true
  return %true : i1
^carried_out:
  %false = arith.constant false
  return %false : i1
}

// Writes the significand digits of [-]d[.ddd]e+XX at %buf with decimal exponent %exponent in
// positional notation: [-]0.000ddd, [-]dd.ddd or [-]ddd000.0.
func.func private @irc_write_positional(%ctx: !llvm.ptr, %buf: !llvm.ptr, %sign_length: i64, %digits_after_point: i64, %exponent: i64) {
  %size = arith.constant 48 : i64
  %out = llvm.alloca %size x i8 : (i64) -> !llvm.ptr
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %minus = arith.constant 45 : i8
  %zero_char = arith.constant 48 : i8
  %point = arith.constant 46 : i8
  llvm.store %minus, %out : i8, !llvm.ptr
  %digits = arith.addi %digits_after_point, %one : i64
  %point_at = arith.addi %exponent, %one : i64
  %leading_zeros = arith.cmpi sle, %point_at, %zero : i64
  cf.cond_br %leading_zeros, ^fraction_only, ^integer_part(%zero, %sign_length : i64, i64)
^fraction_only:
  // "0." then -point_at zeros, then the digits.
  %p0 = func.call @irc_put(%out, %sign_length, %zero_char) : (!llvm.ptr, i64, i8) -> i64
  %p1 = func.call @irc_put(%out, %p0, %point) : (!llvm.ptr, i64, i8) -> i64
  %zeros = arith.subi %zero, %point_at : i64
  cf.br ^zeros(%zero, %p1 : i64, i64)
^zeros(%z: i64, %zp: i64):
  %more_zeros = arith.cmpi slt, %z, %zeros : i64
  cf.cond_br %more_zeros, ^zero_digit, ^fraction_digits(%zero, %zp : i64, i64)
^zero_digit:
  %zp_next = func.call @irc_put(%out, %zp, %zero_char) : (!llvm.ptr, i64, i8) -> i64
  %z_next = arith.addi %z, %one : i64
  cf.br ^zeros(%z_next, %zp_next : i64, i64)
^fraction_digits(%f: i64, %fp: i64):
  %more_fraction = arith.cmpi slt, %f, %digits : i64
  cf.cond_br %more_fraction, ^fraction_digit, ^done(%fp : i64)
^fraction_digit:
  %f_offset = func.call @irc_digit_offset(%sign_length, %f) : (i64, i64) -> i64
  %f_at = llvm.getelementptr %buf[%f_offset] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %f_char = llvm.load %f_at : !llvm.ptr -> i8
  %fp_next = func.call @irc_put(%out, %fp, %f_char) : (!llvm.ptr, i64, i8) -> i64
  %f_next = arith.addi %f, %one : i64
  cf.br ^fraction_digits(%f_next, %fp_next : i64, i64)
^integer_part(%i: i64, %ip: i64):
  // Digit i (or a padding zero past the last digit), with the point before digit point_at.
  %at_point = arith.cmpi eq, %i, %point_at : i64
  %more_digits = arith.cmpi slt, %i, %digits : i64
  %point_inside = arith.andi %at_point, %more_digits : i1
  cf.cond_br %point_inside, ^put_point, ^check_end(%ip : i64)
^put_point:
  %ip_point = func.call @irc_put(%out, %ip, %point) : (!llvm.ptr, i64, i8) -> i64
  cf.br ^check_end(%ip_point : i64)
^check_end(%cp: i64):
  %below_digits = arith.cmpi slt, %i, %digits : i64
  %below_point = arith.cmpi slt, %i, %point_at : i64
  %more = arith.ori %below_digits, %below_point : i1
  cf.cond_br %more, ^integer_digit, ^integer_end(%cp : i64)
^integer_digit:
  %i_offset = func.call @irc_digit_offset(%sign_length, %i) : (i64, i64) -> i64
  %i_at = llvm.getelementptr %buf[%i_offset] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %i_char = llvm.load %i_at : !llvm.ptr -> i8
  %digit_char = arith.select %below_digits, %i_char, %zero_char : i8
  %cp_next = func.call @irc_put(%out, %cp, %digit_char) : (!llvm.ptr, i64, i8) -> i64
  %i_next = arith.addi %i, %one : i64
  cf.br ^integer_part(%i_next, %cp_next : i64, i64)
^integer_end(%ep: i64):
  // No digit after the point: Python writes ".0".
  %integral = arith.cmpi sge, %point_at, %digits : i64
  cf.cond_br %integral, ^dot_zero, ^done(%ep : i64)
^dot_zero:
  %dp = func.call @irc_put(%out, %ep, %point) : (!llvm.ptr, i64, i8) -> i64
  %dp2 = func.call @irc_put(%out, %dp, %zero_char) : (!llvm.ptr, i64, i8) -> i64
  cf.br ^done(%dp2 : i64)
^done(%length: i64):
  func.call @irc_write(%ctx, %out, %length) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
}

// Stores %c at %out[%at]; returns %at + 1.
func.func private @irc_put(%out: !llvm.ptr, %at: i64, %c: i8) -> i64 {
  %slot = llvm.getelementptr %out[%at] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  llvm.store %c, %slot : i8, !llvm.ptr
  %one = arith.constant 1 : i64
  %next = arith.addi %at, %one : i64
  return %next : i64
}

// ---------------------------------------------------------------------------------------------
// Exceptions, deoptimization and tracebacks.

func.func private @irc_set_status(%ctx: !llvm.ptr, %kind: i64, %value: i64) {
  %kind_slot = llvm.getelementptr %ctx[4] : (!llvm.ptr) -> !llvm.ptr, i64
  llvm.store %kind, %kind_slot : i64, !llvm.ptr
  %value_slot = llvm.getelementptr %ctx[5] : (!llvm.ptr) -> !llvm.ptr, i64
  llvm.store %value, %value_slot : i64, !llvm.ptr
  return
}

// Raises the exception recorded for %site (its type and message are in the module's site table).
func.func private @irc_raise(%ctx: !llvm.ptr, %site: i64) {
  %raised = arith.constant 1 : i64
  func.call @irc_set_status(%ctx, %raised, %site) : (!llvm.ptr, i64, i64) -> ()
  func.call @irc_traceback(%ctx, %site) : (!llvm.ptr, i64) -> ()
  return
}

// Raises the exception recorded for %site without a frame of its own: it belongs to the call
// that entered the function (the recursion limit), whose frame the caller's unwinding adds.
func.func private @irc_raise_in_caller(%ctx: !llvm.ptr, %site: i64) {
  %raised = arith.constant 1 : i64
  func.call @irc_set_status(%ctx, %raised, %site) : (!llvm.ptr, i64, i64) -> ()
  return
}

// A guard failed at %site (-1: inside the runtime).
func.func private @irc_deopt(%ctx: !llvm.ptr, %site: i64) {
  %deopt = arith.constant 3 : i64
  func.call @irc_set_status(%ctx, %deopt, %site) : (!llvm.ptr, i64, i64) -> ()
  return
}

// Raises runtime error %code (a dev.irc.targets.runtime.RuntimeErrorCode).
func.func private @irc_error(%ctx: !llvm.ptr, %code: i64) {
  %error = arith.constant 2 : i64
  func.call @irc_set_status(%ctx, %error, %code) : (!llvm.ptr, i64, i64) -> ()
  return
}

// Adds the frame of %site to the traceback of the pending exception.
func.func private @irc_traceback(%ctx: !llvm.ptr, %site: i64) {
  %count_slot = llvm.getelementptr %ctx[7] : (!llvm.ptr) -> !llvm.ptr, i64
  %count = llvm.load %count_slot : !llvm.ptr -> i64
  %cap_slot = llvm.getelementptr %ctx[8] : (!llvm.ptr) -> !llvm.ptr, i64
  %cap = llvm.load %cap_slot : !llvm.ptr -> i64
  %room = arith.cmpi ult, %count, %cap : i64
  cf.cond_br %room, ^add, ^done
^add:
  %frames_slot = llvm.getelementptr %ctx[6] : (!llvm.ptr) -> !llvm.ptr, i64
  %frames = llvm.load %frames_slot : !llvm.ptr -> !llvm.ptr
  %frame = llvm.getelementptr %frames[%count] : (!llvm.ptr, i64) -> !llvm.ptr, i64
  llvm.store %site, %frame : i64, !llvm.ptr
  %one = arith.constant 1 : i64
  %new_count = arith.addi %count, %one : i64
  llvm.store %new_count, %count_slot : i64, !llvm.ptr
  cf.br ^done
^done:
  return
}

// ---------------------------------------------------------------------------------------------
// Module globals: slot %g of the values and of the bound flags.

func.func private @irc_global_slot(%ctx: !llvm.ptr, %g: i64) -> !llvm.ptr {
  %values_slot = llvm.getelementptr %ctx[9] : (!llvm.ptr) -> !llvm.ptr, i64
  %values = llvm.load %values_slot : !llvm.ptr -> !llvm.ptr
  %slot = llvm.getelementptr %values[%g] : (!llvm.ptr, i64) -> !llvm.ptr, i64
  return %slot : !llvm.ptr
}

func.func private @irc_global_flag(%ctx: !llvm.ptr, %g: i64) -> !llvm.ptr {
  %flags_slot = llvm.getelementptr %ctx[10] : (!llvm.ptr) -> !llvm.ptr, i64
  %flags = llvm.load %flags_slot : !llvm.ptr -> !llvm.ptr
  %flag = llvm.getelementptr %flags[%g] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  return %flag : !llvm.ptr
}

func.func private @irc_global_bound(%ctx: !llvm.ptr, %g: i64) -> i1 {
  %flag = func.call @irc_global_flag(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  %byte = llvm.load %flag : !llvm.ptr -> i8
  %zero = arith.constant 0 : i8
  %bound = arith.cmpi ne, %byte, %zero : i8
  return %bound : i1
}

func.func private @irc_global_mark_bound(%ctx: !llvm.ptr, %g: i64) {
  %flag = func.call @irc_global_flag(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  %one = arith.constant 1 : i8
  llvm.store %one, %flag : i8, !llvm.ptr
  return
}

func.func private @irc_global_get_i64(%ctx: !llvm.ptr, %g: i64) -> i64 {
  %slot = func.call @irc_global_slot(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  %v = llvm.load %slot : !llvm.ptr -> i64
  return %v : i64
}

func.func private @irc_global_get_f64(%ctx: !llvm.ptr, %g: i64) -> f64 {
  %slot = func.call @irc_global_slot(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  %v = llvm.load %slot : !llvm.ptr -> f64
  return %v : f64
}

func.func private @irc_global_get_bool(%ctx: !llvm.ptr, %g: i64) -> i1 {
  %slot = func.call @irc_global_slot(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  %v = llvm.load %slot : !llvm.ptr -> i64
  %zero = arith.constant 0 : i64
  %b = arith.cmpi ne, %v, %zero : i64
  return %b : i1
}

func.func private @irc_global_set_i64(%ctx: !llvm.ptr, %g: i64, %v: i64) {
  %slot = func.call @irc_global_slot(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  llvm.store %v, %slot : i64, !llvm.ptr
  func.call @irc_global_mark_bound(%ctx, %g) : (!llvm.ptr, i64) -> ()
  return
}

func.func private @irc_global_set_f64(%ctx: !llvm.ptr, %g: i64, %v: f64) {
  %slot = func.call @irc_global_slot(%ctx, %g) : (!llvm.ptr, i64) -> !llvm.ptr
  llvm.store %v, %slot : f64, !llvm.ptr
  func.call @irc_global_mark_bound(%ctx, %g) : (!llvm.ptr, i64) -> ()
  return
}

func.func private @irc_global_set_bool(%ctx: !llvm.ptr, %g: i64, %v: i1) {
  %wide = arith.extui %v : i1 to i64
  func.call @irc_global_set_i64(%ctx, %g, %wide) : (!llvm.ptr, i64, i64) -> ()
  return
}

func.func private @irc_global_set_none(%ctx: !llvm.ptr, %g: i64) {
  %zero = arith.constant 0 : i64
  func.call @irc_global_set_i64(%ctx, %g, %zero) : (!llvm.ptr, i64, i64) -> ()
  return
}

// ---------------------------------------------------------------------------------------------
// Fallible helpers: (result, raised). A raise sets the status; the caller unwinds.

// int / int: exact when both magnitudes are at most 2**53 (one correctly rounded division, as in
// CPython's fast path); otherwise the program deoptimizes to the evaluator's exact algorithm.
func.func private @irc_int_truediv(%ctx: !llvm.ptr, %a: i64, %b: i64) -> (f64, i1) {
  %zero = arith.constant 0 : i64
  %fzero = arith.constant 0.0 : f64
  %true = arith.constant true
  %false = arith.constant false
  %by_zero = arith.cmpi eq, %b, %zero : i64
  cf.cond_br %by_zero, ^zero_division, ^check
^zero_division:
  %code = arith.constant 1 : i64
  func.call @irc_error(%ctx, %code) : (!llvm.ptr, i64) -> ()
  return %fzero, %true : f64, i1
^check:
  %a_exact = func.call @irc_fits_double(%a) : (i64) -> i1
  %b_exact = func.call @irc_fits_double(%b) : (i64) -> i1
  %exact = arith.andi %a_exact, %b_exact : i1
  cf.cond_br %exact, ^divide, ^deopt
^divide:
  %fa = arith.sitofp %a : i64 to f64
  %fb = arith.sitofp %b : i64 to f64
  %q = arith.divf %fa, %fb : f64
  return %q, %false : f64, i1
^deopt:
  %runtime_site = arith.constant -1 : i64
  func.call @irc_deopt(%ctx, %runtime_site) : (!llvm.ptr, i64) -> ()
  return %fzero, %true : f64, i1
}

// |v| <= 2**53: v + 2**53 lies in [0, 2**54] as an unsigned number.
func.func private @irc_fits_double(%v: i64) -> i1 {
  %bias = arith.constant 9007199254740992 : i64
  %limit = arith.constant 18014398509481984 : i64
  %shifted = arith.addi %v, %bias : i64
  %fits = arith.cmpi ule, %shifted, %limit : i64
  return %fits : i1
}

// math.gcd of two ints; gcd(-2**63, 0) and gcd(-2**63, -2**63) (2**63) deoptimize.
func.func private @irc_math_gcd(%ctx: !llvm.ptr, %a: i64, %b: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %false = arith.constant false
  %true = arith.constant true
  %na = arith.subi %zero, %a : i64
  %nb = arith.subi %zero, %b : i64
  %a_neg = arith.cmpi slt, %a, %zero : i64
  %b_neg = arith.cmpi slt, %b, %zero : i64
  %ua = arith.select %a_neg, %na, %a : i64
  %ub = arith.select %b_neg, %nb, %b : i64
  cf.br ^loop(%ua, %ub : i64, i64)
^loop(%x: i64, %y: i64):
  %y_zero = arith.cmpi eq, %y, %zero : i64
  cf.cond_br %y_zero, ^result(%x : i64), ^step
^step:
  %r = arith.remui %x, %y : i64
  cf.br ^loop(%y, %r : i64, i64)
^result(%g: i64):
  %too_big = arith.cmpi slt, %g, %zero : i64
  cf.cond_br %too_big, ^deopt, ^ok
^ok:
  return %g, %false : i64, i1
^deopt:
  %runtime_site = arith.constant -1 : i64
  func.call @irc_deopt(%ctx, %runtime_site) : (!llvm.ptr, i64) -> ()
  return %zero, %true : i64, i1
}

// A float already rounded to an integral value, as an int: NaN raises ValueError, infinities
// OverflowError (CPython's messages); values outside i64 deoptimize (the evaluator has big ints).
func.func private @irc_integral_to_i64(%ctx: !llvm.ptr, %r: f64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %false = arith.constant false
  %true = arith.constant true
  %is_nan = arith.cmpf uno, %r, %r : f64
  cf.cond_br %is_nan, ^nan, ^number
^nan:
  %nan_code = arith.constant 2 : i64
  func.call @irc_error(%ctx, %nan_code) : (!llvm.ptr, i64) -> ()
  return %zero, %true : i64, i1
^number:
  %difference = arith.subf %r, %r : f64
  %fzero = arith.constant 0.0 : f64
  %is_finite = arith.cmpf oeq, %difference, %fzero : f64
  cf.cond_br %is_finite, ^finite, ^inf
^inf:
  %inf_code = arith.constant 3 : i64
  func.call @irc_error(%ctx, %inf_code) : (!llvm.ptr, i64) -> ()
  return %zero, %true : i64, i1
^finite:
  %low = arith.constant -9.2233720368547758E+18 : f64
  %high = arith.constant 9.2233720368547758E+18 : f64
  %above_low = arith.cmpf oge, %r, %low : f64
  %below_high = arith.cmpf olt, %r, %high : f64
  %in_range = arith.andi %above_low, %below_high : i1
  cf.cond_br %in_range, ^convert, ^deopt
^convert:
  %v = arith.fptosi %r : f64 to i64
  return %v, %false : i64, i1
^deopt:
  %runtime_site = arith.constant -1 : i64
  func.call @irc_deopt(%ctx, %runtime_site) : (!llvm.ptr, i64) -> ()
  return %zero, %true : i64, i1
}

func.func private @irc_math_floor(%ctx: !llvm.ptr, %x: f64) -> (i64, i1) {
  %r = func.call @floor(%x) : (f64) -> f64
  %v:2 = func.call @irc_integral_to_i64(%ctx, %r) : (!llvm.ptr, f64) -> (i64, i1)
  return %v#0, %v#1 : i64, i1
}

func.func private @irc_math_ceil(%ctx: !llvm.ptr, %x: f64) -> (i64, i1) {
  %r = func.call @ceil(%x) : (f64) -> f64
  %v:2 = func.call @irc_integral_to_i64(%ctx, %r) : (!llvm.ptr, f64) -> (i64, i1)
  return %v#0, %v#1 : i64, i1
}

func.func private @irc_math_trunc(%ctx: !llvm.ptr, %x: f64) -> (i64, i1) {
  %r = func.call @trunc(%x) : (f64) -> f64
  %v:2 = func.call @irc_integral_to_i64(%ctx, %r) : (!llvm.ptr, f64) -> (i64, i1)
  return %v#0, %v#1 : i64, i1
}

// round(x): to the nearest integer, ties to even (rint in the default rounding mode).
func.func private @irc_round_f64(%ctx: !llvm.ptr, %x: f64) -> (i64, i1) {
  %r = func.call @rint(%x) : (f64) -> f64
  %v:2 = func.call @irc_integral_to_i64(%ctx, %r) : (!llvm.ptr, f64) -> (i64, i1)
  return %v#0, %v#1 : i64, i1
}

// round(x, n) for n >= 0: the correctly rounded decimal with n fraction digits ("%.*f" rounds the
// exact binary value half to even, as CPython's dtoa mode 3 does), read back with strtod. Zero,
// infinities and NaN are returned as they are, n > 323 returns x (CPython's NDIGITS_MAX);
// n < 0 deoptimizes.
func.func private @irc_round_f64_digits(%ctx: !llvm.ptr, %x: f64, %n: i64) -> (f64, i1) {
  %size = arith.constant 700 : i64
  %buf = llvm.alloca %size x i8 : (i64) -> !llvm.ptr
  %one_slot = arith.constant 1 : i64
  %end = llvm.alloca %one_slot x !llvm.ptr : (i64) -> !llvm.ptr
  %false = arith.constant false
  %true = arith.constant true
  %zero = arith.constant 0 : i64
  %fzero = arith.constant 0.0 : f64
  %difference = arith.subf %x, %x : f64
  %finite = arith.cmpf oeq, %difference, %fzero : f64
  %nonzero = arith.cmpf one, %x, %fzero : f64
  %roundable = arith.andi %finite, %nonzero : i1
  %max_digits = arith.constant 323 : i64
  %not_too_many = arith.cmpi sle, %n, %max_digits : i64
  %worth_it = arith.andi %roundable, %not_too_many : i1
  cf.cond_br %worth_it, ^check_sign, ^same
^same:
  return %x, %false : f64, i1
^check_sign:
  %negative = arith.cmpi slt, %n, %zero : i64
  cf.cond_br %negative, ^deopt, ^round
^deopt:
  %runtime_site = arith.constant -1 : i64
  func.call @irc_deopt(%ctx, %runtime_site) : (!llvm.ptr, i64) -> ()
  return %fzero, %true : f64, i1
^round:
  %format_f = llvm.mlir.addressof @irc_format_f : !llvm.ptr
  %digits = arith.trunci %n : i64 to i32
  %ignored = llvm.call @snprintf(%buf, %size, %format_f, %digits, %x) vararg(!llvm.func<i32 (ptr, i64, ptr, ...)>) : (!llvm.ptr, i64, !llvm.ptr, i32, f64) -> i32
  %rounded = llvm.call @strtod(%buf, %end) : (!llvm.ptr, !llvm.ptr) -> f64
  return %rounded, %false : f64, i1
}

// ---------------------------------------------------------------------------------------------
// The math module and float ** float on floats, as CPython 3.11's mathmodule.c and floatobject.c
// compute them: the platform libm does the arithmetic (so results are CPython's bit for bit on
// the same machine) and the code around it decides the special values and the errors. Error
// codes: 4 ValueError "math domain error", 5 OverflowError "math range error", 6 ZeroDivisionError
// "float division by zero", 7 ZeroDivisionError "0.0 cannot be raised to a negative power",
// 8 OverflowError "(34, 'Numerical result out of range')", 9 NotImplementedError for a result
// CPython would make complex (irc has no complex numbers).

func.func private @sqrt(f64) -> f64
func.func private @sin(f64) -> f64
func.func private @cos(f64) -> f64
func.func private @tan(f64) -> f64
func.func private @asin(f64) -> f64
func.func private @acos(f64) -> f64
func.func private @atan(f64) -> f64
func.func private @sinh(f64) -> f64
func.func private @cosh(f64) -> f64
func.func private @tanh(f64) -> f64
func.func private @exp(f64) -> f64
func.func private @expm1(f64) -> f64
func.func private @log1p(f64) -> f64
func.func private @log(f64) -> f64
func.func private @log2(f64) -> f64
func.func private @log10(f64) -> f64
func.func private @fabs(f64) -> f64
func.func private @atan2(f64, f64) -> f64
func.func private @copysign(f64, f64) -> f64
func.func private @fmod(f64, f64) -> f64
// LLVM knows pow and would rewrite pow(x, 2.0) to x * x, pow(2.0, y) to exp2(y) and pow(x, 0.5)
// to a square root once inlining makes an argument constant; those differ from libm's pow (which
// CPython calls) in the last bit for some arguments. The JIT marks pow and the other inexact libm
// functions as no builtins (dev.irc.targets.run.InexactLibm).
func.func private @pow(f64, f64) -> f64
func.func private @fma(f64, f64, f64) -> f64
func.func private @frexp(f64, !llvm.ptr) -> f64
func.func private @ldexp(f64, i32) -> f64

// Raises runtime error %code from a helper returning a float: (0.0, raised).
func.func private @irc_float_error(%ctx: !llvm.ptr, %code: i64) -> (f64, i1) {
  func.call @irc_error(%ctx, %code) : (!llvm.ptr, i64) -> ()
  %fzero = arith.constant 0.0 : f64
  %true = arith.constant true
  return %fzero, %true : f64, i1
}

func.func private @irc_is_nan(%x: f64) -> i1 {
  %nan = arith.cmpf uno, %x, %x : f64
  return %nan : i1
}

func.func private @irc_is_infinite(%x: f64) -> i1 {
  %inf = arith.constant 0x7FF0000000000000 : f64
  %magnitude = func.call @fabs(%x) : (f64) -> f64
  %infinite = arith.cmpf oeq, %magnitude, %inf : f64
  return %infinite : i1
}

// Neither NaN nor infinite: x - x is 0 exactly then.
func.func private @irc_is_finite(%x: f64) -> i1 {
  %difference = arith.subf %x, %x : f64
  %fzero = arith.constant 0.0 : f64
  %finite = arith.cmpf oeq, %difference, %fzero : f64
  return %finite : i1
}

// CPython's DOUBLE_IS_ODD_INTEGER: fmod(fabs(y), 2.0) == 1.0 (false for infinities and NaN).
func.func private @irc_is_odd_integer(%y: f64) -> i1 {
  %magnitude = func.call @fabs(%y) : (f64) -> f64
  %two = arith.constant 2.0 : f64
  %one = arith.constant 1.0 : f64
  %remainder = func.call @fmod(%magnitude, %two) : (f64, f64) -> f64
  %odd = arith.cmpf oeq, %remainder, %one : f64
  return %odd : i1
}

// Whether the sign bit of %x is clear: copysign(1.0, x) == 1.0.
func.func private @irc_sign_is_positive(%x: f64) -> i1 {
  %one = arith.constant 1.0 : f64
  %signed = func.call @copysign(%one, %x) : (f64, f64) -> f64
  %positive = arith.cmpf oeq, %signed, %one : f64
  return %positive : i1
}

// CPython's math_1: %r is libm's f(%x). A NaN from a non-NaN argument is an invalid argument
// (ValueError "math domain error"); an infinity from a finite argument is an overflow
// (OverflowError "math range error") when f can overflow, else a singularity (ValueError).
func.func private @irc_math_1(%ctx: !llvm.ptr, %x: f64, %r: f64, %can_overflow: i1) -> (f64, i1) {
  %false = arith.constant false
  %domain_code = arith.constant 4 : i64
  %range_code = arith.constant 5 : i64
  %r_nan = func.call @irc_is_nan(%r) : (f64) -> i1
  %x_number = arith.cmpf ord, %x, %x : f64
  %invalid = arith.andi %r_nan, %x_number : i1
  cf.cond_br %invalid, ^raise(%domain_code : i64), ^check_infinity
^check_infinity:
  %r_infinite = func.call @irc_is_infinite(%r) : (f64) -> i1
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  %pole_or_overflow = arith.andi %r_infinite, %x_finite : i1
  cf.cond_br %pole_or_overflow, ^classify, ^ok
^classify:
  %code = arith.select %can_overflow, %range_code, %domain_code : i64
  cf.br ^raise(%code : i64)
^raise(%error: i64):
  %e:2 = func.call @irc_float_error(%ctx, %error) : (!llvm.ptr, i64) -> (f64, i1)
  return %e#0, %e#1 : f64, i1
^ok:
  return %r, %false : f64, i1
}

// math.sqrt, sin, cos, tan, asin, acos, atan, tanh, log1p: math_1(x, f, can_overflow=0).

func.func private @irc_math_sqrt(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @sqrt(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_sin(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @sin(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_cos(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @cos(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_tan(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @tan(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_asin(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @asin(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_acos(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @acos(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_atan(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @atan(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_tanh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @tanh(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_log1p(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @log1p(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

// math.sinh, cosh, exp, expm1: math_1(x, f, can_overflow=1).

func.func private @irc_math_sinh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @sinh(%x) : (f64) -> f64
  %can_overflow = arith.constant true
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_cosh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @cosh(%x) : (f64) -> f64
  %can_overflow = arith.constant true
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_exp(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @exp(%x) : (f64) -> f64
  %can_overflow = arith.constant true
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_expm1(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @expm1(%x) : (f64) -> f64
  %can_overflow = arith.constant true
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

// math.log, log2, log10 of a float (CPython's loghelper): math_1(x, f, can_overflow=0), so 0
// (a pole, -inf) and negative numbers (NaN) are domain errors.

func.func private @irc_math_log(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @log(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_log2(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @log2(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_log10(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @log10(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

// math.fabs, degrees, radians never raise (degrees multiplies by 180/pi, radians by pi/180, the
// doubles CPython's radToDeg and degToRad).

func.func private @irc_math_fabs(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @fabs(%x) : (f64) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

func.func private @irc_math_degrees(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %rad_to_deg = arith.constant 57.29577951308232 : f64
  %r = arith.mulf %x, %rad_to_deg : f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

func.func private @irc_math_radians(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %deg_to_rad = arith.constant 0.017453292519943295 : f64
  %r = arith.mulf %x, %deg_to_rad : f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// math.log(x, base): log(x) / log(base), each checked as math.log(x) is; then float division,
// so base 1 (log 0.0) is ZeroDivisionError "float division by zero".
func.func private @irc_math2_log(%ctx: !llvm.ptr, %x: f64, %base: f64) -> (f64, i1) {
  %fzero = arith.constant 0.0 : f64
  %num:2 = func.call @irc_math_log(%ctx, %x) : (!llvm.ptr, f64) -> (f64, i1)
  cf.cond_br %num#1, ^raised, ^base
^base:
  %den:2 = func.call @irc_math_log(%ctx, %base) : (!llvm.ptr, f64) -> (f64, i1)
  cf.cond_br %den#1, ^raised, ^divide
^divide:
  %by_zero = arith.cmpf oeq, %den#0, %fzero : f64
  cf.cond_br %by_zero, ^zero_division, ^quotient
^zero_division:
  %code = arith.constant 6 : i64
  %e:2 = func.call @irc_float_error(%ctx, %code) : (!llvm.ptr, i64) -> (f64, i1)
  return %e#0, %e#1 : f64, i1
^quotient:
  %q = arith.divf %num#0, %den#0 : f64
  %false = arith.constant false
  return %q, %false : f64, i1
^raised:
  %true = arith.constant true
  return %fzero, %true : f64, i1
}

// math.atan2(y, x) (CPython's m_atan2): C99 Annex F's values for NaN, infinite and zero
// arguments decided here, since libms disagree on them; libm's atan2 for the rest.
func.func private @irc_math2_atan2(%ctx: !llvm.ptr, %y: f64, %x: f64) -> (f64, i1) {
  %false = arith.constant false
  %nan = arith.constant 0x7FF8000000000000 : f64
  %zero = arith.constant 0.0 : f64
  %pi = arith.constant 3.141592653589793 : f64
  %half_pi = arith.constant 1.5707963267948966 : f64
  %quarter_pi = arith.constant 0.7853981633974483 : f64
  %three_quarter_pi = arith.constant 2.356194490192345 : f64
  %any_nan = arith.cmpf uno, %x, %y : f64
  cf.cond_br %any_nan, ^done(%nan : f64), ^y_infinite
^y_infinite:
  // atan2(+-inf, x): +-pi/4 or +-3pi/4 for infinite x (by the sign of x), else +-pi/2.
  %x_positive = func.call @irc_sign_is_positive(%x) : (f64) -> i1
  %y_inf = func.call @irc_is_infinite(%y) : (f64) -> i1
  %x_inf = func.call @irc_is_infinite(%x) : (f64) -> i1
  cf.cond_br %y_inf, ^infinite_y, ^x_infinite_or_y_zero
^infinite_y:
  %corner = arith.select %x_positive, %quarter_pi, %three_quarter_pi : f64
  %angle = arith.select %x_inf, %corner, %half_pi : f64
  %signed_angle = func.call @copysign(%angle, %y) : (f64, f64) -> f64
  cf.br ^done(%signed_angle : f64)
^x_infinite_or_y_zero:
  // atan2(y, +-inf) and atan2(+-0, x): +-0 when x has a clear sign bit, else +-pi.
  %y_zero = arith.cmpf oeq, %y, %zero : f64
  %axis = arith.ori %x_inf, %y_zero : i1
  cf.cond_br %axis, ^on_axis, ^libm
^on_axis:
  %axis_angle = arith.select %x_positive, %zero, %pi : f64
  %signed_axis_angle = func.call @copysign(%axis_angle, %y) : (f64, f64) -> f64
  cf.br ^done(%signed_axis_angle : f64)
^libm:
  %r = func.call @atan2(%y, %x) : (f64, f64) -> f64
  cf.br ^done(%r : f64)
^done(%result: f64):
  return %result, %false : f64, i1
}

// math.copysign(x, y): never raises.
func.func private @irc_math2_copysign(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %r = func.call @copysign(%x, %y) : (f64, f64) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// math.fmod(x, y): x for finite x and infinite y (some libms get it wrong); otherwise libm's
// fmod, with a NaN from non-NaN arguments (y zero, x infinite) a domain error.
func.func private @irc_math2_fmod(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %false = arith.constant false
  %y_inf = func.call @irc_is_infinite(%y) : (f64) -> i1
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  %x_itself = arith.andi %y_inf, %x_finite : i1
  cf.cond_br %x_itself, ^done(%x : f64), ^libm
^libm:
  %r = func.call @fmod(%x, %y) : (f64, f64) -> f64
  %r_nan = func.call @irc_is_nan(%r) : (f64) -> i1
  %no_nan = arith.cmpf ord, %x, %y : f64
  %invalid = arith.andi %r_nan, %no_nan : i1
  cf.cond_br %invalid, ^domain, ^done(%r : f64)
^domain:
  %code = arith.constant 4 : i64
  %e:2 = func.call @irc_float_error(%ctx, %code) : (!llvm.ptr, i64) -> (f64, i1)
  return %e#0, %e#1 : f64, i1
^done(%result: f64):
  return %result, %false : f64, i1
}

// math.pow(x, y) (CPython's math_pow): C99 Annex F's values when an argument is NaN or
// infinite, decided here; libm's pow for finite arguments, where a NaN result (a negative base
// to a non-integer power) is a domain error and an infinite one is a domain error for a zero
// base (0 ** negative, a pole) and a range error otherwise (overflow).
func.func private @irc_math2_pow(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %false = arith.constant false
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  %y_finite = func.call @irc_is_finite(%y) : (f64) -> i1
  %finite = arith.andi %x_finite, %y_finite : i1
  cf.cond_br %finite, ^libm, ^special
^special:
  %s = func.call @irc_math_pow_nonfinite(%x, %y) : (f64, f64) -> f64
  return %s, %false : f64, i1
^libm:
  %domain_code = arith.constant 4 : i64
  %range_code = arith.constant 5 : i64
  %r = func.call @pow(%x, %y) : (f64, f64) -> f64
  %r_nan = func.call @irc_is_nan(%r) : (f64) -> i1
  cf.cond_br %r_nan, ^raise(%domain_code : i64), ^check_infinity
^check_infinity:
  %r_inf = func.call @irc_is_infinite(%r) : (f64) -> i1
  cf.cond_br %r_inf, ^infinite, ^ok
^infinite:
  %fzero = arith.constant 0.0 : f64
  %x_zero = arith.cmpf oeq, %x, %fzero : f64
  %code = arith.select %x_zero, %domain_code, %range_code : i64
  cf.br ^raise(%code : i64)
^raise(%error: i64):
  %e:2 = func.call @irc_float_error(%ctx, %error) : (!llvm.ptr, i64) -> (f64, i1)
  return %e#0, %e#1 : f64, i1
^ok:
  return %r, %false : f64, i1
}

// math_pow's values when x or y is NaN or infinite: NaN ** 0 = 1 and 1 ** NaN = 1, other NaNs
// propagate; inf ** y by the sign of y (keeping the sign of x for odd integers y); x ** +-inf by
// whether |x| is below, at or above 1.
func.func private @irc_math_pow_nonfinite(%x: f64, %y: f64) -> f64 {
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %x_nan = func.call @irc_is_nan(%x) : (f64) -> i1
  cf.cond_br %x_nan, ^nan_base, ^y_nan
^nan_base:
  %y_zero = arith.cmpf oeq, %y, %zero : f64
  %nan_power = arith.select %y_zero, %one, %x : f64
  return %nan_power : f64
^y_nan:
  %y_is_nan = func.call @irc_is_nan(%y) : (f64) -> i1
  %x_one = arith.cmpf oeq, %x, %one : f64
  cf.cond_br %y_is_nan, ^nan_exponent, ^x_inf
^nan_exponent:
  %nan_result = arith.select %x_one, %one, %y : f64
  return %nan_result : f64
^x_inf:
  %x_infinite = func.call @irc_is_infinite(%x) : (f64) -> i1
  %abs_x = func.call @fabs(%x) : (f64) -> f64
  cf.cond_br %x_infinite, ^infinite_base, ^infinite_exponent
^infinite_base:
  %odd_y = func.call @irc_is_odd_integer(%y) : (f64) -> i1
  %y_positive = arith.cmpf ogt, %y, %zero : f64
  %y_is_zero = arith.cmpf oeq, %y, %zero : f64
  %signed_zero = func.call @copysign(%zero, %x) : (f64, f64) -> f64
  %large = arith.select %odd_y, %x, %abs_x : f64
  %small = arith.select %odd_y, %signed_zero, %zero : f64
  %by_sign = arith.select %y_positive, %large, %small : f64
  %inf_power = arith.select %y_is_zero, %one, %by_sign : f64
  return %inf_power : f64
^infinite_exponent:
  // x is finite, y is +-inf: 1 for |x| == 1, inf when |x| > 1 and y = +inf or |x| < 1 and
  // y = -inf, else 0.
  %unit = arith.cmpf oeq, %abs_x, %one : f64
  %y_up = arith.cmpf ogt, %y, %zero : f64
  %y_down = arith.cmpf olt, %y, %zero : f64
  %above_one = arith.cmpf ogt, %abs_x, %one : f64
  %below_one = arith.cmpf olt, %abs_x, %one : f64
  %grows = arith.andi %y_up, %above_one : i1
  %shrinks_inverse = arith.andi %y_down, %below_one : i1
  %neg_y = arith.negf %y : f64
  %inverse = arith.select %shrinks_inverse, %neg_y, %zero : f64
  %growing = arith.select %grows, %y, %inverse : f64
  %inf_exponent_power = arith.select %unit, %one, %growing : f64
  return %inf_exponent_power : f64
}

// math.hypot(x, y): CPython 3.11's vector_norm of (|x|, |y|), not libm's hypot; the steps are
// @irc_norm_scale, @irc_norm_add and @irc_norm_finish, which compiled hypot of n coordinates
// calls the same way (dev.irc.py.semantics.VectorNorm computes the same).
func.func private @irc_math2_hypot(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %a = func.call @fabs(%x) : (f64) -> f64
  %b = func.call @fabs(%y) : (f64) -> f64
  // max starts at 0.0 and takes each coordinate greater than it (a NaN never is).
  %a_greater = arith.cmpf ogt, %a, %zero : f64
  %max_a = arith.select %a_greater, %a, %zero : f64
  %b_greater = arith.cmpf ogt, %b, %max_a : f64
  %max = arith.select %b_greater, %b, %max_a : f64
  %found_nan = arith.cmpf uno, %a, %b : f64
  %scale = func.call @irc_norm_scale(%ctx, %max) : (!llvm.ptr, f64) -> f64
  %s1:4 = func.call @irc_norm_add(%ctx, %one, %zero, %zero, %zero, %a, %scale, %max) : (!llvm.ptr, f64, f64, f64, f64, f64, f64, f64) -> (f64, f64, f64, f64)
  %s2:4 = func.call @irc_norm_add(%ctx, %s1#0, %s1#1, %s1#2, %s1#3, %b, %scale, %max) : (!llvm.ptr, f64, f64, f64, f64, f64, f64, f64) -> (f64, f64, f64, f64)
  %single = arith.constant false
  %r = func.call @irc_norm_finish(%ctx, %s2#0, %s2#1, %s2#2, %s2#3, %scale, %max, %found_nan, %single) : (!llvm.ptr, f64, f64, f64, f64, f64, f64, i1, i1) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// vector_norm's scale for the largest magnitude %max = m * 2**e (0.5 <= m < 1): 2**-e, or NaN
// when e < -1023 (2**-e would overflow; the coordinates are then divided by %max); 1 for a zero,
// infinite or NaN maximum, whose norm @irc_norm_finish decides without the sum.
func.func private @irc_norm_scale(%ctx: !llvm.ptr, %max: f64) -> f64 {
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %positive = arith.cmpf ogt, %max, %zero : f64
  %finite = func.call @irc_is_finite(%max) : (f64) -> i1
  %usable = arith.andi %positive, %finite : i1
  cf.cond_br %usable, ^exponent, ^done(%one : f64)
^exponent:
  %one_slot = arith.constant 1 : i64
  %exponent_slot = llvm.alloca %one_slot x i32 : (i64) -> !llvm.ptr
  %ignored = func.call @frexp(%max, %exponent_slot) : (f64, !llvm.ptr) -> f64
  %max_e = llvm.load %exponent_slot : !llvm.ptr -> i32
  %lowest = arith.constant -1023 : i32
  %tiny = arith.cmpi slt, %max_e, %lowest : i32
  %nan = arith.constant 0x7FF8000000000000 : f64
  cf.cond_br %tiny, ^done(%nan : f64), ^power
^power:
  %zero_i32 = arith.constant 0 : i32
  %minus_max_e = arith.subi %zero_i32, %max_e : i32
  %scale = func.call @ldexp(%one, %minus_max_e) : (f64, i32) -> f64
  cf.br ^done(%scale : f64)
^done(%result: f64):
  return %result : f64
}

// Adds the square of the magnitude %x to the sum (%csum, starting at 1, and the corrections
// %frac1..3). Scaled by a power of two, x is split exactly into hi + lo (Veltkamp-Dekker with
// 2**27 + 1), and hi*hi and 2*hi*lo are added with their rounding errors kept in frac1 and frac2,
// lo*lo in frac3 (|csum| >= each term, since csum starts at 1). With a NaN scale (a subnormal
// maximum), (x / max)**2 is added with its error in frac1.
func.func private @irc_norm_add(%ctx: !llvm.ptr, %csum: f64, %frac1: f64, %frac2: f64, %frac3: f64, %x: f64, %scale: f64, %max: f64) -> (f64, f64, f64, f64) {
  %two = arith.constant 2.0 : f64
  %t27 = arith.constant 134217729.0 : f64
  %divide = arith.cmpf uno, %scale, %scale : f64
  cf.cond_br %divide, ^divided, ^scaled
^divided:
  %q = arith.divf %x, %max : f64
  %q_square = arith.mulf %q, %q : f64
  %q_sum = arith.addf %csum, %q_square : f64
  %q_lost = arith.subf %csum, %q_sum : f64
  %q_error = arith.addf %q_lost, %q_square : f64
  %q_frac1 = arith.addf %frac1, %q_error : f64
  return %q_sum, %q_frac1, %frac2, %frac3 : f64, f64, f64, f64
^scaled:
  %v = arith.mulf %x, %scale : f64
  %t = arith.mulf %v, %t27 : f64
  %t_minus_v = arith.subf %t, %v : f64
  %hi = arith.subf %t, %t_minus_v : f64
  %lo = arith.subf %v, %hi : f64
  %square = arith.mulf %hi, %hi : f64
  %first = arith.addf %csum, %square : f64
  %first_lost = arith.subf %csum, %first : f64
  %first_error = arith.addf %first_lost, %square : f64
  %new_frac1 = arith.addf %frac1, %first_error : f64
  %twice_hi = arith.mulf %two, %hi : f64
  %cross = arith.mulf %twice_hi, %lo : f64
  %second = arith.addf %first, %cross : f64
  %second_lost = arith.subf %first, %second : f64
  %second_error = arith.addf %second_lost, %cross : f64
  %new_frac2 = arith.addf %frac2, %second_error : f64
  %lo_square = arith.mulf %lo, %lo : f64
  %new_frac3 = arith.addf %frac3, %lo_square : f64
  return %second, %new_frac1, %new_frac2, %new_frac3 : f64, f64, f64, f64
}

// The norm from the finished sum: an infinite maximum wins over NaN, then NaN; a zero maximum
// or a single coordinate is the maximum. With a NaN scale, max * sqrt(csum - 1 + frac1);
// otherwise h = sqrt(csum - 1 + (frac1 + frac2 + frac3)), h*h subtracted exactly (split as the
// coordinates were), and h corrected by the residual / (2h), then unscaled.
func.func private @irc_norm_finish(%ctx: !llvm.ptr, %csum: f64, %frac1: f64, %frac2: f64, %frac3: f64, %scale: f64, %max: f64, %found_nan: i1, %single: i1) -> f64 {
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  %minus_two = arith.constant -2.0 : f64
  %t27 = arith.constant 134217729.0 : f64
  %max_infinite = func.call @irc_is_infinite(%max) : (f64) -> i1
  cf.cond_br %max_infinite, ^done(%max : f64), ^nan_check
^nan_check:
  %nan = arith.constant 0x7FF8000000000000 : f64
  cf.cond_br %found_nan, ^done(%nan : f64), ^trivial_check
^trivial_check:
  %max_zero = arith.cmpf oeq, %max, %zero : f64
  %trivial = arith.ori %max_zero, %single : i1
  cf.cond_br %trivial, ^done(%max : f64), ^mode
^mode:
  %divide = arith.cmpf uno, %scale, %scale : f64
  %base = arith.subf %csum, %one : f64
  cf.cond_br %divide, ^divided, ^scaled
^divided:
  %d_total = arith.addf %base, %frac1 : f64
  %d_root = func.call @sqrt(%d_total) : (f64) -> f64
  %d_norm = arith.mulf %max, %d_root : f64
  cf.br ^done(%d_norm : f64)
^scaled:
  %f12 = arith.addf %frac1, %frac2 : f64
  %f123 = arith.addf %f12, %frac3 : f64
  %total = arith.addf %base, %f123 : f64
  %h = func.call @sqrt(%total) : (f64) -> f64
  %t = arith.mulf %h, %t27 : f64
  %t_minus_h = arith.subf %t, %h : f64
  %hi = arith.subf %t, %t_minus_h : f64
  %lo = arith.subf %h, %hi : f64
  %neg_hi = arith.negf %hi : f64
  %x1 = arith.mulf %neg_hi, %hi : f64
  %c1 = arith.addf %csum, %x1 : f64
  %l1 = arith.subf %csum, %c1 : f64
  %e1 = arith.addf %l1, %x1 : f64
  %g1 = arith.addf %frac1, %e1 : f64
  %m2 = arith.mulf %minus_two, %hi : f64
  %x2 = arith.mulf %m2, %lo : f64
  %c2 = arith.addf %c1, %x2 : f64
  %l2 = arith.subf %c1, %c2 : f64
  %e2 = arith.addf %l2, %x2 : f64
  %g2 = arith.addf %frac2, %e2 : f64
  %neg_lo = arith.negf %lo : f64
  %x3 = arith.mulf %neg_lo, %lo : f64
  %c3 = arith.addf %c2, %x3 : f64
  %l3 = arith.subf %c2, %c3 : f64
  %e3 = arith.addf %l3, %x3 : f64
  %g3 = arith.addf %frac3, %e3 : f64
  %c3_base = arith.subf %c3, %one : f64
  %g12 = arith.addf %g1, %g2 : f64
  %g123 = arith.addf %g12, %g3 : f64
  %residual = arith.addf %c3_base, %g123 : f64
  %twice_h = arith.mulf %two, %h : f64
  %correction = arith.divf %residual, %twice_h : f64
  %corrected = arith.addf %h, %correction : f64
  %unscaled = arith.divf %corrected, %scale : f64
  cf.br ^done(%unscaled : f64)
^done(%result: f64):
  return %result : f64
}

// float ** float (CPython's float_pow): the special cases CPython sorts out before calling libm,
// in its order; then libm's pow of |a| (negated for a negative base and an odd integer
// exponent), where an infinite result is OverflowError "(34, 'Numerical result out of range')"
// (errno ERANGE).
func.func private @irc_float_pow(%ctx: !llvm.ptr, %a: f64, %b: f64) -> (f64, i1) {
  %false = arith.constant false
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  // v ** 0 is 1, even 0 ** 0 and nan ** 0.
  %b_zero = arith.cmpf oeq, %b, %zero : f64
  cf.cond_br %b_zero, ^done(%one : f64), ^nan_base
^nan_base:
  %a_nan = func.call @irc_is_nan(%a) : (f64) -> i1
  cf.cond_br %a_nan, ^done(%a : f64), ^nan_exponent
^nan_exponent:
  // v ** nan is nan, except 1 ** nan = 1.
  %b_nan = func.call @irc_is_nan(%b) : (f64) -> i1
  %a_one = arith.cmpf oeq, %a, %one : f64
  %nan_power = arith.select %a_one, %one, %b : f64
  cf.cond_br %b_nan, ^done(%nan_power : f64), ^infinite_exponent
^infinite_exponent:
  // v ** +-inf: 1 for |v| == 1; inf when |v| > 1 and b = +inf or |v| < 1 and b = -inf; else 0.
  %b_inf = func.call @irc_is_infinite(%b) : (f64) -> i1
  %abs_a = func.call @fabs(%a) : (f64) -> f64
  %abs_b = func.call @fabs(%b) : (f64) -> f64
  %unit = arith.cmpf oeq, %abs_a, %one : f64
  %b_positive = arith.cmpf ogt, %b, %zero : f64
  %above_one = arith.cmpf ogt, %abs_a, %one : f64
  %to_infinity = arith.cmpi eq, %b_positive, %above_one : i1
  %limit = arith.select %to_infinity, %abs_b, %zero : f64
  %inf_exponent_power = arith.select %unit, %one, %limit : f64
  cf.cond_br %b_inf, ^done(%inf_exponent_power : f64), ^infinite_base
^infinite_base:
  // (+-inf) ** b: inf for positive b, 0 for negative b, signed as a for odd integers b.
  %a_inf = func.call @irc_is_infinite(%a) : (f64) -> i1
  %odd_b = func.call @irc_is_odd_integer(%b) : (f64) -> i1
  %signed_zero = func.call @copysign(%zero, %a) : (f64, f64) -> f64
  %large = arith.select %odd_b, %a, %abs_a : f64
  %small = arith.select %odd_b, %signed_zero, %zero : f64
  %inf_power = arith.select %b_positive, %large, %small : f64
  cf.cond_br %a_inf, ^done(%inf_power : f64), ^zero_base
^zero_base:
  // 0 ** b: an error for negative b, else 0 (signed as a for odd integers b).
  %a_zero = arith.cmpf oeq, %a, %zero : f64
  cf.cond_br %a_zero, ^zero_power, ^negative_base
^zero_power:
  %b_negative = arith.cmpf olt, %b, %zero : f64
  %zero_result = arith.select %odd_b, %a, %zero : f64
  cf.cond_br %b_negative, ^zero_to_negative, ^done(%zero_result : f64)
^zero_to_negative:
  %zero_code = arith.constant 7 : i64
  %ze:2 = func.call @irc_float_error(%ctx, %zero_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %ze#0, %ze#1 : f64, i1
^negative_base:
  // A negative base to a non-integer power is complex in Python; to an integer power, the power
  // of |a| negated when b is odd.
  %a_negative = arith.cmpf olt, %a, %zero : f64
  %b_floor = func.call @floor(%b) : (f64) -> f64
  %fractional = arith.cmpf one, %b, %b_floor : f64
  %complex = arith.andi %a_negative, %fractional : i1
  %negate = arith.andi %a_negative, %odd_b : i1
  cf.cond_br %complex, ^complex_result, ^unit_base
^complex_result:
  %complex_code = arith.constant 9 : i64
  %ce:2 = func.call @irc_float_error(%ctx, %complex_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %ce#0, %ce#1 : f64, i1
^unit_base:
  // 1 ** b and (-1) ** integer b: exact, whatever libm says about huge exponents.
  %minus_one = arith.constant -1.0 : f64
  %unit_power = arith.select %negate, %minus_one, %one : f64
  cf.cond_br %unit, ^done(%unit_power : f64), ^libm
^libm:
  %r = func.call @pow(%abs_a, %b) : (f64, f64) -> f64
  %overflow = func.call @irc_is_infinite(%r) : (f64) -> i1
  cf.cond_br %overflow, ^out_of_range, ^sign
^out_of_range:
  %range_code = arith.constant 8 : i64
  %re:2 = func.call @irc_float_error(%ctx, %range_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %re#0, %re#1 : f64, i1
^sign:
  %neg_r = arith.negf %r : f64
  %signed = arith.select %negate, %neg_r, %r : f64
  cf.br ^done(%signed : f64)
^done(%result: f64):
  return %result, %false : f64, i1
}

// ---------------------------------------------------------------------------------------------
// More of the math module. asinh, acosh, atanh, cbrt (math_1, no overflow), exp2 (math_1, can
// overflow), erf and erfc (math_1a: glibc sets errno only on underflow, which is not an error)
// are libm calls; gamma, lgamma, ulp and remainder are CPython's own algorithms on top of libm, as
// dev.irc.py.semantics.Gamma and PyMath compute them.

func.func private @asinh(f64) -> f64
func.func private @acosh(f64) -> f64
func.func private @atanh(f64) -> f64
func.func private @cbrt(f64) -> f64
func.func private @exp2(f64) -> f64
func.func private @erf(f64) -> f64
func.func private @erfc(f64) -> f64
func.func private @nextafter(f64, f64) -> f64
func.func private @round(f64) -> f64

func.func private @irc_math_asinh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @asinh(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_acosh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @acosh(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_atanh(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @atanh(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_cbrt(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @cbrt(%x) : (f64) -> f64
  %can_overflow = arith.constant false
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_exp2(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @exp2(%x) : (f64) -> f64
  %can_overflow = arith.constant true
  %v:2 = func.call @irc_math_1(%ctx, %x, %r, %can_overflow) : (!llvm.ptr, f64, f64, i1) -> (f64, i1)
  return %v#0, %v#1 : f64, i1
}

func.func private @irc_math_erf(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @erf(%x) : (f64) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

func.func private @irc_math_erfc(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %r = func.call @erfc(%x) : (f64) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// math.nextafter(x, y): libm's nextafter, never an error.
func.func private @irc_math2_nextafter(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %r = func.call @nextafter(%x, %y) : (f64, f64) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// math.ulp(x): NaN and infinities are returned as |x|; otherwise the gap to the next float away
// from zero, or to the one below for the largest float.
func.func private @irc_math_ulp(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %false = arith.constant false
  %inf = arith.constant 0x7FF0000000000000 : f64
  %neg_inf = arith.constant 0xFFF0000000000000 : f64
  %x_nan = func.call @irc_is_nan(%x) : (f64) -> i1
  cf.cond_br %x_nan, ^done(%x : f64), ^magnitude
^magnitude:
  %a = func.call @fabs(%x) : (f64) -> f64
  %a_inf = func.call @irc_is_infinite(%a) : (f64) -> i1
  cf.cond_br %a_inf, ^done(%a : f64), ^up
^up:
  %next = func.call @nextafter(%a, %inf) : (f64, f64) -> f64
  %next_inf = func.call @irc_is_infinite(%next) : (f64) -> i1
  cf.cond_br %next_inf, ^largest, ^gap
^largest:
  %below = func.call @nextafter(%a, %neg_inf) : (f64, f64) -> f64
  %top_gap = arith.subf %a, %below : f64
  cf.br ^done(%top_gap : f64)
^gap:
  %g = arith.subf %next, %a : f64
  cf.br ^done(%g : f64)
^done(%r: f64):
  return %r, %false : f64, i1
}

// math.remainder(x, y) (CPython's m_remainder, checked by math_2): for finite x and nonzero y,
// fmod(|x|, |y|) = m compared with its complement c = |y| - m (exact, unlike |y| / 2): m, -c, or
// on a tie m - 2 fmod((|x| - m) / 2, |y|), signed as x. NaN from non-NaN arguments (y zero, x
// infinite) is a domain error; NaNs propagate, an infinite y gives x.
func.func private @irc_math2_remainder(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %false = arith.constant false
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %half = arith.constant 0.5 : f64
  %two = arith.constant 2.0 : f64
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  %y_finite = func.call @irc_is_finite(%y) : (f64) -> i1
  %finite = arith.andi %x_finite, %y_finite : i1
  cf.cond_br %finite, ^finite, ^special
^finite:
  %y_zero = arith.cmpf oeq, %y, %zero : f64
  cf.cond_br %y_zero, ^domain, ^reduce
^reduce:
  %absx = func.call @fabs(%x) : (f64) -> f64
  %absy = func.call @fabs(%y) : (f64) -> f64
  %m = func.call @fmod(%absx, %absy) : (f64, f64) -> f64
  %c = arith.subf %absy, %m : f64
  %below = arith.cmpf olt, %m, %c : f64
  cf.cond_br %below, ^signed(%m : f64), ^above_or_tie
^above_or_tie:
  %above = arith.cmpf ogt, %m, %c : f64
  %neg_c = arith.negf %c : f64
  cf.cond_br %above, ^signed(%neg_c : f64), ^tie
^tie:
  %rest = arith.subf %absx, %m : f64
  %halved = arith.mulf %half, %rest : f64
  %parity = func.call @fmod(%halved, %absy) : (f64, f64) -> f64
  %twice = arith.mulf %two, %parity : f64
  %even = arith.subf %m, %twice : f64
  cf.br ^signed(%even : f64)
^signed(%r: f64):
  %sign = func.call @copysign(%one, %x) : (f64, f64) -> f64
  %signed_r = arith.mulf %sign, %r : f64
  return %signed_r, %false : f64, i1
^special:
  %x_nan = func.call @irc_is_nan(%x) : (f64) -> i1
  cf.cond_br %x_nan, ^done(%x : f64), ^y_nan_check
^y_nan_check:
  %y_nan = func.call @irc_is_nan(%y) : (f64) -> i1
  cf.cond_br %y_nan, ^done(%y : f64), ^x_inf_check
^x_inf_check:
  %x_inf = func.call @irc_is_infinite(%x) : (f64) -> i1
  cf.cond_br %x_inf, ^domain, ^done(%x : f64)
^domain:
  %code = arith.constant 4 : i64
  %e:2 = func.call @irc_float_error(%ctx, %code) : (!llvm.ptr, i64) -> (f64, i1)
  return %e#0, %e#1 : f64, i1
^done(%result: f64):
  return %result, %false : f64, i1
}

// math.ldexp(x, i): zeros, infinities and NaN unchanged; an exponent beyond C's int overflows
// (OverflowError) or underflows to a zero signed as x; otherwise libm's ldexp, whose infinite
// result is an overflow.
func.func private @irc_math_ldexp(%ctx: !llvm.ptr, %x: f64, %i: i64) -> (f64, i1) {
  %false = arith.constant false
  %zero = arith.constant 0.0 : f64
  %x_zero = arith.cmpf oeq, %x, %zero : f64
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  %true = arith.constant true
  %x_nonfinite = arith.xori %x_finite, %true : i1
  %keep = arith.ori %x_zero, %x_nonfinite : i1
  cf.cond_br %keep, ^done(%x : f64), ^range_check
^range_check:
  %int_max = arith.constant 2147483647 : i64
  %int_min = arith.constant -2147483648 : i64
  %too_big = arith.cmpi sgt, %i, %int_max : i64
  cf.cond_br %too_big, ^overflow, ^small_check
^small_check:
  %too_small = arith.cmpi slt, %i, %int_min : i64
  %signed_zero = func.call @copysign(%zero, %x) : (f64, f64) -> f64
  cf.cond_br %too_small, ^done(%signed_zero : f64), ^scale
^scale:
  %e = arith.trunci %i : i64 to i32
  %r = func.call @ldexp(%x, %e) : (f64, i32) -> f64
  %r_inf = func.call @irc_is_infinite(%r) : (f64) -> i1
  cf.cond_br %r_inf, ^overflow, ^done(%r : f64)
^overflow:
  %code = arith.constant 5 : i64
  %err:2 = func.call @irc_float_error(%ctx, %code) : (!llvm.ptr, i64) -> (f64, i1)
  return %err#0, %err#1 : f64, i1
^done(%result: f64):
  return %result, %false : f64, i1
}

// sin(pi * x) for finite x, exact at integers and half-integers (CPython's m_sinpi): x is reduced
// to y = fmod(|x|, 2), then by round(2y) to one of five arguments near zero of sin or cos.
func.func private @irc_sinpi(%x: f64) -> f64 {
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  %half = arith.constant 0.5 : f64
  %one_and_half = arith.constant 1.5 : f64
  %pi = arith.constant 3.141592653589793 : f64
  %a = func.call @fabs(%x) : (f64) -> f64
  %y = func.call @fmod(%a, %two) : (f64, f64) -> f64
  %twice = arith.mulf %two, %y : f64
  %rounded = func.call @round(%twice) : (f64) -> f64
  %n = arith.fptosi %rounded : f64 to i64
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %is0 = arith.cmpi eq, %n, %c0 : i64
  cf.cond_br %is0, ^case0, ^not0
^case0:
  %t0 = arith.mulf %pi, %y : f64
  %r0 = func.call @sin(%t0) : (f64) -> f64
  cf.br ^done(%r0 : f64)
^not0:
  %is1 = arith.cmpi eq, %n, %c1 : i64
  cf.cond_br %is1, ^case1, ^not1
^case1:
  %u1 = arith.subf %y, %half : f64
  %t1 = arith.mulf %pi, %u1 : f64
  %r1 = func.call @cos(%t1) : (f64) -> f64
  cf.br ^done(%r1 : f64)
^not1:
  %is2 = arith.cmpi eq, %n, %c2 : i64
  cf.cond_br %is2, ^case2, ^not2
^case2:
  // sin(pi * (1 - y)), not -sin(pi * (y - 1)), which would give -0.0 at y = 1.
  %u2 = arith.subf %one, %y : f64
  %t2 = arith.mulf %pi, %u2 : f64
  %r2 = func.call @sin(%t2) : (f64) -> f64
  cf.br ^done(%r2 : f64)
^not2:
  %is3 = arith.cmpi eq, %n, %c3 : i64
  cf.cond_br %is3, ^case3, ^case4
^case3:
  %u3 = arith.subf %y, %one_and_half : f64
  %t3 = arith.mulf %pi, %u3 : f64
  %cos3 = func.call @cos(%t3) : (f64) -> f64
  %r3 = arith.negf %cos3 : f64
  cf.br ^done(%r3 : f64)
^case4:
  %u4 = arith.subf %y, %two : f64
  %t4 = arith.mulf %pi, %u4 : f64
  %r4 = func.call @sin(%t4) : (f64) -> f64
  cf.br ^done(%r4 : f64)
^done(%r: f64):
  %sign = func.call @copysign(%one, %x) : (f64, f64) -> f64
  %signed = arith.mulf %sign, %r : f64
  return %signed : f64
}

// math.gamma(x) (CPython's m_tgamma under math_1a): NaN and +inf are returned, -inf, zeros and
// negative integers are domain errors; 1..23 give the factorials, exact in a double, multiplied
// out exactly; |x| < 1e-20 gives 1/x (an overflow if infinite); |x| > 200 overflows, or for
// negative x underflows to a signed zero; otherwise the Lanczos approximation with the
// correction for the rounding of x + g - 0.5, and the reflection formula for negative x.
func.func private @irc_math_gamma(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %false = arith.constant false
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %half = arith.constant 0.5 : f64
  %quarter = arith.constant 0.25 : f64
  %two = arith.constant 2.0 : f64
  %g = arith.constant 6.02468004077673 : f64
  %g_minus_half = arith.constant 5.52468004077673 : f64
  %minus_pi = arith.constant -3.141592653589793 : f64
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  cf.cond_br %x_finite, ^finite, ^nonfinite
^nonfinite:
  %minus_inf = arith.cmpf olt, %x, %zero : f64
  cf.cond_br %minus_inf, ^domain, ^done(%x : f64)
^finite:
  %x_zero = arith.cmpf oeq, %x, %zero : f64
  cf.cond_br %x_zero, ^domain, ^integer_check
^integer_check:
  %fl = func.call @floor(%x) : (f64) -> f64
  %integral = arith.cmpf oeq, %x, %fl : f64
  cf.cond_br %integral, ^integral, ^general
^integral:
  %x_negative = arith.cmpf olt, %x, %zero : f64
  cf.cond_br %x_negative, ^domain, ^small_integer_check
^small_integer_check:
  %largest_exact = arith.constant 23.0 : f64
  %small = arith.cmpf ole, %x, %largest_exact : f64
  cf.cond_br %small, ^factorial(%one, %two : f64, f64), ^general
^factorial(%acc: f64, %i: f64):
  %more = arith.cmpf olt, %i, %x : f64
  cf.cond_br %more, ^factorial_step, ^done(%acc : f64)
^factorial_step:
  %next_acc = arith.mulf %acc, %i : f64
  %next_i = arith.addf %i, %one : f64
  cf.br ^factorial(%next_acc, %next_i : f64, f64)
^general:
  %absx = func.call @fabs(%x) : (f64) -> f64
  %tiny_limit = arith.constant 1.0E-20 : f64
  %tiny = arith.cmpf olt, %absx, %tiny_limit : f64
  cf.cond_br %tiny, ^tiny, ^large_check
^tiny:
  %reciprocal = arith.divf %one, %x : f64
  %reciprocal_inf = func.call @irc_is_infinite(%reciprocal) : (f64) -> i1
  cf.cond_br %reciprocal_inf, ^range, ^done(%reciprocal : f64)
^large_check:
  %large_limit = arith.constant 200.0 : f64
  %large = arith.cmpf ogt, %absx, %large_limit : f64
  cf.cond_br %large, ^large, ^lanczos
^large:
  %x_below = arith.cmpf olt, %x, %zero : f64
  cf.cond_br %x_below, ^large_negative, ^range
^large_negative:
  %s_large = func.call @irc_sinpi(%x) : (f64) -> f64
  %underflow = arith.divf %zero, %s_large : f64
  cf.br ^done(%underflow : f64)
^lanczos:
  %y = arith.addf %absx, %g_minus_half : f64
  %above = arith.cmpf ogt, %absx, %g_minus_half : f64
  cf.cond_br %above, ^error_above, ^error_below
^error_above:
  %qa = arith.subf %y, %absx : f64
  %za = arith.subf %qa, %g_minus_half : f64
  cf.br ^correct(%za : f64)
^error_below:
  %qb = arith.subf %y, %g_minus_half : f64
  %zb = arith.subf %qb, %absx : f64
  cf.br ^correct(%zb : f64)
^correct(%error: f64):
  %zg = arith.mulf %error, %g : f64
  %z = arith.divf %zg, %y : f64
  %sum = func.call @irc_lanczos_sum(%absx) : (f64) -> f64
  %ey = func.call @exp(%y) : (f64) -> f64
  // pow(y, |x| - 0.5) below 140, else its square root pow(y, |x| / 2 - 0.25) applied twice.
  %direct_limit = arith.constant 140.0 : f64
  %direct = arith.cmpf olt, %absx, %direct_limit : f64
  %e_direct = arith.subf %absx, %half : f64
  %halved = arith.divf %absx, %two : f64
  %e_root = arith.subf %halved, %quarter : f64
  %exponent = arith.select %direct, %e_direct, %e_root : f64
  %p = func.call @pow(%y, %exponent) : (f64, f64) -> f64
  %reflect = arith.cmpf olt, %x, %zero : f64
  cf.cond_br %reflect, ^negative, ^positive
^negative:
  %s = func.call @irc_sinpi(%absx) : (f64) -> f64
  %n1 = arith.divf %minus_pi, %s : f64
  %n2 = arith.divf %n1, %absx : f64
  %n3 = arith.mulf %n2, %ey : f64
  %n4 = arith.divf %n3, %sum : f64
  %nz = arith.mulf %z, %n4 : f64
  %n5 = arith.subf %n4, %nz : f64
  %n6 = arith.divf %n5, %p : f64
  cf.cond_br %direct, ^check(%n6 : f64), ^negative_twice
^negative_twice:
  %n7 = arith.divf %n6, %p : f64
  cf.br ^check(%n7 : f64)
^positive:
  %p1 = arith.divf %sum, %ey : f64
  %pz = arith.mulf %z, %p1 : f64
  %p2 = arith.addf %p1, %pz : f64
  %p3 = arith.mulf %p2, %p : f64
  cf.cond_br %direct, ^check(%p3 : f64), ^positive_twice
^positive_twice:
  %p4 = arith.mulf %p3, %p : f64
  cf.br ^check(%p4 : f64)
^check(%r: f64):
  %r_inf = func.call @irc_is_infinite(%r) : (f64) -> i1
  cf.cond_br %r_inf, ^range, ^done(%r : f64)
^domain:
  %domain_code = arith.constant 4 : i64
  %de:2 = func.call @irc_float_error(%ctx, %domain_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %de#0, %de#1 : f64, i1
^range:
  %range_code = arith.constant 5 : i64
  %re:2 = func.call @irc_float_error(%ctx, %range_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %re#0, %re#1 : f64, i1
^done(%result: f64):
  return %result, %false : f64, i1
}

// math.lgamma(x) (CPython's m_lgamma under math_1a): NaN is returned, infinities give +inf;
// integers up to 2 give 0 (1 and 2) or a domain error (the poles at 0, -1, ...); |x| < 1e-20
// gives -log|x|; otherwise Lanczos' formula, reflected for negative x; an infinite result
// overflows.
func.func private @irc_math_lgamma(%ctx: !llvm.ptr, %x: f64) -> (f64, i1) {
  %false = arith.constant false
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  %half = arith.constant 0.5 : f64
  %g = arith.constant 6.02468004077673 : f64
  %log_pi = arith.constant 1.1447298858494002 : f64
  %inf = arith.constant 0x7FF0000000000000 : f64
  %x_finite = func.call @irc_is_finite(%x) : (f64) -> i1
  cf.cond_br %x_finite, ^finite, ^nonfinite
^nonfinite:
  %x_nan = func.call @irc_is_nan(%x) : (f64) -> i1
  %nonfinite_result = arith.select %x_nan, %x, %inf : f64
  cf.br ^done(%nonfinite_result : f64)
^finite:
  %fl = func.call @floor(%x) : (f64) -> f64
  %integral = arith.cmpf oeq, %x, %fl : f64
  %at_most_two = arith.cmpf ole, %x, %two : f64
  %small_integer = arith.andi %integral, %at_most_two : i1
  cf.cond_br %small_integer, ^small_integer, ^general
^small_integer:
  %pole = arith.cmpf ole, %x, %zero : f64
  cf.cond_br %pole, ^domain, ^done(%zero : f64)
^general:
  %absx = func.call @fabs(%x) : (f64) -> f64
  %tiny_limit = arith.constant 1.0E-20 : f64
  %tiny = arith.cmpf olt, %absx, %tiny_limit : f64
  cf.cond_br %tiny, ^tiny, ^lanczos
^tiny:
  %log_absx = func.call @log(%absx) : (f64) -> f64
  %neg_log = arith.negf %log_absx : f64
  cf.br ^done(%neg_log : f64)
^lanczos:
  %sum = func.call @irc_lanczos_sum(%absx) : (f64) -> f64
  %log_sum = func.call @log(%sum) : (f64) -> f64
  %r1 = arith.subf %log_sum, %g : f64
  %shifted_g = arith.addf %absx, %g : f64
  %shifted = arith.subf %shifted_g, %half : f64
  %log_shifted = func.call @log(%shifted) : (f64) -> f64
  %log_minus_one = arith.subf %log_shifted, %one : f64
  %power = arith.subf %absx, %half : f64
  %term = arith.mulf %power, %log_minus_one : f64
  %r2 = arith.addf %r1, %term : f64
  %reflect = arith.cmpf olt, %x, %zero : f64
  cf.cond_br %reflect, ^negative, ^check(%r2 : f64)
^negative:
  %s = func.call @irc_sinpi(%absx) : (f64) -> f64
  %abs_s = func.call @fabs(%s) : (f64) -> f64
  %log_s = func.call @log(%abs_s) : (f64) -> f64
  %log_a = func.call @log(%absx) : (f64) -> f64
  %m1 = arith.subf %log_pi, %log_s : f64
  %m2 = arith.subf %m1, %log_a : f64
  %m3 = arith.subf %m2, %r2 : f64
  cf.br ^check(%m3 : f64)
^check(%r: f64):
  %r_inf = func.call @irc_is_infinite(%r) : (f64) -> i1
  cf.cond_br %r_inf, ^range, ^done(%r : f64)
^domain:
  %domain_code = arith.constant 4 : i64
  %de:2 = func.call @irc_float_error(%ctx, %domain_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %de#0, %de#1 : f64, i1
^range:
  %range_code = arith.constant 5 : i64
  %re:2 = func.call @irc_float_error(%ctx, %range_code) : (!llvm.ptr, i64) -> (f64, i1)
  return %re#0, %re#1 : f64, i1
^done(%result: f64):
  return %result, %false : f64, i1
}

// CPython's lanczos_sum(x) for x > 0: the rational function num(x) / den(x) with N = 13 terms, by
// Horner's rule in x below 5 and in 1/x from 5 on (rescaled so it cannot overflow); straight-line
// code, with the coefficients of Gamma.LANCZOS_NUMERATOR/DENOMINATOR as constants.
func.func private @irc_lanczos_sum(%x: f64) -> f64 {
  %zero = arith.constant 0.0 : f64
  %five = arith.constant 5.0 : f64
  %n0 = arith.constant 23531376880.41076 : f64
  %d0 = arith.constant 0.0 : f64
  %n1 = arith.constant 42919803642.6491 : f64
  %d1 = arith.constant 39916800.0 : f64
  %n2 = arith.constant 35711959237.35567 : f64
  %d2 = arith.constant 120543840.0 : f64
  %n3 = arith.constant 17921034426.03721 : f64
  %d3 = arith.constant 150917976.0 : f64
  %n4 = arith.constant 6039542586.352028 : f64
  %d4 = arith.constant 105258076.0 : f64
  %n5 = arith.constant 1439720407.3117216 : f64
  %d5 = arith.constant 45995730.0 : f64
  %n6 = arith.constant 248874557.86205417 : f64
  %d6 = arith.constant 13339535.0 : f64
  %n7 = arith.constant 31426415.585400194 : f64
  %d7 = arith.constant 2637558.0 : f64
  %n8 = arith.constant 2876370.6289353725 : f64
  %d8 = arith.constant 357423.0 : f64
  %n9 = arith.constant 186056.26539522348 : f64
  %d9 = arith.constant 32670.0 : f64
  %n10 = arith.constant 8071.672002365816 : f64
  %d10 = arith.constant 1925.0 : f64
  %n11 = arith.constant 210.82427775157936 : f64
  %d11 = arith.constant 66.0 : f64
  %n12 = arith.constant 2.5066282746310002 : f64
  %d12 = arith.constant 1.0 : f64
  %small = arith.cmpf olt, %x, %five : f64
  cf.cond_br %small, ^rising, ^falling
^rising:
  %rn_m12 = arith.mulf %zero, %x : f64
  %rn12 = arith.addf %rn_m12, %n12 : f64
  %rd_m12 = arith.mulf %zero, %x : f64
  %rd12 = arith.addf %rd_m12, %d12 : f64
  %rn_m11 = arith.mulf %rn12, %x : f64
  %rn11 = arith.addf %rn_m11, %n11 : f64
  %rd_m11 = arith.mulf %rd12, %x : f64
  %rd11 = arith.addf %rd_m11, %d11 : f64
  %rn_m10 = arith.mulf %rn11, %x : f64
  %rn10 = arith.addf %rn_m10, %n10 : f64
  %rd_m10 = arith.mulf %rd11, %x : f64
  %rd10 = arith.addf %rd_m10, %d10 : f64
  %rn_m9 = arith.mulf %rn10, %x : f64
  %rn9 = arith.addf %rn_m9, %n9 : f64
  %rd_m9 = arith.mulf %rd10, %x : f64
  %rd9 = arith.addf %rd_m9, %d9 : f64
  %rn_m8 = arith.mulf %rn9, %x : f64
  %rn8 = arith.addf %rn_m8, %n8 : f64
  %rd_m8 = arith.mulf %rd9, %x : f64
  %rd8 = arith.addf %rd_m8, %d8 : f64
  %rn_m7 = arith.mulf %rn8, %x : f64
  %rn7 = arith.addf %rn_m7, %n7 : f64
  %rd_m7 = arith.mulf %rd8, %x : f64
  %rd7 = arith.addf %rd_m7, %d7 : f64
  %rn_m6 = arith.mulf %rn7, %x : f64
  %rn6 = arith.addf %rn_m6, %n6 : f64
  %rd_m6 = arith.mulf %rd7, %x : f64
  %rd6 = arith.addf %rd_m6, %d6 : f64
  %rn_m5 = arith.mulf %rn6, %x : f64
  %rn5 = arith.addf %rn_m5, %n5 : f64
  %rd_m5 = arith.mulf %rd6, %x : f64
  %rd5 = arith.addf %rd_m5, %d5 : f64
  %rn_m4 = arith.mulf %rn5, %x : f64
  %rn4 = arith.addf %rn_m4, %n4 : f64
  %rd_m4 = arith.mulf %rd5, %x : f64
  %rd4 = arith.addf %rd_m4, %d4 : f64
  %rn_m3 = arith.mulf %rn4, %x : f64
  %rn3 = arith.addf %rn_m3, %n3 : f64
  %rd_m3 = arith.mulf %rd4, %x : f64
  %rd3 = arith.addf %rd_m3, %d3 : f64
  %rn_m2 = arith.mulf %rn3, %x : f64
  %rn2 = arith.addf %rn_m2, %n2 : f64
  %rd_m2 = arith.mulf %rd3, %x : f64
  %rd2 = arith.addf %rd_m2, %d2 : f64
  %rn_m1 = arith.mulf %rn2, %x : f64
  %rn1 = arith.addf %rn_m1, %n1 : f64
  %rd_m1 = arith.mulf %rd2, %x : f64
  %rd1 = arith.addf %rd_m1, %d1 : f64
  %rn_m0 = arith.mulf %rn1, %x : f64
  %rn0 = arith.addf %rn_m0, %n0 : f64
  %rd_m0 = arith.mulf %rd1, %x : f64
  %rd0 = arith.addf %rd_m0, %d0 : f64
  cf.br ^done(%rn0, %rd0 : f64, f64)
^falling:
  %fn_q0 = arith.divf %zero, %x : f64
  %fn0 = arith.addf %fn_q0, %n0 : f64
  %fd_q0 = arith.divf %zero, %x : f64
  %fd0 = arith.addf %fd_q0, %d0 : f64
  %fn_q1 = arith.divf %fn0, %x : f64
  %fn1 = arith.addf %fn_q1, %n1 : f64
  %fd_q1 = arith.divf %fd0, %x : f64
  %fd1 = arith.addf %fd_q1, %d1 : f64
  %fn_q2 = arith.divf %fn1, %x : f64
  %fn2 = arith.addf %fn_q2, %n2 : f64
  %fd_q2 = arith.divf %fd1, %x : f64
  %fd2 = arith.addf %fd_q2, %d2 : f64
  %fn_q3 = arith.divf %fn2, %x : f64
  %fn3 = arith.addf %fn_q3, %n3 : f64
  %fd_q3 = arith.divf %fd2, %x : f64
  %fd3 = arith.addf %fd_q3, %d3 : f64
  %fn_q4 = arith.divf %fn3, %x : f64
  %fn4 = arith.addf %fn_q4, %n4 : f64
  %fd_q4 = arith.divf %fd3, %x : f64
  %fd4 = arith.addf %fd_q4, %d4 : f64
  %fn_q5 = arith.divf %fn4, %x : f64
  %fn5 = arith.addf %fn_q5, %n5 : f64
  %fd_q5 = arith.divf %fd4, %x : f64
  %fd5 = arith.addf %fd_q5, %d5 : f64
  %fn_q6 = arith.divf %fn5, %x : f64
  %fn6 = arith.addf %fn_q6, %n6 : f64
  %fd_q6 = arith.divf %fd5, %x : f64
  %fd6 = arith.addf %fd_q6, %d6 : f64
  %fn_q7 = arith.divf %fn6, %x : f64
  %fn7 = arith.addf %fn_q7, %n7 : f64
  %fd_q7 = arith.divf %fd6, %x : f64
  %fd7 = arith.addf %fd_q7, %d7 : f64
  %fn_q8 = arith.divf %fn7, %x : f64
  %fn8 = arith.addf %fn_q8, %n8 : f64
  %fd_q8 = arith.divf %fd7, %x : f64
  %fd8 = arith.addf %fd_q8, %d8 : f64
  %fn_q9 = arith.divf %fn8, %x : f64
  %fn9 = arith.addf %fn_q9, %n9 : f64
  %fd_q9 = arith.divf %fd8, %x : f64
  %fd9 = arith.addf %fd_q9, %d9 : f64
  %fn_q10 = arith.divf %fn9, %x : f64
  %fn10 = arith.addf %fn_q10, %n10 : f64
  %fd_q10 = arith.divf %fd9, %x : f64
  %fd10 = arith.addf %fd_q10, %d10 : f64
  %fn_q11 = arith.divf %fn10, %x : f64
  %fn11 = arith.addf %fn_q11, %n11 : f64
  %fd_q11 = arith.divf %fd10, %x : f64
  %fd11 = arith.addf %fd_q11, %d11 : f64
  %fn_q12 = arith.divf %fn11, %x : f64
  %fn12 = arith.addf %fn_q12, %n12 : f64
  %fd_q12 = arith.divf %fd11, %x : f64
  %fd12 = arith.addf %fd_q12, %d12 : f64
  cf.br ^done(%fn12, %fd12 : f64, f64)
^done(%num: f64, %den: f64):
  %sum = arith.divf %num, %den : f64
  return %sum : f64
}

// ---------------------------------------------------------------------------------------------
// The integer functions of the math module on i64: exact results, CPython's ValueErrors for
// negative arguments (runtime error codes 10 to 13), and a deoptimization wherever the result or
// an intermediate product leaves i64 (the evaluator then computes it with big ints).

func.func private @irc_int_error(%ctx: !llvm.ptr, %code: i64) -> (i64, i1) {
  func.call @irc_error(%ctx, %code) : (!llvm.ptr, i64) -> ()
  %zero = arith.constant 0 : i64
  %true = arith.constant true
  return %zero, %true : i64, i1
}

func.func private @irc_int_deopt(%ctx: !llvm.ptr) -> (i64, i1) {
  %runtime_site = arith.constant -1 : i64
  func.call @irc_deopt(%ctx, %runtime_site) : (!llvm.ptr, i64) -> ()
  %zero = arith.constant 0 : i64
  %true = arith.constant true
  return %zero, %true : i64, i1
}

// The product lo * (lo + 1) * ... * hi (1 when lo > hi); deoptimizes when it leaves i64.
func.func private @irc_int_range_product(%ctx: !llvm.ptr, %lo: i64, %hi: i64) -> (i64, i1) {
  %one = arith.constant 1 : i64
  %false = arith.constant false
  cf.br ^loop(%one, %lo : i64, i64)
^loop(%acc: i64, %i: i64):
  %more = arith.cmpi sle, %i, %hi : i64
  cf.cond_br %more, ^step, ^done(%acc : i64)
^step:
  %p:2 = arith.checked_muli %acc, %i : i64
  cf.cond_br %p#1, ^deopt, ^next
^next:
  // Stop at hi itself: hi + 1 would wrap for hi = 2**63 - 1.
  %last = arith.cmpi eq, %i, %hi : i64
  %i_next = arith.addi %i, %one : i64
  cf.cond_br %last, ^done(%p#0 : i64), ^loop(%p#0, %i_next : i64, i64)
^deopt:
  %d:2 = func.call @irc_int_deopt(%ctx) : (!llvm.ptr) -> (i64, i1)
  return %d#0, %d#1 : i64, i1
^done(%r: i64):
  return %r, %false : i64, i1
}

// math.factorial(n): ValueError for negative n; 21! and beyond deoptimize.
func.func private @irc_math_factorial(%ctx: !llvm.ptr, %n: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %two = arith.constant 2 : i64
  %negative = arith.cmpi slt, %n, %zero : i64
  cf.cond_br %negative, ^negative, ^product
^negative:
  %code = arith.constant 10 : i64
  %e:2 = func.call @irc_int_error(%ctx, %code) : (!llvm.ptr, i64) -> (i64, i1)
  return %e#0, %e#1 : i64, i1
^product:
  %r:2 = func.call @irc_int_range_product(%ctx, %two, %n) : (!llvm.ptr, i64, i64) -> (i64, i1)
  return %r#0, %r#1 : i64, i1
}

// math.isqrt(n): ValueError for negative n; the float square root as a first guess, then
// corrected to the largest r with r * r <= n (the squares compared unsigned: they stay below
// 2**64 for r near sqrt(2**63)).
func.func private @irc_math_isqrt(%ctx: !llvm.ptr, %n: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %false = arith.constant false
  %negative = arith.cmpi slt, %n, %zero : i64
  cf.cond_br %negative, ^negative, ^guess
^negative:
  %code = arith.constant 11 : i64
  %e:2 = func.call @irc_int_error(%ctx, %code) : (!llvm.ptr, i64) -> (i64, i1)
  return %e#0, %e#1 : i64, i1
^guess:
  %f = arith.sitofp %n : i64 to f64
  %root = func.call @sqrt(%f) : (f64) -> f64
  %r0 = arith.fptosi %root : f64 to i64
  cf.br ^down(%r0 : i64)
^down(%r: i64):
  %square = arith.muli %r, %r : i64
  %too_big = arith.cmpi ugt, %square, %n : i64
  %r_less = arith.subi %r, %one : i64
  cf.cond_br %too_big, ^down(%r_less : i64), ^up(%r : i64)
^up(%s: i64):
  %s_more = arith.addi %s, %one : i64
  %next_square = arith.muli %s_more, %s_more : i64
  %fits = arith.cmpi ule, %next_square, %n : i64
  cf.cond_br %fits, ^up(%s_more : i64), ^done(%s : i64)
^done(%result: i64):
  return %result, %false : i64, i1
}

// The checks comb and perm share: ValueError for a negative n or k (n first).
func.func private @irc_comb_arguments(%ctx: !llvm.ptr, %n: i64, %k: i64) -> i1 {
  %zero = arith.constant 0 : i64
  %false = arith.constant false
  %true = arith.constant true
  %n_negative = arith.cmpi slt, %n, %zero : i64
  cf.cond_br %n_negative, ^n_error, ^k_check
^n_error:
  %n_code = arith.constant 12 : i64
  func.call @irc_error(%ctx, %n_code) : (!llvm.ptr, i64) -> ()
  return %true : i1
^k_check:
  %k_negative = arith.cmpi slt, %k, %zero : i64
  cf.cond_br %k_negative, ^k_error, ^ok
^k_error:
  %k_code = arith.constant 13 : i64
  func.call @irc_error(%ctx, %k_code) : (!llvm.ptr, i64) -> ()
  return %true : i1
^ok:
  return %false : i1
}

// math.perm(n, k): n! / (n - k)!, the product of n - k + 1 .. n; 0 when k > n.
func.func private @irc_math_perm(%ctx: !llvm.ptr, %n: i64, %k: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %false = arith.constant false
  %bad = func.call @irc_comb_arguments(%ctx, %n, %k) : (!llvm.ptr, i64, i64) -> i1
  cf.cond_br %bad, ^raised, ^compare
^raised:
  %true = arith.constant true
  return %zero, %true : i64, i1
^compare:
  %k_above = arith.cmpi sgt, %k, %n : i64
  cf.cond_br %k_above, ^none, ^k_zero_check
^none:
  return %zero, %false : i64, i1
^k_zero_check:
  // perm(n, 0) is 1 (and n - k + 1 would wrap for n = 2**63 - 1).
  %k_zero = arith.cmpi eq, %k, %zero : i64
  cf.cond_br %k_zero, ^empty, ^product
^empty:
  return %one, %false : i64, i1
^product:
  %rest = arith.subi %n, %k : i64
  %lo = arith.addi %rest, %one : i64
  %r:2 = func.call @irc_int_range_product(%ctx, %lo, %n) : (!llvm.ptr, i64, i64) -> (i64, i1)
  return %r#0, %r#1 : i64, i1
}

// math.comb(n, k): 0 when k > n; else with j = min(k, n - k), c = c * (n - j + i) / i for
// i = 1 .. j (c is then C(n - j + i, i)); a result beyond i64 deoptimizes.
func.func private @irc_math_comb(%ctx: !llvm.ptr, %n: i64, %k: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %false = arith.constant false
  %bad = func.call @irc_comb_arguments(%ctx, %n, %k) : (!llvm.ptr, i64, i64) -> i1
  cf.cond_br %bad, ^raised, ^compare
^raised:
  %true = arith.constant true
  return %zero, %true : i64, i1
^compare:
  %k_above = arith.cmpi sgt, %k, %n : i64
  cf.cond_br %k_above, ^done(%zero : i64), ^start
^start:
  %other = arith.subi %n, %k : i64
  %k_smaller = arith.cmpi slt, %k, %other : i64
  %j = arith.select %k_smaller, %k, %other : i64
  %base = arith.subi %n, %j : i64
  cf.br ^loop(%one, %one : i64, i64)
^loop(%c: i64, %i: i64):
  %more = arith.cmpi sle, %i, %j : i64
  cf.cond_br %more, ^step, ^done(%c : i64)
^step:
  // c * factor / i as (c / g) * (factor / (i / g)) with g = gcd(c, i): exact, since i / g divides
  // factor, and only the result itself can overflow (C(base + i, i) grows with i).
  %factor = arith.addi %base, %i : i64
  %g:2 = func.call @irc_math_gcd(%ctx, %c, %i) : (!llvm.ptr, i64, i64) -> (i64, i1)
  %c_part = arith.divsi %c, %g#0 : i64
  %i_part = arith.divsi %i, %g#0 : i64
  %f_part = arith.divsi %factor, %i_part : i64
  %p:2 = arith.checked_muli %c_part, %f_part : i64
  cf.cond_br %p#1, ^deopt, ^next
^next:
  %i_next = arith.addi %i, %one : i64
  cf.br ^loop(%p#0, %i_next : i64, i64)
^deopt:
  %d:2 = func.call @irc_int_deopt(%ctx) : (!llvm.ptr) -> (i64, i1)
  return %d#0, %d#1 : i64, i1
^done(%result: i64):
  return %result, %false : i64, i1
}

// math.lcm(a, b): 0 if either is 0, else |a / gcd(a, b) * b|; beyond i64 deoptimizes.
func.func private @irc_math_lcm(%ctx: !llvm.ptr, %a: i64, %b: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %false = arith.constant false
  %a_zero = arith.cmpi eq, %a, %zero : i64
  %b_zero = arith.cmpi eq, %b, %zero : i64
  %any_zero = arith.ori %a_zero, %b_zero : i1
  cf.cond_br %any_zero, ^done(%zero : i64), ^gcd
^gcd:
  %g:2 = func.call @irc_math_gcd(%ctx, %a, %b) : (!llvm.ptr, i64, i64) -> (i64, i1)
  cf.cond_br %g#1, ^failed, ^multiply
^failed:
  return %zero, %g#1 : i64, i1
^multiply:
  %f = arith.divsi %a, %g#0 : i64
  %m:2 = arith.checked_muli %f, %b : i64
  cf.cond_br %m#1, ^deopt, ^magnitude
^magnitude:
  %negated:2 = arith.checked_subi %zero, %m#0 : i64
  cf.cond_br %negated#1, ^deopt, ^sign
^sign:
  %negative = arith.cmpi slt, %m#0, %zero : i64
  %abs = arith.select %negative, %negated#0, %m#0 : i64
  cf.br ^done(%abs : i64)
^deopt:
  %d:2 = func.call @irc_int_deopt(%ctx) : (!llvm.ptr) -> (i64, i1)
  return %d#0, %d#1 : i64, i1
^done(%result: i64):
  return %result, %false : i64, i1
}

// pow(base, exp, mod) on ints (CPython's long_pow with a modulus): ValueError for mod 0
// (code 14); a negative exponent takes the inverse of base modulo |mod| first (ValueError,
// code 15, when there is none); the result has the sign of mod. Products are reduced with
// @irc_mul_mod, which cannot overflow; mod = -2**63 deoptimizes.
func.func private @irc_int_pow_mod(%ctx: !llvm.ptr, %base: i64, %exp: i64, %mod: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %false = arith.constant false
  %mod_zero = arith.cmpi eq, %mod, %zero : i64
  cf.cond_br %mod_zero, ^zero_modulus, ^magnitude
^zero_modulus:
  %zero_code = arith.constant 14 : i64
  %ze:2 = func.call @irc_int_error(%ctx, %zero_code) : (!llvm.ptr, i64) -> (i64, i1)
  return %ze#0, %ze#1 : i64, i1
^magnitude:
  %negated:2 = arith.checked_subi %zero, %mod : i64
  cf.cond_br %negated#1, ^deopt, ^reduce
^reduce:
  %mod_negative = arith.cmpi slt, %mod, %zero : i64
  %m = arith.select %mod_negative, %negated#0, %mod : i64
  // base mod m in [0, m)
  %rem = arith.remsi %base, %m : i64
  %rem_negative = arith.cmpi slt, %rem, %zero : i64
  %rem_up = arith.addi %rem, %m : i64
  %b0 = arith.select %rem_negative, %rem_up, %rem : i64
  %exp_negative = arith.cmpi slt, %exp, %zero : i64
  cf.cond_br %exp_negative, ^inverse, ^power(%b0, %exp : i64, i64)
^inverse:
  %inv:2 = func.call @irc_inverse_mod(%b0, %m) : (i64, i64) -> (i64, i1)
  cf.cond_br %inv#1, ^not_invertible, ^negate_exponent
^not_invertible:
  %inv_code = arith.constant 15 : i64
  %ie:2 = func.call @irc_int_error(%ctx, %inv_code) : (!llvm.ptr, i64) -> (i64, i1)
  return %ie#0, %ie#1 : i64, i1
^negate_exponent:
  // -exp fits: exp > -2**63 is not needed, as -(-2**63) wraps to itself and is handled as unsigned.
  %positive_exp = arith.subi %zero, %exp : i64
  cf.br ^power(%inv#0, %positive_exp : i64, i64)
^power(%b: i64, %e: i64):
  // result starts as 1 mod m (0 when m == 1); square-and-multiply over the bits of e (unsigned).
  %m_one = arith.cmpi eq, %m, %one : i64
  %start = arith.select %m_one, %zero, %one : i64
  cf.br ^loop(%start, %b, %e : i64, i64, i64)
^loop(%r: i64, %sq: i64, %bits: i64):
  %done = arith.cmpi eq, %bits, %zero : i64
  cf.cond_br %done, ^sign(%r : i64), ^step
^step:
  %low = arith.andi %bits, %one : i64
  %odd = arith.cmpi ne, %low, %zero : i64
  %times = func.call @irc_mul_mod(%r, %sq, %m) : (i64, i64, i64) -> i64
  %r_next = arith.select %odd, %times, %r : i64
  %sq_next = func.call @irc_mul_mod(%sq, %sq, %m) : (i64, i64, i64) -> i64
  %bits_next = arith.shrui %bits, %one : i64
  cf.br ^loop(%r_next, %sq_next, %bits_next : i64, i64, i64)
^sign(%result: i64):
  // Python's result has the sign of mod: r - m for a negative mod and r != 0.
  %r_nonzero = arith.cmpi ne, %result, %zero : i64
  %shift = arith.andi %mod_negative, %r_nonzero : i1
  %shifted = arith.subi %result, %m : i64
  %signed = arith.select %shift, %shifted, %result : i64
  return %signed, %false : i64, i1
^deopt:
  %d:2 = func.call @irc_int_deopt(%ctx) : (!llvm.ptr) -> (i64, i1)
  return %d#0, %d#1 : i64, i1
}

// a * b mod m for 0 <= a, b < m <= 2**63 - 1, by doubling and adding (each sum below 2**64,
// compared unsigned), so nothing overflows.
func.func private @irc_mul_mod(%a: i64, %b: i64, %m: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  cf.br ^loop(%zero, %a, %b : i64, i64, i64)
^loop(%acc: i64, %x: i64, %bits: i64):
  %done = arith.cmpi eq, %bits, %zero : i64
  cf.cond_br %done, ^done(%acc : i64), ^step
^step:
  %low = arith.andi %bits, %one : i64
  %odd = arith.cmpi ne, %low, %zero : i64
  %sum = func.call @irc_add_mod(%acc, %x, %m) : (i64, i64, i64) -> i64
  %acc_next = arith.select %odd, %sum, %acc : i64
  %x_next = func.call @irc_add_mod(%x, %x, %m) : (i64, i64, i64) -> i64
  %bits_next = arith.shrui %bits, %one : i64
  cf.br ^loop(%acc_next, %x_next, %bits_next : i64, i64, i64)
^done(%r: i64):
  return %r : i64
}

// (a + b) mod m for 0 <= a, b < m: the sum is below 2**64, so an unsigned compare decides.
func.func private @irc_add_mod(%a: i64, %b: i64, %m: i64) -> i64 {
  %sum = arith.addi %a, %b : i64
  %wrap = arith.cmpi uge, %sum, %m : i64
  %less = arith.subi %sum, %m : i64
  %r = arith.select %wrap, %less, %sum : i64
  return %r : i64
}

// The inverse of a modulo m (0 <= a < m) by the extended Euclidean algorithm, with the flag set
// when gcd(a, m) != 1. The coefficients stay within (-m, m).
func.func private @irc_inverse_mod(%a: i64, %m: i64) -> (i64, i1) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %false = arith.constant false
  %true = arith.constant true
  cf.br ^loop(%m, %a, %zero, %one : i64, i64, i64, i64)
^loop(%r0: i64, %r1: i64, %t0: i64, %t1: i64):
  %finished = arith.cmpi eq, %r1, %zero : i64
  cf.cond_br %finished, ^check(%r0, %t0 : i64, i64), ^step
^step:
  %q = arith.divsi %r0, %r1 : i64
  %qr = arith.muli %q, %r1 : i64
  %r2 = arith.subi %r0, %qr : i64
  %qt = arith.muli %q, %t1 : i64
  %t2 = arith.subi %t0, %qt : i64
  cf.br ^loop(%r1, %r2, %t1, %t2 : i64, i64, i64, i64)
^check(%g: i64, %t: i64):
  %coprime = arith.cmpi eq, %g, %one : i64
  cf.cond_br %coprime, ^normalize, ^none
^none:
  return %zero, %true : i64, i1
^normalize:
  %t_negative = arith.cmpi slt, %t, %zero : i64
  %t_up = arith.addi %t, %m : i64
  %inverse = arith.select %t_negative, %t_up, %t : i64
  return %inverse, %false : i64, i1
}
