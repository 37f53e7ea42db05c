package dev.irc.py.semantics;

/**
 * Python's notion of whitespace ({@code str.isspace}), which {@code int()} and {@code float()}
 * strip from their string arguments; it includes Unicode spaces such as U+00A0 and U+2003.
 */
final class PyWhitespace {

  private PyWhitespace() {}

  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85
        || (c >= 0x1c && c <= 0x1f);
  }

  /** {@code s.strip()}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Replaces every Unicode decimal digit by its ASCII digit ({@code '١'} becomes {@code '1'}). */
  static String asciiDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c > 0x7f && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        sb.append((char) ('0' + Character.digit(c, 10)));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
