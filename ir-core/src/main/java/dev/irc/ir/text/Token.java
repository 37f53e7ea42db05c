package dev.irc.ir.text;

/** One lexed token: its kind and its span {@code [start, end)} in the source text. */
public record Token(TokenKind kind, int start, int end, String text) {
  public boolean is(TokenKind expected) {
    return kind == expected;
  }

  /** Whether this is the punctuation or bare identifier {@code spelling}. */
  public boolean is(String spelling) {
    return (kind == TokenKind.PUNCTUATION || kind == TokenKind.BARE_IDENTIFIER) && text.equals(spelling);
  }
}
