package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;

/** A string constant, printed quoted with MLIR's escapes ({@code \"}, {@code \\}, {@code \0A}). */
public record StringAttr(String value) implements Attribute {
  @Override
  public String toString() {
    return quote(value);
  }

  /** Quotes {@code text} so the IR lexer reads back exactly {@code text}. */
  public static String quote(String text) {
    var out = new StringBuilder(text.length() + 2).append('"');
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        out.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.append('"').toString();
  }
}
