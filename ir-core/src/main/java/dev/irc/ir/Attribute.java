package dev.irc.ir;

/**
 * A compile-time constant attached to an operation (a number, a string, a type, a symbol
 * reference, a list or dictionary of attributes): an immutable value compared by equality.
 *
 * <p>Builtin attributes live in {@code dev.irc.ir.builtin}; dialects add their own.
 * {@link #toString()} returns the textual form that the parser reads back.
 */
public interface Attribute {
  @Override
  String toString();
}
