package dev.irc.py.syntax;

import java.math.BigInteger;

/**
 * One token of Python source: its kind, its exact source text and its character range
 * {@code [start, end)} in the file.
 *
 * <p>For a {@link TokenKind#STRING} token, {@code stringValue} holds the literal's value after
 * escape processing; for every other kind it is null. Numeric values are computed from the
 * already validated text on demand.
 */
public record Token(TokenKind kind, String text, int start, int end, String stringValue) {

  /** A token whose value is its text (everything but strings). */
  public static Token of(TokenKind kind, String text, int start, int end) {
    return new Token(kind, text, start, end, null);
  }

  public boolean is(TokenKind other) {
    return kind == other;
  }

  /** The value of an {@link TokenKind#INT} token, e.g. 255 for {@code 0xff} or {@code 2_55}. */
  public BigInteger intValue() {
    String digits = text.replace("_", "");
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      char radixChar = Character.toLowerCase(digits.charAt(1));
      int radix = switch (radixChar) {
        case 'x' -> 16;
        case 'o' -> 8;
        case 'b' -> 2;
        default -> 10;
      };
      if (radix != 10) {
        return new BigInteger(digits.substring(2), radix);
      }
    }
    return new BigInteger(digits);
  }

  /** The value of a {@link TokenKind#FLOAT} token, rounded as CPython rounds it. */
  public double floatValue() {
    return Double.parseDouble(text.replace("_", ""));
  }
}
