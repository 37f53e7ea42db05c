package dev.irc.py.syntax;

import dev.irc.py.ast.BinaryOperator;
import dev.irc.py.ast.BoolOperator;
import dev.irc.py.ast.CompareOperator;
import dev.irc.py.ast.Comprehension;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.Keyword;
import dev.irc.py.ast.Span;
import dev.irc.py.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses Python expressions with CPython's precedence and associativity, lowest first:
 * conditional expression, {@code or}, {@code and}, {@code not}, comparisons (chained),
 * {@code |}, {@code ^}, {@code &}, shifts, {@code + -}, {@code * / // % @}, unary
 * {@code + - ~}, {@code **} (right associative; binds tighter than a unary operator on its
 * left, looser than one on its right), then calls, attributes, subscripts and atoms.
 *
 * <p>Constructs outside irc's subset (lambda, starred expressions, dict/set displays, generator
 * expressions, {@code :=}, {@code await}, {@code yield}) are rejected where they start.
 */
final class ExpressionParser {
  private static final int MAX_NESTING = 250;

  /** The left-associative binary levels, loosest first. */
  private static final List<Map<TokenKind, BinaryOperator>> BINARY_LEVELS = List.of(
      Map.of(TokenKind.VBAR, BinaryOperator.BIT_OR),
      Map.of(TokenKind.CIRCUMFLEX, BinaryOperator.BIT_XOR),
      Map.of(TokenKind.AMPER, BinaryOperator.BIT_AND),
      Map.of(TokenKind.LEFTSHIFT, BinaryOperator.LSHIFT, TokenKind.RIGHTSHIFT, BinaryOperator.RSHIFT),
      Map.of(TokenKind.PLUS, BinaryOperator.ADD, TokenKind.MINUS, BinaryOperator.SUB),
      Map.of(TokenKind.STAR, BinaryOperator.MUL, TokenKind.SLASH, BinaryOperator.DIV,
          TokenKind.DOUBLESLASH, BinaryOperator.FLOOR_DIV, TokenKind.PERCENT, BinaryOperator.MOD,
          TokenKind.AT, BinaryOperator.MAT_MUL));

  private static final Map<TokenKind, CompareOperator> SIMPLE_COMPARISONS = Map.of(
      TokenKind.EQEQUAL, CompareOperator.EQ,
      TokenKind.NOTEQUAL, CompareOperator.NOT_EQ,
      TokenKind.LESS, CompareOperator.LT,
      TokenKind.LESSEQUAL, CompareOperator.LT_E,
      TokenKind.GREATER, CompareOperator.GT,
      TokenKind.GREATEREQUAL, CompareOperator.GT_E);

  /** Tokens that start an atom; seeing one right after a complete element means a lost comma. */
  private static final Set<TokenKind> ATOM_STARTS = Set.of(
      TokenKind.NAME, TokenKind.INT, TokenKind.FLOAT, TokenKind.STRING,
      TokenKind.TRUE, TokenKind.FALSE, TokenKind.NONE);

  private final TokenCursor tokens;
  private final TargetChecker targets;
  private final DeferredErrors deferred;
  private int nesting;

  ExpressionParser(TokenCursor tokens, TargetChecker targets, DeferredErrors deferred) {
    this.tokens = tokens;
    this.targets = targets;
    this.deferred = deferred;
  }

  /** {@code expression (',' expression)* [',']}: a tuple if there is a comma. */
  Expr expressionList() {
    return commaList(this::starredOrExpression);
  }

  /** A comma-separated list of assignment targets (for {@code for} and comprehensions). */
  Expr targetList() {
    return commaList(this::target);
  }

  /** {@code element (',' element)* [',']}: the element alone, or a tuple if there is a comma. */
  private Expr commaList(java.util.function.Supplier<Expr> element) {
    Token first = tokens.peek();
    Expr head = element.get();
    if (!tokens.at(TokenKind.COMMA)) {
      return head;
    }
    var elements = new ArrayList<Expr>(List.of(head));
    while (tokens.accept(TokenKind.COMMA)) {
      if (!startsExpression(tokens.peek())) {
        break;
      }
      elements.add(element.get());
    }
    return new Expr.Tuple(elements, tokens.spanFrom(first.start()));
  }

