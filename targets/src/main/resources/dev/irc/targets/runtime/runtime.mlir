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

// math.hypot(x, y): CPython 3.11's vector_norm of (|x|, |y|), not libm's hypot.
func.func private @irc_math2_hypot(%ctx: !llvm.ptr, %x: f64, %y: f64) -> (f64, i1) {
  %zero = arith.constant 0.0 : f64
  %a = func.call @fabs(%x) : (f64) -> f64
  %b = func.call @fabs(%y) : (f64) -> f64
  // max starts at 0.0 and takes each coordinate greater than it (a NaN never is).
  %a_greater = arith.cmpf ogt, %a, %zero : f64
  %max_a = arith.select %a_greater, %a, %zero : f64
  %b_greater = arith.cmpf ogt, %b, %max_a : f64
  %max = arith.select %b_greater, %b, %max_a : f64
  %found_nan = arith.cmpf uno, %a, %b : f64
  %r = func.call @irc_vector_norm2(%a, %b, %max, %found_nan) : (f64, f64, f64, i1) -> f64
  %false = arith.constant false
  return %r, %false : f64, i1
}

// CPython's vector_norm for two magnitudes %a, %b with maximum %max: infinity wins over NaN;
// otherwise the coordinates are scaled by a power of two so the largest is in [0.5, 1), their
// squares summed exactly as double-length values (fma gives each square's rounding error), and
// the square root corrected once by the residual. Subnormal maxima are first scaled by 1/DBL_MIN
// (ldexp(1.0, -max_e) would overflow).
func.func private @irc_vector_norm2(%a: f64, %b: f64, %max: f64, %found_nan: i1) -> f64 {
  %zero = arith.constant 0.0 : f64
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  %max_infinite = func.call @irc_is_infinite(%max) : (f64) -> i1
  cf.cond_br %max_infinite, ^done(%max : f64), ^nan_check
^nan_check:
  %nan = arith.constant 0x7FF8000000000000 : f64
  cf.cond_br %found_nan, ^done(%nan : f64), ^zero_check
^zero_check:
  %max_zero = arith.cmpf oeq, %max, %zero : f64
  cf.cond_br %max_zero, ^done(%max : f64), ^exponent
^exponent:
  %one_slot = arith.constant 1 : i64
  %exponent_slot = llvm.alloca %one_slot x i32 : (i64) -> !llvm.ptr
  %ignored = func.call @frexp(%max, %exponent_slot) : (f64, !llvm.ptr) -> f64
  %max_e = llvm.load %exponent_slot : !llvm.ptr -> i32
  %lowest = arith.constant -1023 : i32
  %subnormal = arith.cmpi slt, %max_e, %lowest : i32
  cf.cond_br %subnormal, ^rescale, ^scale
^rescale:
  %dbl_min = arith.constant 2.2250738585072014E-308 : f64
  %a_normal = arith.divf %a, %dbl_min : f64
  %b_normal = arith.divf %b, %dbl_min : f64
  %max_normal = arith.divf %max, %dbl_min : f64
  %no_nan = arith.constant false
  %norm_normal = func.call @irc_vector_norm2(%a_normal, %b_normal, %max_normal, %no_nan) : (f64, f64, f64, i1) -> f64
  %norm = arith.mulf %dbl_min, %norm_normal : f64
  cf.br ^done(%norm : f64)
^scale:
  %zero_i32 = arith.constant 0 : i32
  %minus_max_e = arith.subi %zero_i32, %max_e : i32
  %scale = func.call @ldexp(%one, %minus_max_e) : (f64, i32) -> f64
  %a_scaled = arith.mulf %a, %scale : f64
  %b_scaled = arith.mulf %b, %scale : f64
  %s1:3 = func.call @irc_add_square(%one, %zero, %zero, %a_scaled, %a_scaled) : (f64, f64, f64, f64, f64) -> (f64, f64, f64)
  %s2:3 = func.call @irc_add_square(%s1#0, %s1#1, %s1#2, %b_scaled, %b_scaled) : (f64, f64, f64, f64, f64) -> (f64, f64, f64)
  %h = func.call @irc_norm_residual_root(%s2#0, %s2#1, %s2#2) : (f64, f64, f64) -> f64
  // Differential correction: subtract h*h, then h += residual / (2h).
  %neg_h = arith.negf %h : f64
  %s3:3 = func.call @irc_add_square(%s2#0, %s2#1, %s2#2, %neg_h, %h) : (f64, f64, f64, f64, f64) -> (f64, f64, f64)
  %residual = func.call @irc_norm_residual(%s3#0, %s3#1, %s3#2) : (f64, f64, f64) -> f64
  %twice_h = arith.mulf %two, %h : f64
  %correction = arith.divf %residual, %twice_h : f64
  %corrected = arith.addf %h, %correction : f64
  %unscaled = arith.divf %corrected, %scale : f64
  cf.br ^done(%unscaled : f64)
^done(%result: f64):
  return %result : f64
}

// One step of vector_norm's sum: adds the exact product %p * %q (dl_mul: hi plus the fma
// residual lo) to the running sum held as %csum plus the corrections %frac1 (products' low parts)
// and %frac2 (dl_fast_sum's rounding errors; |csum| >= |hi| holds since csum starts at 1).
func.func private @irc_add_square(%csum: f64, %frac1: f64, %frac2: f64, %p: f64, %q: f64) -> (f64, f64, f64) {
  %hi = arith.mulf %p, %q : f64
  %neg_hi = arith.negf %hi : f64
  %lo = func.call @fma(%p, %q, %neg_hi) : (f64, f64, f64) -> f64
  %sum = arith.addf %csum, %hi : f64
  %lost = arith.subf %csum, %sum : f64
  %sum_error = arith.addf %lost, %hi : f64
  %new_frac2 = arith.addf %frac2, %sum_error : f64
  %new_frac1 = arith.addf %frac1, %lo : f64
  return %sum, %new_frac1, %new_frac2 : f64, f64, f64
}

// csum - 1.0 + (frac1 + frac2): the sum without the 1.0 it started from.
func.func private @irc_norm_residual(%csum: f64, %frac1: f64, %frac2: f64) -> f64 {
  %one = arith.constant 1.0 : f64
  %high = arith.subf %csum, %one : f64
  %low = arith.addf %frac1, %frac2 : f64
  %total = arith.addf %high, %low : f64
  return %total : f64
}

func.func private @irc_norm_residual_root(%csum: f64, %frac1: f64, %frac2: f64) -> f64 {
  %total = func.call @irc_norm_residual(%csum, %frac1, %frac2) : (f64, f64, f64) -> f64
  %root = func.call @sqrt(%total) : (f64) -> f64
  return %root : f64
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
