/**
 * The {@code py} dialect: Python's dynamically typed operations on {@code !py.object} values, in
 * a control-flow graph of blocks per {@code py.func}.
 *
 * <p>Ops (each with a verifier and a custom form):
 * <ul>
 *   <li>{@code py.func @f(%a, %b) attributes {arg_names = [..], defaults = [..]} {..}}; the
 *       module's top-level code is {@code py.func @__main__()}.
 *   <li>{@code py.constant 42 : i64} (int, also wider for big ints; {@code true}/{@code false};
 *       {@code 1.5 : f64}; {@code unit} for None; strings).
 *   <li>{@code py.binop add|sub|mul|truediv|floordiv|mod|pow|lshift|rshift|bitand|bitor|bitxor},
 *       {@code py.unop neg|pos|invert|not}, {@code py.compare eq|ne|lt|le|gt|ge|is|isnot},
 *       {@code py.truth} (an i1 for branching).
 *   <li>{@code py.call @f(..)} with all positional arguments (defaults and keyword arguments are
 *       resolved by the front end), {@code py.builtin "print"(..) {kwnames = ["sep"]}} for
 *       builtins and {@code math.*} functions ({@code "range"} too).
 *   <li>{@code py.global_load @x}, {@code py.global_store @x, %v}; locals are SSA values, with
 *       {@code py.unbound} and {@code py.check_bound "x", %v} where a local may be unassigned.
 *   <li>{@code py.iter}, {@code py.next} (i1 + value), {@code py.unpack %t into N}.
 *   <li>{@code py.br}, {@code py.cond_br} (on an i1), {@code py.return}, {@code py.assert},
 *       {@code py.raise "TypeError" {message = ".."}} (a call with the wrong arguments).
 * </ul>
 *
 * <p>Design notes: the dialect has its own branches (rather than {@code cf.br}) so that it
 * depends only on ir-core; their meaning is {@code cf}'s. Operators carry their operator name
 * in a {@code kind} string attribute, which keeps the op count small and regular. Math
 * constants ({@code math.pi}) are folded into {@code py.constant} by the front end.
 */
package dev.irc.py.dialect;
