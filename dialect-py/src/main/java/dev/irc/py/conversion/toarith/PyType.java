package dev.irc.py.conversion.toarith;

import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;
import java.util.List;

/**
 * The lattice {@code py-to-arith} infers over: what a {@code !py.object} value is known to be at
 * compile time. {@link Bottom} (no value yet) is below everything, {@link Dynamic} (cannot be
 * typed) above everything; any two different elements join to {@link Dynamic}, so a variable that
 * is an int on one path and a float on another is never coerced.
 *
 * <p>Besides the scalar types that become {@code i1}/{@code i64}/{@code f64}, the lattice has the
 * compile-time-only kinds the lowering needs: a constant string (only printable), a range and its
 * iterator (their state becomes i64 values), a tuple of scalars (divmod's result), and the
 * unbound placeholder of a not-yet-assigned local.
 */
public sealed interface PyType {
  /** No value reaches here (yet): the identity of {@link #join}. */
  record Bottom() implements PyType {}

  /** {@code bool}, lowered to {@code i1}. */
  record Bool() implements PyType {}

  /** {@code int} within i64, lowered to {@code i64} with overflow guards. */
  record Int() implements PyType {}

  /** {@code float}, lowered to {@code f64}. */
  record Float() implements PyType {}

  /** {@code None}: no runtime value. */
  record None() implements PyType {}

  /** A constant {@code str} known at compile time (a print argument, sep, end or assert message). */
  record Str(String value) implements PyType {}

  /** {@code range(start, stop, step)} of ints: three i64 values. */
  record Range() implements PyType {}

  /** An iterator over a range: its current position is threaded through the CFG. */
  record RangeIterator() implements PyType {}

  /** A tuple of scalars (divmod's result), lowered to one value per element. */
  record Tuple(List<PyType> elements) implements PyType {
    public Tuple {
      elements = List.copyOf(elements);
    }
  }

  /** The placeholder of a local that is not assigned yet ({@code py.unbound}). */
  record Unbound() implements PyType {}

  /** Cannot be typed: the code that produces it stays on the reference evaluator. */
  record Dynamic() implements PyType {}

  /**
   * An exception whose type and message are known at compile time ({@code ValueError("x")}):
   * compile-time only, raised by {@code py.throw} as a site of its own.
   */
  record ConstantException(String type, String message) implements PyType {}

  PyType BOTTOM = new Bottom();
  PyType BOOL = new Bool();
  PyType INT = new Int();
  PyType FLOAT = new Float();
  PyType NONE = new None();
  PyType RANGE = new Range();
  PyType RANGE_ITERATOR = new RangeIterator();
  PyType UNBOUND = new Unbound();
  PyType DYNAMIC = new Dynamic();

  /** The least upper bound of two types. */
  static PyType join(PyType a, PyType b) {
    if (a instanceof Bottom) {
      return b;
    }
    if (b instanceof Bottom || a.equals(b)) {
      return a;
    }
    return DYNAMIC;
  }

  /** Whether values of this type are bool or int (Python's bool is an int subtype). */
  default boolean isIntLike() {
    return this instanceof Int || this instanceof Bool;
  }

  /** Whether values of this type are bool, int or float. */
  default boolean isNumber() {
    return isIntLike() || this instanceof Float;
  }

  /** The IR types of the values standing for one value of this type (none for compile-time-only kinds). */
  default List<Type> irTypes() {
    return switch (this) {
      case Bool b -> List.of(IntegerType.I1);
      case Int i -> List.of(IntegerType.I64);
      case Float f -> List.of(FloatType.F64);
      case Range r -> List.of(IntegerType.I64, IntegerType.I64, IntegerType.I64);
      case RangeIterator r -> List.of(IntegerType.I64, IntegerType.I64);
      case Tuple(List<PyType> elements) -> elements.stream().flatMap(e -> e.irTypes().stream()).toList();
      default -> List.of();
    };
  }

  /** A short spelling for specialization names and {@code --explain}: {@code i64}, {@code f64}, {@code bool}. */
  default String mnemonic() {
    return switch (this) {
      case Bottom b -> "bottom";
      case Bool b -> "i1";
      case Int i -> "i64";
      case Float f -> "f64";
      case None n -> "none";
      case Str s -> "str";
      case Range r -> "range";
      case RangeIterator r -> "range_iterator";
      case Tuple t -> "tuple";
      case Unbound u -> "unbound";
      case Dynamic d -> "dynamic";
      case ConstantException x -> "exception";
    };
  }
}
