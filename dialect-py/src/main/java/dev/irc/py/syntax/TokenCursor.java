package dev.irc.py.syntax;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the token stream: lookahead, consumption, the end of the last consumed
 * token (for node spans) and syntax errors.
 *
 * <p>Before reporting a syntax error it reads the rest of the file, as CPython does, so that a
 * more telling tokenizer error ("'(' was never closed") wins over it.
 */
final class TokenCursor {
  private final Tokenizer tokenizer;
  private final SyntaxErrors errors;
  private final List<Token> lookahead = new ArrayList<>();
  private int previousEnd;

  TokenCursor(SourceFile source) {
    this.tokenizer = new Tokenizer(source);
    this.errors = new SyntaxErrors(source);
  }

  SyntaxErrors errors() {
    return errors;
  }

  /** The token {@code ahead} positions after the current one (0 = current). */
  Token peek(int ahead) {
    while (lookahead.size() <= ahead) {
      lookahead.add(tokenizer.next());
    }
    return lookahead.get(ahead);
  }

  Token peek() {
    return peek(0);
  }

  boolean at(TokenKind kind) {
    return peek().is(kind);
  }

  /** Consumes and returns the current token. */
  Token advance() {
    Token token = peek();
    lookahead.removeFirst();
    previousEnd = token.end();
    return token;
  }

  /** Consumes the current token if it is {@code kind}. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }

  /** Consumes a token of {@code kind} or fails with "invalid syntax". */
  Token expect(TokenKind kind) {
    if (!at(kind)) {
      throw invalidSyntax(peek());
    }
    return advance();
  }

  /** Consumes a token of {@code kind} or fails with {@code message} at the current token. */
  Token expect(TokenKind kind, String message) {
    if (!at(kind)) {
      throw error(peek(), message);
    }
    return advance();
  }

  /** The span from offset {@code start} to the end of the last consumed token. */
  Span spanFrom(int start) {
    return new Span(errors.source().locationOf(start), start, Math.max(start, previousEnd));
  }

  /** A syntax error at {@code token}, unless the rest of the file holds a tokenizer error. */
  DiagnosticException error(Token token, String message) {
    return errorAt(token.start(), message);
  }

  /**
   * A syntax error at {@code offset}. As in CPython, a tokenizer error later in the file takes
   * precedence; an unclosed bracket does so only if it was opened on an earlier line.
   */
  DiagnosticException errorAt(int offset, String message) {
    return errorAt(offset, offset, message);
  }

  /** Like {@link #errorAt(int, String)} for an error whose evidence ends at {@code lastOffset}. */
  DiagnosticException errorAt(int offset, int lastOffset, String message) {
    try {
      while (lookahead.isEmpty() || !lookahead.getLast().is(TokenKind.END_OF_FILE)) {
        lookahead.add(tokenizer.next());
      }
    } catch (DiagnosticException later) {
      int unclosed = tokenizer.unclosedBracketOffset();
      SourceFile source = errors.source();
      if (unclosed < 0 || source.lineOf(unclosed) < source.lineOf(lastOffset)) {
        return later;
      }
    }
    return errors.at(offset, message);
  }

  /** An error at {@code token} for a construct outside irc's subset. */
  DiagnosticException unsupported(Token token, String construct) {
    return errors.unsupported(token.start(), construct);
  }

  /**
   * The error for an unexpected {@code token}: a tokenizer error later in the file if there is
   * one, else "unexpected indent" or "invalid syntax" at the token.
   */
  DiagnosticException invalidSyntax(Token token) {
    if (token.is(TokenKind.INDENT)) {
      return errors.at(token.start(), "unexpected indent");
    }
    return error(token, "invalid syntax");
  }
}
