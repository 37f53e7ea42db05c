package dev.irc.ir.text;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;

/**
 * Splits IR text into {@link Token}s: identifiers with their sigils ({@code %x}, {@code ^bb0},
 * {@code @f}, {@code #a.b}, {@code !py.object}), numbers, strings and punctuation; skips
 * whitespace and {@code //} comments.
 */
public final class Lexer {
  /** One shared string per ASCII character, so punctuation tokens allocate no text. */
  private static final String[] SINGLE_CHARACTERS = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      SINGLE_CHARACTERS[c] = String.valueOf(c).intern();
    }
  }

  private final SourceFile source;
  private final String text;
  private int pos;

  public Lexer(SourceFile source) {
    this.source = source;
    this.text = source.text();
  }

  public SourceFile source() {
    return source;
  }

  /** The current offset (the start of the next token after whitespace). */
  public int position() {
    return pos;
  }

  /** Restarts lexing at {@code offset}. */
  public void reset(int offset) {
    pos = offset;
  }

  public Token next() {
    skipTrivia();
    int start = pos;
    if (pos >= text.length()) {
      return new Token(TokenKind.EOF, start, start, "");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '%':
        return sigil(TokenKind.PERCENT_IDENTIFIER, true);
      case '^':
        return sigil(TokenKind.CARET_IDENTIFIER, true);
      case '#':
        return sigil(TokenKind.HASH_IDENTIFIER, false);
      case '!':
        return sigil(TokenKind.EXCLAMATION_IDENTIFIER, false);
      case '@':
        pos++;
        if (pos < text.length() && text.charAt(pos) == '"') {
          Token string = string();
          return new Token(TokenKind.AT_IDENTIFIER, start, pos, string.text());
        }
        return sigil(TokenKind.AT_IDENTIFIER, start, false);
      case '"':
        return string();
      case '-':
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
          pos += 2;
          return new Token(TokenKind.PUNCTUATION, start, pos, "->");
        }
        pos++;
        return new Token(TokenKind.PUNCTUATION, start, pos, "-");
      case ':':
        if (pos + 1 < text.length() && text.charAt(pos + 1) == ':') {
          pos += 2;
          return new Token(TokenKind.PUNCTUATION, start, pos, "::");
        }
        pos++;
        return new Token(TokenKind.PUNCTUATION, start, pos, ":");
      case '(', ')', '{', '}', '[', ']', '<', '>', ',', '=', '?', '*', '+', '|':
        pos++;
        return new Token(TokenKind.PUNCTUATION, start, pos, SINGLE_CHARACTERS[c]);
      case '.':
        // The ellipsis of variadic signatures: llvm.func @printf(!llvm.ptr, ...).
        if (text.startsWith("...", pos)) {
          pos += 3;
          return new Token(TokenKind.PUNCTUATION, start, pos, "...");
        }
        break;
      default:
        break;
    }
    if (isDigit(c)) {
      return number();
    }
    if (isIdentifierStart(c)) {
      pos++;
      while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
        pos++;
      }
      return new Token(TokenKind.BARE_IDENTIFIER, start, pos, text.substring(start, pos));
    }
    throw error(start, "unexpected character '" + printable(c) + "'");
  }

  private Token sigil(TokenKind kind, boolean allowLeadingDigitsAndDash) {
    int start = pos;
    pos++;
    return sigil(kind, start, allowLeadingDigitsAndDash);
  }

  private Token sigil(TokenKind kind, int start, boolean suffixIdentifier) {
    int bodyStart = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isIdentifierChar(c) || (suffixIdentifier && c == '-')) {
        pos++;
      } else {
        break;
      }
    }
    if (pos == bodyStart) {
      throw error(start, "invalid identifier after '" + text.charAt(start) + "'");
    }
    if (!suffixIdentifier && !isIdentifierStart(text.charAt(bodyStart))) {
      throw error(start, "invalid identifier after '" + text.charAt(start) + "'");
    }
    if (kind == TokenKind.PERCENT_IDENTIFIER && pos + 1 < text.length() && text.charAt(pos) == '#'
        && isDigit(text.charAt(pos + 1))) {
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    return new Token(kind, start, pos, text.substring(bodyStart, pos));
  }

  private Token number() {
    int start = pos;
    if (text.startsWith("0x", pos) && pos + 2 < text.length() && isHexDigit(text.charAt(pos + 2))) {
      pos += 2;
      while (pos < text.length() && isHexDigit(text.charAt(pos))) {
        pos++;
      }
      return new Token(TokenKind.INTEGER, start, pos, text.substring(start, pos));
    }
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos >= text.length() || text.charAt(pos) != '.') {
      return new Token(TokenKind.INTEGER, start, pos, text.substring(start, pos));
    }
    pos++;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < text.length() && isDigit(text.charAt(pos))) {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save;
      }
    }
    return new Token(TokenKind.FLOAT, start, pos, text.substring(start, pos));
  }

  private Token string() {
    int start = pos;
    pos++;
    var bytes = new java.io.ByteArrayOutputStream();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        throw error(start, "expected '\"' in string literal");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c == '\\') {
        if (pos + 1 >= text.length()) {
          throw error(pos, "unknown escape in string literal");
        }
        char e = text.charAt(pos + 1);
        switch (e) {
          case '"', '\\' -> {
            bytes.write(e);
            pos += 2;
          }
          case 'n' -> {
            bytes.write('\n');
            pos += 2;
          }
          case 't' -> {
            bytes.write('\t');
            pos += 2;
          }
          default -> {
            if (pos + 2 < text.length() && isHexDigit(e) && isHexDigit(text.charAt(pos + 2))) {
              bytes.write(Integer.parseInt(text.substring(pos + 1, pos + 3), 16));
              pos += 3;
            } else {
              throw error(pos, "unknown escape in string literal");
            }
          }
        }
        continue;
      }
      int cp = text.codePointAt(pos);
      byte[] utf8 = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      bytes.write(utf8, 0, utf8.length);
      pos += Character.charCount(cp);
    }
    String value = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    return new Token(TokenKind.STRING, start, pos, value);
  }

  private void skipTrivia() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  DiagnosticException error(int offset, String message) {
    return new DiagnosticException(Diagnostic.error(source.locationOf(offset), message));
  }

  private static String printable(char c) {
    return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentifierChar(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '$' || c == '.';
  }
}
