/**
 * {@code py-to-arith}: whole-program type inference ({@link dev.irc.py.conversion.toarith.TypeInference},
 * monomorphized per argument-type signature) and lowering of typed py IR to func/arith/cf
 * ({@link dev.irc.py.conversion.toarith.ModuleLowering}).
 *
 * <h2>Calling convention and status protocol</h2>
 * Each specialization is {@code func.func @f$i64(%depth: i64, args...) -> (results..., i1)}:
 * {@code %depth} is the Python call depth (RecursionError at 1000), the last result the status
 * flag. A clear flag is success. A set flag means the runtime holds a pending Python exception
 * or a deoptimization; the caller calls {@code @irc_traceback(site)} and returns with the flag
 * set. {@code @__main__(0)} returning a set flag ends the program: a pending exception is
 * printed as a CPython traceback (exit 1); a deoptimization restarts the whole program in the
 * reference evaluator if no output was committed yet (the runtime holds output back up to 1 MiB),
 * otherwise it is an internal error (exit 70).
 *
 * <h2>Shapes that keep exactness without per-operation checks</h2>
 * A range loop with step 1 or -1 advances without an overflow check; {@code %} and {@code //}
 * by a non-constant divisor branch to an unsigned division when both operands are non-negative;
 * {@link dev.irc.py.conversion.toarith.LoopVersioning} gives range loops with bounded int
 * accumulators an unchecked copy, taken when a bound computed before the loop fits in i64; and
 * {@code return e + f(...)} (accumulator recursion) runs as a loop whose iterations are virtual
 * frames at depth + 1, with one traceback frame each when unwinding.
 *
 * <h2>Runtime ABI (externals, declared on use)</h2>
 * <ul>
 *   <li>{@code irc_print_i64(i64)}, {@code irc_print_f64(f64)} (Python float repr),
 *       {@code irc_print_bool(i1)}, {@code irc_print_none()}, {@code irc_print_str(i64)} (index
 *       into the module's {@code irc.strings}); print's sep/end are printed as strings.
 *   <li>{@code irc_raise(i64 site)}: raise the exception type/message of site (module attribute
 *       {@code irc.sites}: function, file, line, col, type, message) and record its frame;
 *       {@code irc_raise_in_caller(i64 site)} raises without a frame (the recursion limit: the
 *       frame is the caller's call); {@code irc_deopt(i64 site)}; {@code irc_traceback(i64 site)} adds an unwinding frame.
 *   <li>{@code irc_global_bound(i64) -> i1}, {@code irc_global_get_i64/f64/bool(i64)},
 *       {@code irc_global_set_i64/f64/bool(i64, v)}, {@code irc_global_set_none(i64)}; slots
 *       index {@code irc.globals}.
 *   <li>Fallible helpers returning {@code (result, i1 raised)}: {@code irc_int_truediv},
 *       {@code irc_float_pow}, {@code irc_round_f64}, {@code irc_round_f64_digits},
 *       {@code irc_math_gcd}, {@code irc_math_<f>(f64)} and {@code irc_math2_<f>(f64, f64)}
 *       (CPython-exact libm wrappers and CPython's own algorithms, raising ValueError/OverflowError),
 *       {@code irc_math_floor/ceil/trunc(f64) -> i64}, {@code irc_math_ldexp(f64, i64)},
 *       {@code irc_math_factorial/isqrt(i64) -> i64}, {@code irc_math_comb/perm/lcm(i64, i64) -> i64}
 *       and {@code irc_int_pow_mod(i64, i64, i64) -> i64} (these deoptimize when the result leaves i64).
 *   <li>hypot of n coordinates: {@code irc_norm_scale(f64 max) -> f64},
 *       {@code irc_norm_add(csum, frac1, frac2, frac3, x, scale, max) -> (csum, frac1, frac2, frac3)},
 *       {@code irc_norm_finish(csum, frac1, frac2, frac3, scale, max, i1 found_nan, i1 single) -> f64}.
 *   <li>libm: {@code floor(f64) -> f64}, {@code fabs(f64) -> f64}, the math functions CPython calls
 *       unchecked or checks with math_1 in IR ({@code sin}, {@code erf}, {@code exp2}, {@code nextafter(f64, f64)}, ...).
 * </ul>
 * The Java implementation for the IR interpreter is
 * {@link dev.irc.py.conversion.toarith.runtime.JavaRuntime}; compiled code links the IR runtime
 * of the targets module ({@code runtime.mlir}), which adds a context pointer as first parameter
 * of every function.
 */
package dev.irc.py.conversion.toarith;
