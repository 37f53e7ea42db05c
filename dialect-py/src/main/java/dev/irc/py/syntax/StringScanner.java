package dev.irc.py.syntax;

import dev.irc.ir.diag.SourceFile;

/**
 * Scans one string literal ({@code '...'}, {@code "..."}, triple-quoted, with an optional
 * {@code r}/{@code u} prefix) and decodes its escape sequences.
 *
 * <p>Bytes literals, f-strings and {@code \N{...}} escapes are outside irc's subset and are
 * rejected here, at the literal, rather than mis-read as plain strings.
 */
final class StringScanner {
  private final String text;
  private final SourceFile source;
  private final SyntaxErrors errors;

  StringScanner(SourceFile source, SyntaxErrors errors) {
    this.source = source;
    this.text = source.text();
    this.errors = errors;
  }

  /** Whether {@code prefix} (already read as a name) may prefix a string literal. */
  static boolean isPrefix(String prefix) {
    return switch (prefix.toLowerCase(java.util.Locale.ROOT)) {
      case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
      default -> false;
    };
  }

  /**
   * Scans the literal whose prefix starts at {@code start} and whose opening quote is at
   * {@code quoteAt}.
   */
  Token scan(int start, int quoteAt) {
    String prefix = text.substring(start, quoteAt).toLowerCase(java.util.Locale.ROOT);
    if (prefix.contains("f")) {
      throw errors.unsupported(start, "f-string");
    }
    if (prefix.contains("b")) {
      throw errors.unsupported(start, "bytes literal");
    }
    boolean raw = prefix.contains("r");
    char quote = text.charAt(quoteAt);
    boolean triple = text.startsWith(String.valueOf(quote).repeat(3), quoteAt);
    int pos = quoteAt + (triple ? 3 : 1);
    var value = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw unterminated(start, triple, text.length());
      }
      char c = text.charAt(pos);
      if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
        pos += triple ? 3 : 1;
        return new Token(TokenKind.STRING, text.substring(start, pos), start, pos, value.toString());
      }
      if (!triple && (c == '\n' || c == '\r')) {
        throw unterminated(start, false, pos);
      }
      if (c == '\\') {
        if (pos + 1 >= text.length()) {
          throw unterminated(start, triple, text.length());
        }
        if (raw) {
          value.append(c).append(text.charAt(pos + 1));
          pos += 2;
        } else {
          pos = decodeEscape(pos, value);
        }
        continue;
      }
      if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos++;
        continue;
      }
      value.append(c == '\r' ? '\n' : c);
      pos++;
    }
  }

  private RuntimeException unterminated(int start, boolean triple, int detectedAt) {
    int line = source.lineOf(Math.min(detectedAt, text.length()));
    String kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
    return errors.at(start, kind + " (detected at line " + line + ")");
  }

  /** Decodes the escape at {@code backslash} into {@code value}; returns the offset after it. */
  private int decodeEscape(int backslash, StringBuilder value) {
    int pos = backslash + 1;
    char c = text.charAt(pos);
    switch (c) {
      case '\n' -> {
        return pos + 1;
      }
      case '\r' -> {
        return pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
      }
      case '\\', '\'', '"' -> value.append(c);
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case 'a' -> value.append('\u0007');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'v' -> value.append('\u000b');
      case 'x' -> {
        return appendHex(backslash, 2, "truncated \\xXX escape", value);
      }
      case 'u' -> {
        return appendHex(backslash, 4, "truncated \\uXXXX escape", value);
      }
      case 'U' -> {
        return appendHex(backslash, 8, "truncated \\UXXXXXXXX escape", value);
      }
      case 'N' -> throw errors.unsupported(backslash, "'\\N{...}' escape");
      default -> {
        if (c >= '0' && c <= '7') {
          int end = pos;
          int code = 0;
          while (end < pos + 3 && end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
            code = code * 8 + (text.charAt(end) - '0');
            end++;
          }
          value.append((char) code);
          return end;
        }
        // CPython keeps unknown escapes verbatim (with a DeprecationWarning).
        value.append('\\').append(c);
      }
    }
    return pos + 1;
  }

  private int appendHex(int backslash, int digits, String truncated, StringBuilder value) {
    int first = backslash + 2;
    int code = 0;
    for (int i = 0; i < digits; i++) {
      int digit = first + i < text.length() ? Character.digit(text.charAt(first + i), 16) : -1;
      if (digit < 0) {
        throw errors.at(backslash, "(unicode error) 'unicodeescape' codec can't decode bytes: " + truncated);
      }
      code = code * 16 + digit;
    }
    if (!Character.isValidCodePoint(code)) {
      throw errors.at(backslash, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
    }
    value.appendCodePoint(code);
    return first + digits;
  }
}
