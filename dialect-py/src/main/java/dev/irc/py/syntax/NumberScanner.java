package dev.irc.py.syntax;

/**
 * Scans one numeric literal (decimal, hex, octal, binary int; float) and rejects the malformed
 * ones with CPython's messages, e.g. "leading zeros in decimal integer literals are not
 * permitted; use an 0o prefix for octal integers".
 *
 * <p>A literal directly followed by a name character is an error ("invalid decimal literal"),
 * except before the keywords CPython 3.11 still accepts there ({@code 1if x else 2}).
 */
final class NumberScanner {
  private static final String[] KEYWORDS_AFTER_NUMBER = {
    "and", "else", "for", "if", "in", "is", "not", "or"
  };

  private final String text;
  private final SyntaxErrors errors;
  private int pos;

  NumberScanner(String text, SyntaxErrors errors) {
    this.text = text;
    this.errors = errors;
  }

  /** Scans the literal starting at {@code start} (a digit, or '.' before a digit). */
  Token scan(int start) {
    pos = start;
    if (peek(0) == '0' && isRadixChar(peek(1))) {
      return scanRadix(start);
    }
    boolean isFloat = false;
    if (peek(0) == '.') {
      isFloat = true;
      pos++;
      scanDigits(start);
    } else {
      boolean leadingZero = peek(0) == '0';
      scanDigits(start);
      boolean nonZero = false;
      for (int i = start; i < pos; i++) {
        char c = text.charAt(i);
        if (c != '0' && c != '_') {
          nonZero = true;
        }
      }
      if (peek(0) == '.') {
        isFloat = true;
        pos++;
        if (isDigit(peek(0))) {
          scanDigits(start);
        } else if (peek(0) == '_') {
          throw errors.at(pos - 1, "invalid decimal literal");
        }
      }
      if (!isFloat && leadingZero && nonZero && !isExponentStart() && !isImaginarySuffix()) {
        throw errors.at(start,
            "leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers");
      }
    }
    if (isExponentStart()) {
      isFloat = true;
      pos++;
      if (peek(0) == '+' || peek(0) == '-') {
        pos++;
      }
      scanDigits(start);
    } else if (peek(0) == 'e' || peek(0) == 'E') {
      if (peek(1) == '+' || peek(1) == '-') {
        throw errors.at(pos + 1, "invalid decimal literal");
      }
      // "1e" is malformed unless the 'e' starts a keyword ("1else" in a conditional).
      verifyEnd(start, "invalid decimal literal");
    }
    if (isImaginarySuffix()) {
      throw errors.unsupported(start, "complex number");
    }
    verifyEnd(start, "invalid decimal literal");
    return Token.of(isFloat ? TokenKind.FLOAT : TokenKind.INT, text.substring(start, pos), start, pos);
  }

  private Token scanRadix(int start) {
    char radixChar = Character.toLowerCase(peek(1));
    String kindName = switch (radixChar) {
      case 'x' -> "hexadecimal";
      case 'o' -> "octal";
      default -> "binary";
    };
    pos += 2;
    int digits = 0;
    while (true) {
      char c = peek(0);
      if (c == '_') {
        pos++;
        c = peek(0);
        if (!isDigitOfRadix(c, radixChar)) {
          throw errorForRadix(start, radixChar, kindName, c);
        }
      }
      if (isDigitOfRadix(c, radixChar)) {
        digits++;
        pos++;
      } else {
        break;
      }
    }
    char next = peek(0);
    if (digits == 0 || isDigit(next) || (radixChar != 'x' && isNameChar(next) && !keywordFollows())) {
      throw errorForRadix(start, radixChar, kindName, next);
    }
    verifyEnd(pos - 1, "invalid " + kindName + " literal");
    return Token.of(TokenKind.INT, text.substring(start, pos), start, pos);
  }

  private RuntimeException errorForRadix(int start, char radixChar, String kindName, char c) {
    if (radixChar != 'x' && isDigit(c)) {
      return errors.at(pos, "invalid digit '" + c + "' in " + kindName + " literal");
    }
    return errors.at(pos - 1, "invalid " + kindName + " literal");
  }

  /** Scans {@code digit (['_'] digit)*}; a '_' not followed by a digit is an error. */
  private void scanDigits(int start) {
    if (!isDigit(peek(0))) {
      throw errors.at(pos, "invalid decimal literal");
    }
    while (true) {
      while (isDigit(peek(0))) {
        pos++;
      }
      if (peek(0) != '_') {
        return;
      }
      pos++;
      if (!isDigit(peek(0))) {
        throw errors.at(pos - 1, "invalid decimal literal");
      }
    }
  }

  /** Fails with {@code message} at {@code errorAt} if a name character follows the literal. */
  private void verifyEnd(int errorAt, String message) {
    if (isNameChar(peek(0)) && !keywordFollows()) {
      throw errors.at(errorAt, message);
    }
  }

  private boolean keywordFollows() {
    for (String keyword : KEYWORDS_AFTER_NUMBER) {
      if (text.startsWith(keyword, pos)) {
        return true;
      }
    }
    return false;
  }

  private boolean isExponentStart() {
    char c = peek(0);
    if (c != 'e' && c != 'E') {
      return false;
    }
    char next = peek(1);
    return isDigit(next) || ((next == '+' || next == '-') && isDigit(peek(2)));
  }

  private boolean isImaginarySuffix() {
    return peek(0) == 'j' || peek(0) == 'J';
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private static boolean isRadixChar(char c) {
    return "xXoObB".indexOf(c) >= 0 && c != '\0';
  }

  private static boolean isDigitOfRadix(char c, char radixChar) {
    return switch (radixChar) {
      case 'x' -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      case 'o' -> c >= '0' && c <= '7';
      default -> c == '0' || c == '1';
    };
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c) || c >= 0x80 && Character.isUnicodeIdentifierPart(c);
  }
}
