package dev.irc.py.syntax;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.ast.BinaryOperator;
import dev.irc.py.ast.ExceptHandler;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.ImportAlias;
import dev.irc.py.ast.Module;
import dev.irc.py.ast.Parameter;
import dev.irc.py.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Python front end's entry point: parses one source file of irc's Python subset into a
 * {@link Module}, or throws a {@link DiagnosticException} at the first error, with CPython's
 * message where CPython has one and "... is not supported by irc" for constructs outside the
 * subset.
 *
 * <p>Statements are parsed here by recursive descent; expressions by {@link ExpressionParser}.
 */
public final class PythonParser {
  /** The modules irc implements, and so the only ones a program may import. */
  private static final Set<String> SUPPORTED_MODULES = Set.of("math");

  private static final Map<TokenKind, BinaryOperator> AUGMENTED_OPERATORS = Map.ofEntries(
      Map.entry(TokenKind.PLUSEQUAL, BinaryOperator.ADD),
      Map.entry(TokenKind.MINEQUAL, BinaryOperator.SUB),
      Map.entry(TokenKind.STAREQUAL, BinaryOperator.MUL),
      Map.entry(TokenKind.ATEQUAL, BinaryOperator.MAT_MUL),
      Map.entry(TokenKind.SLASHEQUAL, BinaryOperator.DIV),
      Map.entry(TokenKind.DOUBLESLASHEQUAL, BinaryOperator.FLOOR_DIV),
      Map.entry(TokenKind.PERCENTEQUAL, BinaryOperator.MOD),
      Map.entry(TokenKind.DOUBLESTAREQUAL, BinaryOperator.POW),
      Map.entry(TokenKind.LEFTSHIFTEQUAL, BinaryOperator.LSHIFT),
      Map.entry(TokenKind.RIGHTSHIFTEQUAL, BinaryOperator.RSHIFT),
      Map.entry(TokenKind.VBAREQUAL, BinaryOperator.BIT_OR),
      Map.entry(TokenKind.CIRCUMFLEXEQUAL, BinaryOperator.BIT_XOR),
      Map.entry(TokenKind.AMPEREQUAL, BinaryOperator.BIT_AND));

  private final SourceFile source;
  private final TokenCursor tokens;
  private final TargetChecker targets;
  private final DeferredErrors deferred;
  private final ExpressionParser expressions;
  /** Loops enclosing the current statement within the current function (or module). */
  private int loopDepth;
  private boolean inFunction;

  private PythonParser(SourceFile source) {
    this.source = source;
    this.tokens = new TokenCursor(source);
    this.targets = new TargetChecker(tokens);
    this.deferred = new DeferredErrors(tokens);
    this.expressions = new ExpressionParser(tokens, targets, deferred);
  }

  /** Parses {@code source}; throws {@link DiagnosticException} at the first error. */
  public static Module parse(SourceFile source) {
    return new PythonParser(source).module();
  }

  private Module module() {
    var body = new ArrayList<Stmt>();
    while (!tokens.at(TokenKind.END_OF_FILE)) {
      statement(body);
    }
    deferred.throwIfAny();
    return new Module(source, body);
  }

  /** Parses one statement line or compound statement into {@code out}. */
  private void statement(List<Stmt> out) {
    Token first = tokens.peek();
    switch (first.kind()) {
      case DEF -> out.add(functionDef());
      case IF -> out.add(ifStatement(tokens.advance(), "'if' statement"));
      case WHILE -> out.add(whileStatement());
      case FOR -> out.add(forStatement());
      case CLASS -> throw tokens.unsupported(first, "class definition");
      case TRY -> out.add(tryStatement());
      case WITH -> throw tokens.unsupported(first, "'with' statement");
      case ASYNC -> throw tokens.unsupported(first, "'async' statement");
      case AT -> throw tokens.unsupported(first, "decorator");
      case INDENT, DEDENT, ELSE, ELIF, EXCEPT, FINALLY -> throw tokens.invalidSyntax(first);
      default -> {
        if (isMatchStatement(first)) {
          throw tokens.unsupported(first, "'match' statement");
        }
        simpleStatements(out);
      }
    }
  }

