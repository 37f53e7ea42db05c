package dev.irc.py.syntax;

import dev.irc.ir.diag.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns Python source into tokens on demand, the way CPython's tokenizer does: INDENT/DEDENT
 * from an indentation stack, NEWLINE only at the end of a logical line, implicit line joining
 * inside brackets, backslash continuation, comments and blank lines skipped.
 *
 * <p>It is lazy so that, as in CPython, the first error in reading order wins: a syntax error
 * on line 2 is reported even if line 9 holds an unterminated string. Indentation follows
 * CPython: a tab advances to the next multiple of 8, and a line whose indentation compares
 * differently with tabs of width 1 is a {@code TabError}.
 */
public final class Tokenizer {
  private static final int MAX_INDENT_LEVEL = 100;
  private static final int MAX_BRACKET_DEPTH = 200;

  private final SourceFile source;
  private final String text;
  private final SyntaxErrors errors;
  private final NumberScanner numbers;
  private final StringScanner strings;

  /** Indentation columns with tabs to multiples of 8, and with tabs of width 1. */
  private final List<Integer> indents = new ArrayList<>(List.of(0));
  private final List<Integer> altIndents = new ArrayList<>(List.of(0));
  /** Open brackets: their offsets (the character tells which kind). */
  private final Deque<Integer> brackets = new ArrayDeque<>();
  private final Deque<Token> pending = new ArrayDeque<>();

  private int pos;
  private boolean atLineStart = true;
  private boolean lineHasTokens;
  private boolean finished;
  private int unclosedBracketOffset = -1;

  public Tokenizer(SourceFile source) {
    this.source = source;
    this.text = source.text();
    this.errors = new SyntaxErrors(source);
    this.numbers = new NumberScanner(text, errors);
    this.strings = new StringScanner(source, errors);
  }

  /** Tokenizes the whole file; mainly for tests and token dumps. */
  public static List<Token> tokenize(SourceFile source) {
    var tokenizer = new Tokenizer(source);
    var tokens = new ArrayList<Token>();
    Token token;
    do {
      token = tokenizer.next();
      tokens.add(token);
    } while (!token.is(TokenKind.END_OF_FILE));
    return tokens;
  }

  /**
   * The offset of the bracket that the end of the file left open (after that error was thrown),
   * else -1.
   */
  public int unclosedBracketOffset() {
    return unclosedBracketOffset;
  }