  private Expr target() {
    rejectStarred();
    return binary(0);
  }

  /** A single expression: the conditional expression level. */
  Expr expression() {
    Token first = tokens.peek();
    switch (first.kind()) {
      case LAMBDA -> throw tokens.unsupported(first, "lambda expression");
      case YIELD -> throw tokens.unsupported(first, "'yield' expression");
      default -> { }
    }
    enter(first);
    try {
      Expr body = disjunction();
      if (tokens.at(TokenKind.COLONEQUAL)) {
        throw tokens.unsupported(tokens.peek(), "assignment expression (':=')");
      }
      if (!tokens.accept(TokenKind.IF)) {
        return body;
      }
      Expr test = disjunction();
      if (!tokens.at(TokenKind.ELSE)) {
        throw tokens.error(tokens.at(TokenKind.NEWLINE) ? first : tokens.peek(),
            tokens.at(TokenKind.NEWLINE) ? "expected 'else' after 'if' expression" : "invalid syntax");
      }
      tokens.advance();
      Expr orElse = expression();
      return new Expr.Conditional(test, body, orElse, tokens.spanFrom(first.start()));
    } finally {
      nesting--;
    }
  }

  /** {@code *x} is outside the subset; a lone {@code *} is just a syntax error. */
  private void rejectStarred() {
    if (tokens.at(TokenKind.STAR)) {
      Token star = tokens.peek();
      if (startsExpression(tokens.peek(1))) {
        throw tokens.unsupported(star, "starred expression");
      }
      throw tokens.invalidSyntax(star);
    }
  }

  private Expr starredOrExpression() {
    rejectStarred();
    return expression();
  }

  Expr disjunction() {
    return boolOp(BoolOperator.OR);
  }

  private Expr boolOp(BoolOperator op) {
    Token first = tokens.peek();
    TokenKind keyword = op == BoolOperator.OR ? TokenKind.OR : TokenKind.AND;
    Expr head = op == BoolOperator.OR ? boolOp(BoolOperator.AND) : inversion();
    if (!tokens.at(keyword)) {
      return head;
    }
    var operands = new ArrayList<Expr>(List.of(head));
    while (tokens.accept(keyword)) {
      operands.add(op == BoolOperator.OR ? boolOp(BoolOperator.AND) : inversion());
    }
    return new Expr.BoolOp(op, operands, tokens.spanFrom(first.start()));
  }

  private Expr inversion() {
    Token first = tokens.peek();
    if (!tokens.accept(TokenKind.NOT)) {
      return comparison();
    }
    enter(first);
    try {
      Expr operand = inversion();
      return new Expr.Unary(UnaryOperator.NOT, operand, tokens.spanFrom(first.start()));
    } finally {
      nesting--;
    }
  }

  private Expr comparison() {
    Token first = tokens.peek();
    Expr left = binary(0);
    var ops = new ArrayList<CompareOperator>();
    var comparators = new ArrayList<Expr>();
    while (true) {
      CompareOperator op = comparisonOperator();
      if (op == null) {
        break;
      }
      ops.add(op);
      comparators.add(binary(0));
    }
    if (ops.isEmpty()) {
      return left;
    }
    return new Expr.Compare(left, ops, comparators, tokens.spanFrom(first.start()));
  }

