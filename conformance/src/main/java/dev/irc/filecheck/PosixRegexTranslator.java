package dev.irc.filecheck;

import java.util.Map;

/**
 * Translates the POSIX extended regular expressions FileCheck patterns are written in into
 * {@link java.util.regex.Pattern} syntax.
 *
 * <p>The two dialects agree on almost everything; the differences that matter in check files
 * are bracket expressions: {@code [[:space:]]} classes, a leading {@code ]}, a {@code [} inside
 * a class, and that LLVM's newline-sensitive mode keeps {@code [^...]} from matching a newline.
 */
final class PosixRegexTranslator {
  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("alpha", "\\p{Alpha}"),
          Map.entry("digit", "0-9"),
          Map.entry("alnum", "\\p{Alnum}"),
          Map.entry("upper", "\\p{Upper}"),
          Map.entry("lower", "\\p{Lower}"),
          Map.entry("space", "\\s\\x0B"),
          Map.entry("blank", " \\t"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("xdigit", "0-9A-Fa-f"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("graph", "\\p{Graph}"));

  private PosixRegexTranslator() {}

  /**
   * Returns the Java form of {@code ere}.
   *
   * @throws IllegalArgumentException for an unknown {@code [:class:]} or unterminated bracket
   */
  static String toJava(String ere) {
    StringBuilder out = new StringBuilder(ere.length() + 8);
    int i = 0;
    while (i < ere.length()) {
      char c = ere.charAt(i);
      if (c == '\\' && i + 1 < ere.length()) {
        out.append(c).append(ere.charAt(i + 1));
        i += 2;
      } else if (c == '[') {
        i = bracket(ere, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int bracket(String ere, int start, StringBuilder out) {
    int j = start + 1;
    out.append('[');
    if (j < ere.length() && ere.charAt(j) == '^') {
      out.append("^\\n");
      j++;
    }
    if (j < ere.length() && ere.charAt(j) == ']') {
      out.append("\\]");
      j++;
    }
    while (j < ere.length() && ere.charAt(j) != ']') {
      char c = ere.charAt(j);
      if (ere.startsWith("[:", j)) {
        int end = ere.indexOf(":]", j + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated character class");
        }
        String mapped = CLASSES.get(ere.substring(j + 2, end));
        if (mapped == null) {
          throw new IllegalArgumentException("invalid character class");
        }
        out.append(mapped);
        j = end + 2;
      } else if (ere.startsWith("[.", j) || ere.startsWith("[=", j)) {
        String close = ere.charAt(j + 1) + "]";
        int end = ere.indexOf(close, j + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated collating element");
        }
        out.append(CheckPattern.escape(ere.substring(j + 2, end)));
        j = end + 2;
      } else if (c == '[' || c == '&') {
        out.append('\\').append(c);
        j++;
      } else if (c == '\\' && j + 1 < ere.length()) {
        out.append(c).append(ere.charAt(j + 1));
        j += 2;
      } else {
        out.append(c);
        j++;
      }
    }
    if (j >= ere.length()) {
      throw new IllegalArgumentException("brackets ([ ]) not balanced");
    }
    out.append(']');
    return j + 1;
  }
}