  /** The next token; after END_OF_FILE, END_OF_FILE again. */
  public Token next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    if (finished) {
      return Token.of(TokenKind.END_OF_FILE, "", text.length(), text.length());
    }
    if (pos == 0) {
      int nullByte = text.indexOf('\0');
      if (nullByte >= 0) {
        // CPython refuses such files before tokenizing, even in comments and strings.
        throw errors.at(nullByte, "source code cannot contain null bytes");
      }
    }
    while (true) {
      if (atLineStart && brackets.isEmpty()) {
        atLineStart = false;
        if (readIndentation()) {
          return pending.poll();
        }
      }
      skipSpaces();
      if (pos >= text.length()) {
        return endOfFile();
      }
      char c = text.charAt(pos);
      if (c == '#') {
        while (pos < text.length() && newlineLength(pos) == 0) {
          pos++;
        }
        continue;
      }
      int newline = newlineLength(pos);
      if (newline > 0) {
        int start = pos;
        pos += newline;
        if (!brackets.isEmpty()) {
          continue;
        }
        atLineStart = true;
        if (!lineHasTokens) {
          continue;
        }
        lineHasTokens = false;
        return Token.of(TokenKind.NEWLINE, text.substring(start, pos), start, pos);
      }
      if (c == '\\') {
        if (pos + 1 >= text.length()) {
          throw errors.at(pos + 1, "unexpected EOF while parsing");
        }
        int continued = newlineLength(pos + 1);
        if (continued == 0) {
          throw errors.at(pos + 1, "unexpected character after line continuation character");
        }
        pos += 1 + continued;
        continue;
      }
      lineHasTokens = true;
      return readToken(c);
    }
  }

  /**
   * Measures the indentation of a new line. Returns true (with tokens queued) if it opens or
   * closes blocks; blank and comment-only lines leave the stack alone.
   */
  private boolean readIndentation() {
    int column = 0;
    int altColumn = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ') {
        column++;
        altColumn++;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8;
        altColumn++;
      } else if (c == '\f') {
        column = 0;
        altColumn = 0;
      } else {
        break;
      }
      pos++;
    }
    if (pos >= text.length() || text.charAt(pos) == '#' || newlineLength(pos) > 0
        || (text.charAt(pos) == '\\' && pos + 1 < text.length() && newlineLength(pos + 1) > 0)) {
      return false;
    }
    int top = indents.getLast();
    int altTop = altIndents.getLast();
    if (column == top) {
      if (altColumn != altTop) {
        throw errors.at(source.lineStart(source.lineOf(pos)), "inconsistent use of tabs and spaces in indentation");
      }
      return false;
    }
    if (column > top) {
      if (altColumn <= altTop) {
        throw errors.at(source.lineStart(source.lineOf(pos)), "inconsistent use of tabs and spaces in indentation");
      }
      if (indents.size() >= MAX_INDENT_LEVEL) {
        throw errors.at(pos, "too many levels of indentation");
      }
      indents.add(column);
      altIndents.add(altColumn);
      pending.add(Token.of(TokenKind.INDENT, "", pos, pos));
      return true;
    }
    while (column < indents.getLast()) {
      indents.removeLast();
      altIndents.removeLast();
      pending.add(Token.of(TokenKind.DEDENT, "", pos, pos));
    }
    if (column != indents.getLast()) {
      throw errors.at(pos, "unindent does not match any outer indentation level");
    }
    if (altColumn != altIndents.getLast()) {
      throw errors.at(source.lineStart(source.lineOf(pos)), "inconsistent use of tabs and spaces in indentation");
    }
    return true;
  }

  private Token endOfFile() {
    if (!brackets.isEmpty()) {
      int open = brackets.peek();
      unclosedBracketOffset = open;
      throw errors.at(open, "'" + text.charAt(open) + "' was never closed");
    }
    int end = text.length();
    if (lineHasTokens) {
      lineHasTokens = false;
      pending.add(Token.of(TokenKind.NEWLINE, "", end, end));
    }
    while (indents.size() > 1) {
      indents.removeLast();
      altIndents.removeLast();
      pending.add(Token.of(TokenKind.DEDENT, "", end, end));
    }
    pending.add(Token.of(TokenKind.END_OF_FILE, "", end, end));
    finished = true;
    return pending.poll();
  }

  private Token readToken(char c) {
    int start = pos;
    if (c == '"' || c == '\'') {
      Token token = strings.scan(start, start);
      pos = token.end();
      return token;
    }
    if (NumberScanner.isDigit(c) || (c == '.' && pos + 1 < text.length() && NumberScanner.isDigit(text.charAt(pos + 1)))) {
      Token token = numbers.scan(start);
      pos = token.end();
      return token;
    }
    if (isNameStart(c)) {
      pos++;
      while (pos < text.length() && NumberScanner.isNameChar(text.charAt(pos))) {
        pos++;
      }
      String word = text.substring(start, pos);
      if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'') && StringScanner.isPrefix(word)) {
        Token token = strings.scan(start, pos);
        pos = token.end();
        return token;
      }
      TokenKind keyword = TokenKind.keyword(word);
      return Token.of(keyword != null ? keyword : TokenKind.NAME, word, start, pos);
    }
    for (int length = 3; length >= 1; length--) {
      if (pos + length > text.length()) {
        continue;
      }
      TokenKind operator = TokenKind.operator(text.substring(pos, pos + length));
      if (operator != null) {
        pos += length;
        trackBracket(operator, start);
        return Token.of(operator, text.substring(start, pos), start, pos);
      }
    }
    if (c < 0x80) {
      throw errors.at(start, "invalid syntax");
    }
    int codePoint = text.codePointAt(start);
    throw errors.at(start, "invalid character '" + Character.toString(codePoint) + "' (U+"
        + String.format("%04X", codePoint) + ")");
  }

  private void trackBracket(TokenKind operator, int start) {
    switch (operator) {
      case LPAR, LSQB, LBRACE -> {
        if (brackets.size() >= MAX_BRACKET_DEPTH) {
          throw errors.at(start, "too many nested parentheses");
        }
        brackets.push(start);
      }
      case RPAR, RSQB, RBRACE -> {
        char close = text.charAt(start);
        if (brackets.isEmpty()) {
          throw errors.at(start, "unmatched '" + close + "'");
        }
        int open = brackets.pop();
        char opening = text.charAt(open);
        if ("([{".indexOf(opening) != ")]}".indexOf(close)) {
          String message = "closing parenthesis '" + close + "' does not match opening parenthesis '" + opening + "'";
          if (source.lineOf(open) != source.lineOf(start)) {
            message += " on line " + source.lineOf(open);
          }
          throw errors.at(start, message);
        }
      }
      default -> { }
    }
  }

  private boolean isNameStart(char c) {
    return c == '_' || (c < 0x80 ? Character.isLetter(c) : Character.isUnicodeIdentifierStart(c));
  }

  private void skipSpaces() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\f') {
        return;
      }
      pos++;
    }
  }

  /** 1 or 2 if a line terminator ({@code \n}, {@code \r\n}, {@code \r}) starts at {@code at}. */
  private int newlineLength(int at) {
    if (at >= text.length()) {
      return 0;
    }
    char c = text.charAt(at);
    if (c == '\n') {
      return 1;
    }
    if (c == '\r') {
      return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
    }
    return 0;
  }
}
