package dev.irc.ir;

/**
 * The type of an SSA {@link Value}: an immutable value compared by equality.
 *
 * <p>Builtin types live in {@code dev.irc.ir.builtin}; a dialect adds its own by implementing
 * this interface (usually as a record) and parsing its body in {@link Dialect#parseType}.
 * {@link #toString()} must return the type's textual form exactly as the parser reads it,
 * e.g. {@code i64}, {@code (i64) -> f64} or {@code !py.object}.
 */
public interface Type {
  @Override
  String toString();
}
