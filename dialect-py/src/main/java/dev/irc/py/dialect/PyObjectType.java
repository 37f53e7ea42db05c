package dev.irc.py.dialect;

import dev.irc.ir.Type;

/**
 * {@code !py.object}: the one type of the py dialect, a dynamically typed Python value.
 *
 * <p>The front end knows nothing about types; every Python value is a {@code !py.object} until
 * {@code py-to-arith} infers and specializes.
 */
public record PyObjectType() implements Type {
  /** The single instance. */
  public static final PyObjectType INSTANCE = new PyObjectType();

  @Override
  public String toString() {
    return "!py.object";
  }
}
