package dev.irc.py.semantics;

/** {@code s * n} for a str and an int: n copies, or the empty string for {@code n <= 0}. */
final class StringRepetition {

  private StringRepetition() {}

  static String repeat(String s, Object n) {
    if (PyInt.signum(n) <= 0 || s.isEmpty()) {
      return "";
    }
    if (!(n instanceof Long count) || count * (double) s.length() > Integer.MAX_VALUE - 8) {
      throw PyException.overflow("repeated string is too long");
    }
    return s.repeat((int) (long) count);
  }
}
