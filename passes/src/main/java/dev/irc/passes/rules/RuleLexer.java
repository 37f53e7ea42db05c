package dev.irc.passes.rules;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;

/**
 * Splits rule text into tokens: identifiers (which may contain dots, so op names are one
 * token), numbers, strings, punctuation ({@code ( ) { } , : = =>}); {@code //} starts a comment.
 */
final class RuleLexer {
  private final SourceFile source;
  private final String text;
  private int position;

  RuleLexer(SourceFile source) {
    this.source = source;
    this.text = source.text();
  }

  RuleToken next() {
    skipSpaceAndComments();
    if (position >= text.length()) {
      return new RuleToken(RuleToken.Kind.EOF, "", text.length());
    }
    int start = position;
    char c = text.charAt(position);
    if (Character.isLetter(c) || c == '_') {
      while (position < text.length() && isIdentifierPart(text.charAt(position))) {
        position++;
      }
      return new RuleToken(RuleToken.Kind.IDENTIFIER, text.substring(start, position), start);
    }
    if (Character.isDigit(c) || (c == '-' && position + 1 < text.length() && Character.isDigit(text.charAt(position + 1)))) {
      return number(start);
    }
    if (c == '"') {
      return string(start);
    }
    if (text.startsWith("=>", position)) {
      position += 2;
      return new RuleToken(RuleToken.Kind.PUNCTUATION, "=>", start);
    }
    if ("(){},:=".indexOf(c) >= 0) {
      position++;
      return new RuleToken(RuleToken.Kind.PUNCTUATION, String.valueOf(c), start);
    }
    throw error(start, "unexpected character '" + c + "'");
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private RuleToken number(int start) {
    if (text.charAt(position) == '-') {
      position++;
    }
    boolean isFloat = false;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isDigit(c)) {
        position++;
      } else if (c == '.' || c == 'e' || c == 'E') {
        isFloat = true;
        position++;
        if ((c == 'e' || c == 'E') && position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
          position++;
        }
      } else {
        break;
      }
    }
    String spelling = text.substring(start, position);
    if (isFloat) {
      try {
        Double.parseDouble(spelling);
      } catch (NumberFormatException e) {
        throw error(start, "malformed number '" + spelling + "'");
      }
    }
    return new RuleToken(isFloat ? RuleToken.Kind.FLOAT : RuleToken.Kind.INTEGER, spelling, start);
  }

  private RuleToken string(int start) {
    position++;
    var value = new StringBuilder();
    while (position < text.length() && text.charAt(position) != '"' && text.charAt(position) != '\n') {
      value.append(text.charAt(position++));
    }
    if (position >= text.length() || text.charAt(position) != '"') {
      throw error(start, "unterminated string");
    }
    position++;
    return new RuleToken(RuleToken.Kind.STRING, value.toString(), start);
  }

  private void skipSpaceAndComments() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (text.startsWith("//", position)) {
        while (position < text.length() && text.charAt(position) != '\n') {
          position++;
        }
      } else {
        return;
      }
    }
  }

  DiagnosticException error(int offset, String message) {
    return new DiagnosticException(Diagnostic.error(source.locationOf(offset), message));
  }
}
