package dev.irc.py.semantics;

/**
 * {@code repr(s)} of a Python str: single quotes unless the text contains a single quote and no
 * double quote, with backslash escapes for the quote, backslash, control and non-printable
 * characters, as CPython's {@code unicode_repr}.
 */
final class StrRepr {

  private StrRepr() {}

  static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints().forEach(c -> {
      if (c == quote || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else if (c < 0x7f || isPrintable(c)) {
        sb.appendCodePoint(c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", c));
      } else if (c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    });
    return sb.append(quote).toString();
  }

  /** Approximates Python's {@code str.isprintable} for one non-ASCII code point. */
  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }
}
