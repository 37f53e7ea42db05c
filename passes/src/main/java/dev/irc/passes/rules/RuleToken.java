package dev.irc.passes.rules;

/**
 * A token of the rule language.
 *
 * @param kind what it is
 * @param text its spelling (for strings, the unquoted contents)
 * @param offset where it starts in the file
 */
record RuleToken(Kind kind, String text, int offset) {
  /** The kinds of rule tokens. */
  enum Kind { IDENTIFIER, INTEGER, FLOAT, STRING, PUNCTUATION, EOF }

  boolean is(Kind expected, String spelling) {
    return kind == expected && text.equals(spelling);
  }

  boolean isPunctuation(String spelling) {
    return is(Kind.PUNCTUATION, spelling);
  }

  String describe() {
    return switch (kind) {
      case EOF -> "end of file";
      case STRING -> "string";
      default -> "'" + text + "'";
    };
  }
}