  /** Consumes a comparison operator ({@code not in} and {@code is not} are two tokens). */
  private CompareOperator comparisonOperator() {
    Token token = tokens.peek();
    CompareOperator simple = SIMPLE_COMPARISONS.get(token.kind());
    if (simple != null) {
      tokens.advance();
      return simple;
    }
    switch (token.kind()) {
      case IN -> {
        tokens.advance();
        return CompareOperator.IN;
      }
      case IS -> {
        tokens.advance();
        return tokens.accept(TokenKind.NOT) ? CompareOperator.IS_NOT : CompareOperator.IS;
      }
      case NOT -> {
        if (tokens.peek(1).is(TokenKind.IN)) {
          tokens.advance();
          tokens.advance();
          return CompareOperator.NOT_IN;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** The left-associative binary operator level {@code level}, then unary operators. */
  private Expr binary(int level) {
    if (level == BINARY_LEVELS.size()) {
      return factor();
    }
    Token first = tokens.peek();
    Expr left = binary(level + 1);
    Map<TokenKind, BinaryOperator> operators = BINARY_LEVELS.get(level);
    while (operators.containsKey(tokens.peek().kind())) {
      BinaryOperator op = operators.get(tokens.advance().kind());
      Expr right = binary(level + 1);
      left = new Expr.Binary(left, op, right, tokens.spanFrom(first.start()));
    }
    return left;
  }

  private Expr factor() {
    Token first = tokens.peek();
    UnaryOperator op = switch (first.kind()) {
      case PLUS -> UnaryOperator.POS;
      case MINUS -> UnaryOperator.NEG;
      case TILDE -> UnaryOperator.INVERT;
      default -> null;
    };
    if (op == null) {
      return power();
    }
    tokens.advance();
    enter(first);
    try {
      Expr operand = factor();
      return new Expr.Unary(op, operand, tokens.spanFrom(first.start()));
    } finally {
      nesting--;
    }
  }

  private Expr power() {
    Token first = tokens.peek();
    if (first.is(TokenKind.AWAIT)) {
      throw tokens.unsupported(first, "'await' expression");
    }
    Expr base = primary();
    if (!tokens.accept(TokenKind.DOUBLESTAR)) {
      return base;
    }
    enter(first);
    try {
      Expr exponent = factor();
      return new Expr.Binary(base, BinaryOperator.POW, exponent, tokens.spanFrom(first.start()));
    } finally {
      nesting--;
    }
  }

  private Expr primary() {
    Token first = tokens.peek();
    Expr value = atom();
    while (true) {
      if (tokens.accept(TokenKind.DOT)) {
        Token name = tokens.expect(TokenKind.NAME);
        value = new Expr.Attribute(value, name.text(), tokens.spanFrom(first.start()));
      } else if (tokens.at(TokenKind.LPAR)) {
        value = call(value, first);
      } else if (tokens.accept(TokenKind.LSQB)) {
        Expr index = subscriptIndex();
        tokens.expect(TokenKind.RSQB);
        value = new Expr.Subscript(value, index, tokens.spanFrom(first.start()));
      } else {
        return value;
      }
    }
  }

  private Expr call(Expr func, Token first) {
    tokens.expect(TokenKind.LPAR);
    var args = new ArrayList<Expr>();
    var keywords = new ArrayList<Keyword>();
    Set<String> keywordNames = new HashSet<>();
    while (!tokens.at(TokenKind.RPAR)) {
      Token argStart = tokens.peek();
      switch (argStart.kind()) {
        case STAR, DOUBLESTAR -> {
          if (!startsExpression(tokens.peek(1))) {
            throw tokens.invalidSyntax(tokens.peek(1));
          }
          throw tokens.unsupported(argStart, argStart.is(TokenKind.STAR)
              ? "starred argument ('*args')" : "keyword argument unpacking ('**kwargs')");
        }
        default -> { }
      }
      if (tokens.peek(1).is(TokenKind.EQUAL) && argStart.is(TokenKind.NAME)) {
        tokens.advance();
        tokens.advance();
        Expr value = expression();
        if (!keywordNames.add(argStart.text())) {
          deferred.add(argStart, "keyword argument repeated: " + argStart.text());
        }
        keywords.add(new Keyword(argStart.text(), value, tokens.spanFrom(argStart.start())));
      } else {
        Expr arg = expression();
        if (tokens.at(TokenKind.FOR)) {
          throw tokens.unsupported(argStart, "generator expression");
        }
        if (tokens.at(TokenKind.EQUAL)) {
          String name = TargetChecker.describe(arg);
          throw tokens.error(argStart, switch (arg) {
            case Expr.BoolLiteral b -> "cannot assign to " + name;
            case Expr.NoneLiteral n -> "cannot assign to " + name;
            default -> "expression cannot contain assignment, perhaps you meant \"==\"?";
          });
        }
        if (!keywords.isEmpty()) {
          throw tokens.error(argStart, "positional argument follows keyword argument");
        }
        args.add(arg);
      }
      if (!tokens.accept(TokenKind.COMMA)) {
        checkForgottenComma(argStart);
        break;
      }
    }
    tokens.expect(TokenKind.RPAR);
    return new Expr.Call(func, args, keywords, tokens.spanFrom(first.start()));
  }

  /** {@code slice (',' slice)* [',']} inside {@code []}. */
  private Expr subscriptIndex() {
    Token first = tokens.peek();
    Expr head = slice();
    if (!tokens.at(TokenKind.COMMA)) {
      return head;
    }
    var elements = new ArrayList<Expr>(List.of(head));
    while (tokens.accept(TokenKind.COMMA) && !tokens.at(TokenKind.RSQB)) {
      elements.add(slice());
    }
    return new Expr.Tuple(elements, tokens.spanFrom(first.start()));
  }

  private Expr slice() {
    Token first = tokens.peek();
    Optional<Expr> lower = Optional.empty();
    if (!first.is(TokenKind.COLON)) {
      lower = Optional.of(starredOrExpression());
      if (!tokens.at(TokenKind.COLON)) {
        return lower.get();
      }
    }
    tokens.expect(TokenKind.COLON);
    Optional<Expr> upper = optionalSliceBound();
    Optional<Expr> step = Optional.empty();
    if (tokens.accept(TokenKind.COLON)) {
      step = optionalSliceBound();
    }
    return new Expr.Slice(lower, upper, step, tokens.spanFrom(first.start()));
  }

  private Optional<Expr> optionalSliceBound() {
    TokenKind next = tokens.peek().kind();
    if (next == TokenKind.COLON || next == TokenKind.COMMA || next == TokenKind.RSQB) {
      return Optional.empty();
    }
    return Optional.of(expression());
  }

  private Expr atom() {
    Token token = tokens.peek();
    return switch (token.kind()) {
      case NAME -> {
        tokens.advance();
        yield new Expr.Name(token.text(), tokens.spanFrom(token.start()));
      }
      case TRUE, FALSE -> {
        tokens.advance();
        yield new Expr.BoolLiteral(token.is(TokenKind.TRUE), tokens.spanFrom(token.start()));
      }
      case NONE -> {
        tokens.advance();
        yield new Expr.NoneLiteral(tokens.spanFrom(token.start()));
      }
      case INT -> {
        tokens.advance();
        yield new Expr.IntLiteral(token.intValue(), tokens.spanFrom(token.start()));
      }
      case FLOAT -> {
        tokens.advance();
        yield new Expr.FloatLiteral(token.floatValue(), tokens.spanFrom(token.start()));
      }
      case STRING -> {
        var value = new StringBuilder();
        while (tokens.at(TokenKind.STRING)) {
          value.append(tokens.advance().stringValue());
        }
        yield new Expr.StringLiteral(value.toString(), tokens.spanFrom(token.start()));
      }
      case LPAR -> parenthesized();
      case LSQB -> listDisplay();
      case LBRACE -> throw tokens.unsupported(token,
          tokens.peek(1).is(TokenKind.RBRACE) ? "dict literal" : "dict or set display");
      case ELLIPSIS -> throw tokens.unsupported(token, "'...' (Ellipsis)");
      case LAMBDA -> throw tokens.unsupported(token, "lambda expression");
      case YIELD -> throw tokens.unsupported(token, "'yield' expression");
      case AWAIT -> throw tokens.unsupported(token, "'await' expression");
      default -> throw tokens.invalidSyntax(token);
    };
  }

  private Expr parenthesized() {
    Token open = tokens.expect(TokenKind.LPAR);
    if (tokens.accept(TokenKind.RPAR)) {
      return new Expr.Tuple(List.of(), tokens.spanFrom(open.start()));
    }
    Token first = tokens.peek();
    Expr head = starredOrExpression();
    if (tokens.at(TokenKind.FOR) || tokens.at(TokenKind.ASYNC)) {
      throw tokens.unsupported(open, "generator expression");
    }
    if (tokens.accept(TokenKind.RPAR)) {
      return head;
    }
    if (!tokens.at(TokenKind.COMMA)) {
      checkForgottenComma(first);
      throw tokens.invalidSyntax(tokens.peek());
    }
    var elements = new ArrayList<Expr>(List.of(head));
    while (tokens.accept(TokenKind.COMMA) && !tokens.at(TokenKind.RPAR)) {
      Token element = tokens.peek();
      elements.add(starredOrExpression());
      checkForgottenComma(element);
    }
    tokens.expect(TokenKind.RPAR);
    return new Expr.Tuple(elements, tokens.spanFrom(open.start()));
  }

  private Expr listDisplay() {
    Token open = tokens.expect(TokenKind.LSQB);
    if (tokens.accept(TokenKind.RSQB)) {
      return new Expr.ListDisplay(List.of(), tokens.spanFrom(open.start()));
    }
    Token first = tokens.peek();
    Expr head = starredOrExpression();
    if (tokens.at(TokenKind.FOR) || tokens.at(TokenKind.ASYNC)) {
      List<Comprehension> generators = comprehensionClauses();
      tokens.expect(TokenKind.RSQB);
      return new Expr.ListComprehension(head, generators, tokens.spanFrom(open.start()));
    }
    var elements = new ArrayList<Expr>(List.of(head));
    checkForgottenComma(first);
    while (tokens.accept(TokenKind.COMMA) && !tokens.at(TokenKind.RSQB)) {
      Token element = tokens.peek();
      elements.add(starredOrExpression());
      checkForgottenComma(element);
    }
    tokens.expect(TokenKind.RSQB);
    return new Expr.ListDisplay(elements, tokens.spanFrom(open.start()));
  }

  private List<Comprehension> comprehensionClauses() {
    var generators = new ArrayList<Comprehension>();
    while (tokens.at(TokenKind.FOR) || tokens.at(TokenKind.ASYNC)) {
      Token start = tokens.advance();
      if (start.is(TokenKind.ASYNC)) {
        throw tokens.unsupported(start, "asynchronous comprehension");
      }
      Expr target = targetList();
      targets.check(target, TargetChecker.Context.FOR);
      tokens.expect(TokenKind.IN);
      Expr iter = disjunction();
      var conditions = new ArrayList<Expr>();
      while (tokens.accept(TokenKind.IF)) {
        conditions.add(disjunction());
      }
      generators.add(new Comprehension(target, iter, conditions, tokens.spanFrom(start.start())));
    }
    return generators;
  }

  /** CPython's hint for two adjacent expressions inside brackets, e.g. {@code print(1 2)}. */
  private void checkForgottenComma(Token elementStart) {
    Token next = tokens.peek();
    if (ATOM_STARTS.contains(next.kind())) {
      throw tokens.errorAt(elementStart.start(), next.start(), "invalid syntax. Perhaps you forgot a comma?");
    }
  }

  /** Whether {@code token} can start an expression (used after a trailing comma). */
  static boolean startsExpression(Token token) {
    return switch (token.kind()) {
      case NAME, INT, FLOAT, STRING, TRUE, FALSE, NONE, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
           NOT, LAMBDA, AWAIT, STAR, ELLIPSIS, YIELD -> true;
      default -> false;
    };
  }

  private void enter(Token at) {
    if (++nesting > MAX_NESTING) {
      nesting = 0;
      throw tokens.error(at, "too many nested expressions");
    }
  }
}
