package dev.irc.ir.text;

/** The kinds of token in IR text. */
public enum TokenKind {
  BARE_IDENTIFIER,
  PERCENT_IDENTIFIER,
  CARET_IDENTIFIER,
  AT_IDENTIFIER,
  HASH_IDENTIFIER,
  EXCLAMATION_IDENTIFIER,
  INTEGER,
  FLOAT,
  STRING,
  PUNCTUATION,
  EOF,
  ERROR
}
