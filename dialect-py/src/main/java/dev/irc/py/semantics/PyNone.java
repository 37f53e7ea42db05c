package dev.irc.py.semantics;

/**
 * Python's {@code None}: the single value of type {@code NoneType}.
 *
 * <p>Java's {@code null} is reserved for "no value" in the implementation, so Python's None is an
 * ordinary object that prints as {@code None} and is compared by identity.
 */
public enum PyNone {
  NONE;

  @Override
  public String toString() {
    return "None";
  }
}
