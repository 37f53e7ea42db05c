package dev.irc.ir.diag;

/**
 * Where a piece of IR (or a diagnostic) comes from: a point in a source file, or nowhere known.
 *
 * <p>Locations are immutable values carried by every operation so that errors found at any
 * level of lowering can still point at the Python or IR text the user wrote.
 */
public sealed interface Location permits Location.Unknown, Location.FileLineCol {

  /** The location of IR that has no source, printed {@code loc(unknown)}. */
  Location UNKNOWN = new Unknown();

  /** Returns a file/line/column location; lines and columns count from 1. */
  static Location of(String file, int line, int column) {
    return new FileLineCol(file, line, column);
  }

  /** No known source. */
  record Unknown() implements Location {
    @Override
    public String toString() {
      return "loc(unknown)";
    }
  }

  /** A point in a named source file; line and column count from 1. */
  record FileLineCol(String file, int line, int column) implements Location {
    @Override
    public String toString() {
      return "loc(" + dev.irc.ir.builtin.StringAttr.quote(file) + ":" + line + ":" + column + ")";
    }
  }
}
