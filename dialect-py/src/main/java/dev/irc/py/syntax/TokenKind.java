package dev.irc.py.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token the Python tokenizer produces: names, literals, layout tokens
 * (NEWLINE/INDENT/DEDENT), keywords and operators.
 *
 * <p>Keywords and operators carry their spelling so that the tokenizer can recognise them and
 * diagnostics can quote them. Keywords irc does not support ({@code class}, {@code lambda}, ...)
 * are still tokens, so that the parser can reject them with a precise message.
 */
public enum TokenKind {
  NAME(null),
  INT(null),
  FLOAT(null),
  STRING(null),
  NEWLINE(null),
  INDENT(null),
  DEDENT(null),
  END_OF_FILE(null),

  // Keywords.
  FALSE("False"),
  NONE("None"),
  TRUE("True"),
  AND("and"),
  AS("as"),
  ASSERT("assert"),
  ASYNC("async"),
  AWAIT("await"),
  BREAK("break"),
  CLASS("class"),
  CONTINUE("continue"),
  DEF("def"),
  DEL("del"),
  ELIF("elif"),
  ELSE("else"),
  EXCEPT("except"),
  FINALLY("finally"),
  FOR("for"),
  FROM("from"),
  GLOBAL("global"),
  IF("if"),
  IMPORT("import"),
  IN("in"),
  IS("is"),
  LAMBDA("lambda"),
  NONLOCAL("nonlocal"),
  NOT("not"),
  OR("or"),
  PASS("pass"),
  RAISE("raise"),
  RETURN("return"),
  TRY("try"),
  WHILE("while"),
  WITH("with"),
  YIELD("yield"),

  // Operators and delimiters.
  LPAR("("),
  RPAR(")"),
  LSQB("["),
  RSQB("]"),
  LBRACE("{"),
  RBRACE("}"),
  COLON(":"),
  COMMA(","),
  SEMI(";"),
  PLUS("+"),
  MINUS("-"),
  STAR("*"),
  SLASH("/"),
  VBAR("|"),
  AMPER("&"),
  LESS("<"),
  GREATER(">"),
  EQUAL("="),
  DOT("."),
  PERCENT("%"),
  EQEQUAL("=="),
  NOTEQUAL("!="),
  LESSEQUAL("<="),
  GREATEREQUAL(">="),
  TILDE("~"),
  CIRCUMFLEX("^"),
  LEFTSHIFT("<<"),
  RIGHTSHIFT(">>"),
  DOUBLESTAR("**"),
  PLUSEQUAL("+="),
  MINEQUAL("-="),
  STAREQUAL("*="),
  SLASHEQUAL("/="),
  PERCENTEQUAL("%="),
  AMPEREQUAL("&="),
  VBAREQUAL("|="),
  CIRCUMFLEXEQUAL("^="),
  LEFTSHIFTEQUAL("<<="),
  RIGHTSHIFTEQUAL(">>="),
  DOUBLESTAREQUAL("**="),
  DOUBLESLASH("//"),
  DOUBLESLASHEQUAL("//="),
  AT("@"),
  ATEQUAL("@="),
  RARROW("->"),
  ELLIPSIS("..."),
  COLONEQUAL(":=");

  private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
  private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

  static {
    for (TokenKind kind : values()) {
      if (kind.spelling == null) {
        continue;
      }
      if (Character.isLetter(kind.spelling.charAt(0))) {
        KEYWORDS.put(kind.spelling, kind);
      } else {
        OPERATORS.put(kind.spelling, kind);
      }
    }
  }

  private final String spelling;

  TokenKind(String spelling) {
    this.spelling = spelling;
  }

  /** The fixed source text of a keyword or operator, or null for names, literals and layout. */
  public String spelling() {
    return spelling;
  }

  /** Whether this is a reserved word such as {@code if} or {@code True}. */
  public boolean isKeyword() {
    return spelling != null && Character.isLetter(spelling.charAt(0));
  }

  /** The keyword spelled {@code word}, or null if {@code word} is an ordinary name. */
  static TokenKind keyword(String word) {
    return KEYWORDS.get(word);
  }

  /** The operator spelled exactly {@code text}, or null. */
  static TokenKind operator(String text) {
    return OPERATORS.get(text);
  }

  /** How the token is shown in diagnostics and token dumps. */
  public String describe() {
    return spelling != null ? "'" + spelling + "'" : name();
  }
}
