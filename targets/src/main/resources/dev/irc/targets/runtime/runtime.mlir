// The irc runtime: the functions compiled Python programs call to print, raise, deoptimize and
// keep module globals. It is IR, linked into every program before LLVM's optimizer, so every
// target (the JIT, object files for other architectures) gets the same runtime; it calls libc
// (snprintf, strtod, strtol, memcpy, libm) and one host function, @irc_host_write.
//
// Every function takes the run's context first: a block of 8-byte slots that the host allocates
// (see dev.irc.targets.runtime.RunContext, which must agree with the slot numbers here):
//   0 output buffer (ptr)   1 output length      2 output capacity     3 bytes flushed to the host
//   4 status kind (0 none, 1 raised at site, 2 runtime error code, 3 deopt, 4 host exception)
//   5 status value (site number or error code)
//   6 traceback frames (ptr to i64 site numbers)  7 frame count  8 frame capacity
//   9 global values (ptr to 8-byte slots)        10 global bound flags (ptr to bytes)
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
// Writes bytes to the program's standard output (the JIT binds it to Java's stream, an
// executable to write(2)).
llvm.func @irc_host_write(!llvm.ptr, !llvm.ptr, i64)

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
  llvm.call @irc_host_write(%ctx, %buf, %len) : (!llvm.ptr, !llvm.ptr, i64) -> ()
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
  llvm.call @irc_host_write(%ctx, %src, %n) : (!llvm.ptr, !llvm.ptr, i64) -> ()
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