  /** {@code match subject:} (a soft keyword); {@code match(x)} or {@code match = 1} are not. */
  private boolean isMatchStatement(Token first) {
    if (!first.is(TokenKind.NAME) || !first.text().equals("match")) {
      return false;
    }
    TokenKind next = tokens.peek(1).kind();
    return switch (next) {
      case NAME, INT, FLOAT, STRING, TRUE, FALSE, NONE, MINUS, LBRACE, TILDE, NOT, STAR -> true;
      default -> false;
    };
  }

  /** {@code simple (';' simple)* [';'] NEWLINE}. */
  private void simpleStatements(List<Stmt> out) {
    while (true) {
      out.add(simpleStatement());
      if (!tokens.accept(TokenKind.SEMI)) {
        break;
      }
      if (tokens.at(TokenKind.NEWLINE)) {
        break;
      }
    }
    if (!tokens.accept(TokenKind.NEWLINE)) {
      throw tokens.invalidSyntax(tokens.peek());
    }
  }

  private Stmt simpleStatement() {
    Token first = tokens.peek();
    return switch (first.kind()) {
      case PASS -> {
        tokens.advance();
        yield new Stmt.Pass(tokens.spanFrom(first.start()));
      }
      case BREAK -> {
        tokens.advance();
        if (loopDepth == 0) {
          deferred.add(first, "'break' outside loop");
        }
        yield new Stmt.Break(tokens.spanFrom(first.start()));
      }
      case CONTINUE -> {
        tokens.advance();
        if (loopDepth == 0) {
          deferred.add(first, "'continue' not properly in loop");
        }
        yield new Stmt.Continue(tokens.spanFrom(first.start()));
      }
      case RETURN -> returnStatement();
      case GLOBAL -> globalStatement();
      case ASSERT -> assertStatement();
      case IMPORT -> importStatement();
      case FROM -> fromImportStatement();
      case NONLOCAL -> throw tokens.unsupported(first, "'nonlocal' statement");
      case DEL -> throw tokens.unsupported(first, "'del' statement");
      case RAISE -> raiseStatement();
      default -> expressionStatement();
    };
  }

  private Stmt returnStatement() {
    Token keyword = tokens.advance();
    if (!inFunction) {
      deferred.add(keyword, "'return' outside function");
    }
    Optional<Expr> value = Optional.empty();
    if (!tokens.at(TokenKind.NEWLINE) && !tokens.at(TokenKind.SEMI)) {
      value = Optional.of(expressions.expressionList());
    }
    return new Stmt.Return(value, tokens.spanFrom(keyword.start()));
  }

  private Stmt raiseStatement() {
    Token keyword = tokens.advance();
    Optional<Expr> exception = Optional.empty();
    Optional<Expr> cause = Optional.empty();
    if (!tokens.at(TokenKind.NEWLINE) && !tokens.at(TokenKind.SEMI)) {
      exception = Optional.of(expressions.expression());
      if (tokens.accept(TokenKind.FROM)) {
        cause = Optional.of(expressions.expression());
      }
    }
    return new Stmt.Raise(exception, cause, tokens.spanFrom(keyword.start()));
  }

