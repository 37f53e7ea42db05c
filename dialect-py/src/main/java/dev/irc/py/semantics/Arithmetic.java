package dev.irc.py.semantics;

/**
 * Python's arithmetic operators on dynamically typed values: the meaning of {@code a + b},
 * {@code -a}, {@code a ** b}, ... for any mix of int, bool, float, None and str.
 *
 * <p>This is the dispatch CPython's binary-op protocol performs for the built-in number types:
 * int with int stays exact ({@link PyInt}), any float operand promotes the other (an int too big
 * for a float raises OverflowError), bool behaves as int except that {@code & | ^} of two bools
 * is a bool, and everything else is CPython's TypeError with its exact message.
 */
public final class Arithmetic {

  private Arithmetic() {}

  public static Object add(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.add(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return toDouble(a) + toDouble(b);
    }
    if (a instanceof String s && b instanceof String t) {
      return s + t;
    }
    if (a instanceof String) {
      throw PyException.type(
          "can only concatenate str (not \"" + PyType.nameOf(b) + "\") to str");
    }
    throw unsupported("+", a, b);
  }

  public static Object sub(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.sub(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return toDouble(a) - toDouble(b);
    }
    throw unsupported("-", a, b);
  }

  public static Object mul(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.mul(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return toDouble(a) * toDouble(b);
    }
    if (a instanceof String s && PyType.isInt(b)) {
      return StringRepetition.repeat(s, PyInt.of(b));
    }
    if (PyType.isInt(a) && b instanceof String s) {
      return StringRepetition.repeat(s, PyInt.of(a));
    }
    if (a instanceof String || b instanceof String) {
      throw PyException.type("can't multiply sequence by non-int of type '" + PyType.nameOf(a instanceof String ? b : a) + "'");
    }
    throw unsupported("*", a, b);
  }

  /** {@code a / b}: true division, a float for numbers of any type. */
  public static Object trueDiv(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.trueDiv(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return PyFloat.trueDiv(toDouble(a), toDouble(b));
    }
    throw unsupported("/", a, b);
  }

  public static Object floorDiv(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.floorDiv(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return PyFloat.floorDiv(toDouble(a), toDouble(b));
    }
    throw unsupported("//", a, b);
  }

  public static Object mod(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.mod(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return PyFloat.mod(toDouble(a), toDouble(b));
    }
    throw unsupported("%", a, b);
  }

  /** {@code divmod(a, b)}. */
  public static PyTuple divMod(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.divMod(PyInt.of(a), PyInt.of(b));
    }
    if (bothNumbers(a, b)) {
      return PyFloat.divMod(toDouble(a), toDouble(b));
    }
    throw unsupported("divmod()", a, b);
  }

  /** {@code a ** b}: exact for an int to a non-negative int, otherwise float. */
  public static Object pow(Object a, Object b) {
    if (bothInts(a, b)) {
      Object base = PyInt.of(a);
      Object exponent = PyInt.of(b);
      if (PyInt.signum(exponent) < 0) {
        return PyFloat.pow(IntToFloat.toDouble(base), IntToFloat.toDouble(exponent));
      }
      return PyInt.pow(base, exponent);
    }
    if (bothNumbers(a, b)) {
      return PyFloat.pow(toDouble(a), toDouble(b));
    }
    throw unsupported("** or pow()", a, b);
  }

  /** {@code pow(a, b, m)}; {@code m} None means {@code a ** b}. */
  public static Object pow(Object a, Object b, Object m) {
    if (m == PyNone.NONE) {
      return pow(a, b);
    }
    if (bothInts(a, b) && PyType.isInt(m)) {
      return PyInt.powMod(PyInt.of(a), PyInt.of(b), PyInt.of(m));
    }
    if (bothNumbers(a, b) && (a instanceof Double || b instanceof Double)) {
      throw PyException.type("pow() 3rd argument not allowed unless all arguments are integers");
    }
    throw PyException.type("unsupported operand type(s) for ** or pow(): '"
        + PyType.nameOf(a) + "', '" + PyType.nameOf(b) + "', '" + PyType.nameOf(m) + "'");
  }

  public static Object lshift(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.lshift(PyInt.of(a), PyInt.of(b));
    }
    throw unsupported("<<", a, b);
  }

  public static Object rshift(Object a, Object b) {
    if (bothInts(a, b)) {
      return PyInt.rshift(PyInt.of(a), PyInt.of(b));
    }
    throw unsupported(">>", a, b);
  }

  public static Object and(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x & y;
    }
    if (bothInts(a, b)) {
      return PyInt.and(PyInt.of(a), PyInt.of(b));
    }
    throw unsupported("&", a, b);
  }

  public static Object or(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x | y;
    }
    if (bothInts(a, b)) {
      return PyInt.or(PyInt.of(a), PyInt.of(b));
    }
    throw unsupported("|", a, b);
  }

  public static Object xor(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x ^ y;
    }
    if (bothInts(a, b)) {
      return PyInt.xor(PyInt.of(a), PyInt.of(b));
    }
    throw unsupported("^", a, b);
  }

  /** {@code -a}. */
  public static Object neg(Object a) {
    if (PyType.isInt(a)) {
      return PyInt.neg(PyInt.of(a));
    }
    if (a instanceof Double d) {
      return -d;
    }
    throw badOperand("unary -", a);
  }

  /** {@code +a}: an int for a bool, otherwise the value itself. */
  public static Object pos(Object a) {
    if (PyType.isInt(a)) {
      return PyInt.of(a);
    }
    if (a instanceof Double) {
      return a;
    }
    throw badOperand("unary +", a);
  }

  /** {@code ~a}, ints and bools only. */
  public static Object invert(Object a) {
    if (PyType.isInt(a)) {
      return PyInt.invert(PyInt.of(a));
    }
    throw badOperand("unary ~", a);
  }

  /** {@code abs(a)}. */
  public static Object abs(Object a) {
    if (PyType.isInt(a)) {
      return PyInt.abs(PyInt.of(a));
    }
    if (a instanceof Double d) {
      return Math.abs(d);
    }
    throw badOperand("abs()", a);
  }

  /** The float value of a number: {@code float(x)} for int/bool, {@code x} for a float. */
  static double toDouble(Object number) {
    return number instanceof Double d ? d : IntToFloat.toDouble(number);
  }

  private static boolean bothInts(Object a, Object b) {
    return PyType.isInt(a) && PyType.isInt(b);
  }

  private static boolean bothNumbers(Object a, Object b) {
    return PyType.isNumber(a) && PyType.isNumber(b);
  }

  private static PyException unsupported(String op, Object a, Object b) {
    return PyException.type("unsupported operand type(s) for " + op + ": '"
        + PyType.nameOf(a) + "' and '" + PyType.nameOf(b) + "'");
  }

  private static PyException badOperand(String op, Object a) {
    return PyException.type("bad operand type for " + op + ": '" + PyType.nameOf(a) + "'");
  }
}
