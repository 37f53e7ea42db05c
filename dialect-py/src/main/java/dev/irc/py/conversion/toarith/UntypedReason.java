package dev.irc.py.conversion.toarith;

import dev.irc.ir.diag.Location;

/**
 * Why a specialization cannot be compiled: the Python source location of the first op that
 * could not be typed, and what was wrong. {@code irc run --explain} prints these.
 */
public record UntypedReason(Location location, String message) {
  @Override
  public String toString() {
    return where(location) + ": " + message;
  }

  /** {@code file:line:col}, as diagnostics print a location. */
  public static String where(Location location) {
    return location instanceof Location.FileLineCol(String file, int line, int column)
        ? file + ":" + line + ":" + column : "<unknown>";
  }
}