  /** {@code try} with its {@code except}, {@code else} and {@code finally} clauses. */
  private Stmt tryStatement() {
    Token keyword = tokens.advance();
    List<Stmt> body = block("'try' statement", keyword);
    var handlers = new ArrayList<ExceptHandler>();
    ExceptHandler bare = null;
    while (tokens.at(TokenKind.EXCEPT)) {
      Token except = tokens.advance();
      if (bare != null) {
        throw tokens.errorAt(bare.span().startOffset(), "default 'except:' must be last");
      }
      if (tokens.at(TokenKind.STAR)) {
        throw tokens.unsupported(tokens.peek(), "'except*' clause");
      }
      Optional<Expr> type = Optional.empty();
      Optional<String> name = Optional.empty();
      if (!tokens.at(TokenKind.COLON)) {
        Expr first = expressions.expression();
        if (tokens.at(TokenKind.COMMA)) {
          throw tokens.errorAt(first.span().startOffset(), "multiple exception types must be parenthesized");
        }
        type = Optional.of(first);
        if (tokens.accept(TokenKind.AS)) {
          name = Optional.of(tokens.expect(TokenKind.NAME).text());
        }
      }
      List<Stmt> handlerBody = block("'except' statement", except);
      var handler = new ExceptHandler(type, name, handlerBody, tokens.spanFrom(except.start()));
      if (type.isEmpty()) {
        bare = handler;
      }
      handlers.add(handler);
    }
    List<Stmt> orElse = List.of();
    if (!handlers.isEmpty() && tokens.at(TokenKind.ELSE)) {
      Token elseKeyword = tokens.advance();
      orElse = block("'else' statement", elseKeyword);
    }
    List<Stmt> finalBody = List.of();
    if (tokens.at(TokenKind.FINALLY)) {
      Token finallyKeyword = tokens.advance();
      finalBody = block("'finally' statement", finallyKeyword);
    }
    if (handlers.isEmpty() && finalBody.isEmpty()) {
      throw tokens.error(tokens.peek(), "expected 'except' or 'finally' block");
    }
    return new Stmt.Try(body, handlers, orElse, finalBody, tokens.spanFrom(keyword.start()));
  }

  private Stmt globalStatement() {
    Token keyword = tokens.advance();
    var names = new ArrayList<String>();
    do {
      names.add(tokens.expect(TokenKind.NAME).text());
    } while (tokens.accept(TokenKind.COMMA));
    return new Stmt.Global(names, tokens.spanFrom(keyword.start()));
  }

  private Stmt assertStatement() {
    Token keyword = tokens.advance();
    Expr test = expressions.expression();
    Optional<Expr> message = Optional.empty();
    if (tokens.accept(TokenKind.COMMA)) {
      message = Optional.of(expressions.expression());
    }
    return new Stmt.Assert(test, message, tokens.spanFrom(keyword.start()));
  }

  private Stmt importStatement() {
    Token keyword = tokens.advance();
    var names = new ArrayList<ImportAlias>();
    do {
      Token start = tokens.peek();
      String module = dottedName();
      checkModule(start, module);
      names.add(new ImportAlias(module, alias(), tokens.spanFrom(start.start())));
    } while (tokens.accept(TokenKind.COMMA));
    return new Stmt.Import(names, tokens.spanFrom(keyword.start()));
  }

  private Stmt fromImportStatement() {
    Token keyword = tokens.advance();
    Token moduleStart = tokens.peek();
    if (moduleStart.is(TokenKind.DOT) || moduleStart.is(TokenKind.ELLIPSIS)) {
      throw tokens.unsupported(moduleStart, "relative import");
    }
    String module = dottedName();
    tokens.expect(TokenKind.IMPORT);
    checkModule(moduleStart, module);
    if (tokens.at(TokenKind.STAR)) {
      throw tokens.unsupported(tokens.peek(), "'from " + module + " import *'");
    }
    boolean parenthesized = tokens.accept(TokenKind.LPAR);
    var names = new ArrayList<ImportAlias>();
    do {
      if (parenthesized && tokens.at(TokenKind.RPAR) && !names.isEmpty()) {
        break;
      }
      Token name = tokens.expect(TokenKind.NAME);
      names.add(new ImportAlias(name.text(), alias(), tokens.spanFrom(name.start())));
    } while (tokens.accept(TokenKind.COMMA));
    if (parenthesized) {
      tokens.expect(TokenKind.RPAR);
    }
    return new Stmt.ImportFrom(module, names, tokens.spanFrom(keyword.start()));
  }

  private String dottedName() {
    var name = new StringBuilder(tokens.expect(TokenKind.NAME).text());
    while (tokens.accept(TokenKind.DOT)) {
      name.append('.').append(tokens.expect(TokenKind.NAME).text());
    }
    return name.toString();
  }

  private Optional<String> alias() {
    if (!tokens.accept(TokenKind.AS)) {
      return Optional.empty();
    }
    return Optional.of(tokens.expect(TokenKind.NAME).text());
  }

  private void checkModule(Token at, String module) {
    if (!SUPPORTED_MODULES.contains(module)) {
      throw tokens.error(at, "import of module '" + module + "' is not supported by irc");
    }
  }

  /** Expression statement, (chained) assignment, augmented or annotated assignment. */
  private Stmt expressionStatement() {
    Token first = tokens.peek();
    Expr head = expressions.expressionList();
    Token next = tokens.peek();
    if (next.is(TokenKind.COLON)) {
      tokens.advance();
      targets.check(head, TargetChecker.Context.ANNOTATED);
      Expr annotation = expressions.expression();
      Optional<Expr> value = Optional.empty();
      if (tokens.accept(TokenKind.EQUAL)) {
        value = Optional.of(expressions.expressionList());
      }
      return new Stmt.AnnAssign(head, annotation, value, tokens.spanFrom(first.start()));
    }
    BinaryOperator augmented = AUGMENTED_OPERATORS.get(next.kind());
    if (augmented != null) {
      tokens.advance();
      targets.check(head, TargetChecker.Context.AUGMENTED);
      Expr value = expressions.expressionList();
      return new Stmt.AugAssign(head, augmented, value, tokens.spanFrom(first.start()));
    }
    if (next.is(TokenKind.EQUAL)) {
      var chain = new ArrayList<Expr>(List.of(head));
      while (tokens.accept(TokenKind.EQUAL)) {
        chain.add(expressions.expressionList());
      }
      List<Expr> assigned = chain.subList(0, chain.size() - 1);
      var context = assigned.size() == 1 ? TargetChecker.Context.SINGLE_ASSIGN : TargetChecker.Context.ASSIGN;
      assigned.forEach(target -> targets.check(target, context));
      return new Stmt.Assign(assigned, chain.getLast(), tokens.spanFrom(first.start()));
    }
    if (head instanceof Expr.Name name && name.id().equals("print")
        && ExpressionParser.startsExpression(next) && !next.is(TokenKind.LPAR)) {
      throw tokens.error(first, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    }
    return new Stmt.ExprStmt(head, tokens.spanFrom(first.start()));
  }

  private Stmt.If ifStatement(Token keyword, String what) {
    Expr test = expressions.expression();
    List<Stmt> body = block(what, keyword);
    List<Stmt> orElse = List.of();
    Token next = tokens.peek();
    if (next.is(TokenKind.ELIF)) {
      tokens.advance();
      orElse = List.of(ifStatement(next, "'elif' statement"));
    } else if (next.is(TokenKind.ELSE)) {
      tokens.advance();
      orElse = block("'else' statement", next);
    }
    return new Stmt.If(test, body, orElse, tokens.spanFrom(keyword.start()));
  }

  private Stmt whileStatement() {
    Token keyword = tokens.advance();
    Expr test = expressions.expression();
    loopDepth++;
    List<Stmt> body;
    try {
      body = block("'while' statement", keyword);
    } finally {
      loopDepth--;
    }
    List<Stmt> orElse = elseClause();
    return new Stmt.While(test, body, orElse, tokens.spanFrom(keyword.start()));
  }

  private Stmt forStatement() {
    Token keyword = tokens.advance();
    Expr target = expressions.targetList();
    targets.check(target, TargetChecker.Context.FOR);
    tokens.expect(TokenKind.IN);
    Expr iter = expressions.expressionList();
    loopDepth++;
    List<Stmt> body;
    try {
      body = block("'for' statement", keyword);
    } finally {
      loopDepth--;
    }
    List<Stmt> orElse = elseClause();
    return new Stmt.For(target, iter, body, orElse, tokens.spanFrom(keyword.start()));
  }

  /** The optional {@code else} block of a loop, which is not itself inside the loop. */
  private List<Stmt> elseClause() {
    Token next = tokens.peek();
    if (!next.is(TokenKind.ELSE)) {
      return List.of();
    }
    tokens.advance();
    return block("'else' statement", next);
  }

  private Stmt functionDef() {
    Token keyword = tokens.advance();
    Token name = tokens.expect(TokenKind.NAME);
    tokens.expect(TokenKind.LPAR);
    List<Parameter> parameters = parameters();
    tokens.expect(TokenKind.RPAR);
    Optional<Expr> returns = Optional.empty();
    if (tokens.accept(TokenKind.RARROW)) {
      returns = Optional.of(expressions.expression());
    }
    int outerLoops = loopDepth;
    boolean outerInFunction = inFunction;
    loopDepth = 0;
    inFunction = true;
    List<Stmt> body;
    try {
      body = block("function definition", keyword);
    } finally {
      loopDepth = outerLoops;
      inFunction = outerInFunction;
    }
    return new Stmt.FunctionDef(name.text(), parameters, returns, body, tokens.spanFrom(keyword.start()));
  }

  private List<Parameter> parameters() {
    var parameters = new ArrayList<Parameter>();
    Set<String> names = new HashSet<>();
    boolean sawDefault = false;
    while (!tokens.at(TokenKind.RPAR)) {
      Token start = tokens.peek();
      switch (start.kind()) {
        case STAR -> throw tokens.unsupported(start,
            tokens.peek(1).is(TokenKind.NAME) ? "'*args' parameter" : "keyword-only parameter");
        case DOUBLESTAR -> throw tokens.unsupported(start, "'**kwargs' parameter");
        case SLASH -> throw tokens.unsupported(start, "positional-only parameter");
        default -> { }
      }
      Token name = tokens.expect(TokenKind.NAME);
      Optional<Expr> annotation = Optional.empty();
      if (tokens.accept(TokenKind.COLON)) {
        annotation = Optional.of(expressions.expression());
      }
      Optional<Expr> defaultValue = Optional.empty();
      if (tokens.accept(TokenKind.EQUAL)) {
        defaultValue = Optional.of(expressions.expression());
        sawDefault = true;
      } else if (sawDefault && !tokens.at(TokenKind.STAR) && !tokens.peek(1).is(TokenKind.STAR)) {
        throw tokens.error(name, "non-default argument follows default argument");
      }
      if (!names.add(name.text())) {
        deferred.add(name, "duplicate argument '" + name.text() + "' in function definition");
      }
      parameters.add(new Parameter(name.text(), annotation, defaultValue, tokens.spanFrom(name.start())));
      if (!tokens.accept(TokenKind.COMMA)) {
        break;
      }
    }
    return parameters;
  }

  /**
   * {@code ':' (NEWLINE INDENT statement+ DEDENT | simple_statements)} after a compound
   * statement header; {@code what} and {@code header} name the header in errors.
   */
  private List<Stmt> block(String what, Token header) {
    if (!tokens.at(TokenKind.COLON)) {
      throw tokens.at(TokenKind.NEWLINE) ? tokens.error(tokens.peek(), "expected ':'") : tokens.invalidSyntax(tokens.peek());
    }
    tokens.advance();
    var body = new ArrayList<Stmt>();
    if (!tokens.at(TokenKind.NEWLINE)) {
      simpleStatements(body);
      return body;
    }
    Token newline = tokens.advance();
    if (!tokens.at(TokenKind.INDENT)) {
      Token next = tokens.peek();
      Token at = next.is(TokenKind.END_OF_FILE) ? newline : next;
      throw tokens.error(at, "expected an indented block after " + what + " on line "
          + source.lineOf(header.start()));
    }
    tokens.advance();
    while (!tokens.at(TokenKind.DEDENT) && !tokens.at(TokenKind.END_OF_FILE)) {
      statement(body);
    }
    tokens.expect(TokenKind.DEDENT);
    return body;
  }
}
