package dev.irc.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one-step simplifications of a program that {@link ProgramShrinker} tries, boldest first:
 * remove a function (its calls become their first argument or 0), remove a statement, replace a
 * compound statement by one of its blocks, replace a call of a generated function by the
 * function's returned expression with the arguments substituted (inlining), replace an
 * expression by one of its subexpressions or by {@code 0}/{@code 1}, and make a literal smaller.
 * A try becomes its body (or its else or finally block), loses handlers, its else or its
 * finally, a handler of a tuple of classes catches one of them; a raise becomes {@code pass} or
 * loses its cause or argument. No step makes a program invalid: a bare except stays last, an
 * else goes with the last handler, a handler's name goes with the prints of it.
 */
final class Reductions {
  private Reductions() {}

  static List<FuzzProgram> of(FuzzProgram program) {
    var out = new ArrayList<FuzzProgram>();
    for (int i = 0; i < program.functions().size(); i++) {
      out.add(withoutFunction(program, i));
    }
    for (int i = 0; i < program.functions().size(); i++) {
      if (program.functions().get(i).body() instanceof List<FuzzStmt> body && body.size() == 1
          && body.getFirst() instanceof FuzzStmt.Return) {
        out.add(inlined(program, i));
      }
    }
    for (List<FuzzStmt> main : block(program.main())) {
      out.add(new FuzzProgram(program.functions(), main));
    }
    for (int i = 0; i < program.functions().size(); i++) {
      FuzzFunction function = program.functions().get(i);
      for (List<FuzzStmt> body : block(function.body())) {
        var functions = new ArrayList<>(program.functions());
        functions.set(i, function.withBody(body));
        out.add(new FuzzProgram(functions, program.main()));
      }
    }
    return out;
  }

  /** Replaces the calls of a function whose body is one {@code return e} by {@code e} of the arguments. */
  private static FuzzProgram inlined(FuzzProgram program, int index) {
    FuzzFunction inlined = program.functions().get(index);
    FuzzExpr returned = ((FuzzStmt.Return) inlined.body().getFirst()).value();
    Function<FuzzExpr, FuzzExpr> rewrite = new Function<>() {
      @Override
      public FuzzExpr apply(FuzzExpr expr) {
        FuzzExpr mapped = mapChildren(expr, this);
        if (mapped instanceof FuzzExpr.Call(String function, List<FuzzExpr> arguments) && function.equals(inlined.name())) {
          var values = new java.util.HashMap<String, FuzzExpr>();
          int firstDefault = inlined.parameters().size() - inlined.defaults().size();
          for (int p = 0; p < inlined.parameters().size(); p++) {
            values.put(inlined.parameters().get(p), p < arguments.size() ? arguments.get(p) : inlined.defaults().get(p - firstDefault));
          }
          return substitute(returned, values);
        }
        return mapped;
      }
    };
    var functions = new ArrayList<FuzzFunction>();
    for (int i = 0; i < program.functions().size(); i++) {
      if (i != index) {
        FuzzFunction f = program.functions().get(i);
        functions.add(f.withBody(f.body().stream().map(s -> mapStatement(s, rewrite)).toList()));
      }
    }
    return new FuzzProgram(functions, program.main().stream().map(s -> mapStatement(s, rewrite)).toList());
  }

  private static FuzzExpr substitute(FuzzExpr expr, java.util.Map<String, FuzzExpr> values) {
    if (expr instanceof FuzzExpr.Name(String name) && values.containsKey(name)) {
      return values.get(name);
    }
    return mapChildren(expr, e -> substitute(e, values));
  }

  private static FuzzProgram withoutFunction(FuzzProgram program, int index) {
    String name = program.functions().get(index).name();
    var functions = new ArrayList<FuzzFunction>();
    for (int i = 0; i < program.functions().size(); i++) {
      if (i != index) {
        FuzzFunction f = program.functions().get(i);
        functions.add(f.withBody(f.body().stream().map(s -> mapStatement(s, e -> dropCalls(e, name))).toList()));
      }
    }
    return new FuzzProgram(functions, program.main().stream().map(s -> mapStatement(s, e -> dropCalls(e, name))).toList());
  }

  private static FuzzExpr dropCalls(FuzzExpr expr, String name) {
    FuzzExpr mapped = mapChildren(expr, e -> dropCalls(e, name));
    if (mapped instanceof FuzzExpr.Call(String function, List<FuzzExpr> arguments) && function.equals(name)) {
      return arguments.isEmpty() ? new FuzzExpr.Literal("0") : arguments.getLast();
    }
    return mapped;
  }

  static List<List<FuzzStmt>> block(List<FuzzStmt> statements) {
    var out = new ArrayList<List<FuzzStmt>>();
    // Halves and single statements first: the big steps.
    if (statements.size() >= 4) {
      out.add(statements.subList(statements.size() / 2, statements.size()));
      out.add(statements.subList(0, statements.size() / 2));
    }
    for (int i = 0; i < statements.size(); i++) {
      var without = new ArrayList<>(statements);
      without.remove(i);
      out.add(without);
    }
    for (int i = 0; i < statements.size(); i++) {
      for (List<FuzzStmt> inner : innerBlocks(statements.get(i))) {
        var spliced = new ArrayList<>(statements.subList(0, i));
        spliced.addAll(inner);
        spliced.addAll(statements.subList(i + 1, statements.size()));
        out.add(spliced);
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      for (FuzzStmt variant : statement(statements.get(i))) {
        var replaced = new ArrayList<>(statements);
        replaced.set(i, variant);
        out.add(replaced);
      }
    }
    return out;
  }

  private static List<List<FuzzStmt>> innerBlocks(FuzzStmt statement) {
    return switch (statement) {
      case FuzzStmt.If(var condition, List<FuzzStmt> then, List<FuzzStmt> otherwise) -> List.of(then, otherwise);
      // A loop body with a break or continue of its own would be a SyntaxError outside the loop.
      case FuzzStmt.ForRange(var variable, var bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) ->
          jumps(body) ? List.of(orelse) : List.of(body, orelse);
      case FuzzStmt.CountedWhile(var counter, var limit, List<FuzzStmt> body, List<FuzzStmt> orelse) ->
          jumps(body) ? List.of(orelse) : List.of(body, orelse);
      case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) -> {
        var blocks = new ArrayList<List<FuzzStmt>>(List.of(body, orelse, finalbody));
        // A handler's body may read its name, which is unbound outside it.
        handlers.stream().filter(h -> h.name().isEmpty()).forEach(h -> blocks.add(h.body()));
        yield blocks;
      }
      default -> List.of();
    };
  }

  /** Whether {@code block} has a {@code break} or {@code continue} of the loop it is the body of. */
  private static boolean jumps(List<FuzzStmt> block) {
    return block.stream().anyMatch(statement -> switch (statement) {
      case FuzzStmt.Break b -> true;
      case FuzzStmt.Continue c -> true;
      case FuzzStmt.If(var c, List<FuzzStmt> then, List<FuzzStmt> otherwise) -> jumps(then) || jumps(otherwise);
      case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) ->
          jumps(body) || handlers.stream().anyMatch(h -> jumps(h.body())) || jumps(orelse) || jumps(finalbody);
      // A nested loop's own jumps are its own; its else belongs to the outer loop.
      case FuzzStmt.ForRange(var v, var b, var body, List<FuzzStmt> orelse) -> jumps(orelse);
      case FuzzStmt.CountedWhile(var c, var l, var body, List<FuzzStmt> orelse) -> jumps(orelse);
      default -> false;
    });
  }

  private static List<FuzzStmt> statement(FuzzStmt statement) {
    var out = new ArrayList<FuzzStmt>();
    switch (statement) {
      case FuzzStmt.Assign(String target, FuzzExpr value) -> expr(value).forEach(v -> out.add(new FuzzStmt.Assign(target, v)));
      case FuzzStmt.AugAssign(String target, String op, FuzzExpr value) -> {
        out.add(new FuzzStmt.Assign(target, new FuzzExpr.Binary(op, new FuzzExpr.Name(target), value)));
        expr(value).forEach(v -> out.add(new FuzzStmt.AugAssign(target, op, v)));
      }
      case FuzzStmt.Print(List<FuzzExpr> arguments, var sep, var end) -> {
        if (sep.isPresent()) {
          out.add(new FuzzStmt.Print(arguments, java.util.Optional.empty(), end));
        }
        if (end.isPresent()) {
          out.add(new FuzzStmt.Print(arguments, sep, java.util.Optional.empty()));
        }
        for (int i = 0; i < arguments.size(); i++) {
          var fewer = new ArrayList<>(arguments);
          fewer.remove(i);
          out.add(new FuzzStmt.Print(fewer, sep, end));
        }
        for (int i = 0; i < arguments.size(); i++) {
          for (FuzzExpr v : expr(arguments.get(i))) {
            var replaced = new ArrayList<>(arguments);
            replaced.set(i, v);
            out.add(new FuzzStmt.Print(replaced, sep, end));
          }
        }
      }
      case FuzzStmt.If(FuzzExpr condition, List<FuzzStmt> then, List<FuzzStmt> otherwise) -> {
        if (!otherwise.isEmpty()) {
          out.add(new FuzzStmt.If(condition, then, List.of()));
        }
        expr(condition).forEach(c -> out.add(new FuzzStmt.If(c, then, otherwise)));
        block(then).forEach(b -> out.add(new FuzzStmt.If(condition, b, otherwise)));
        block(otherwise).forEach(b -> out.add(new FuzzStmt.If(condition, then, b)));
      }
      case FuzzStmt.ForRange(String variable, List<Long> bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
        if (!orelse.isEmpty()) {
          out.add(new FuzzStmt.ForRange(variable, bounds, body, List.of()));
        }
        if (bounds.size() > 1 || bounds.getFirst() > 1) {
          out.add(new FuzzStmt.ForRange(variable, List.of(1L), body, orelse));
        }
        block(body).forEach(b -> out.add(new FuzzStmt.ForRange(variable, bounds, b, orelse)));
        block(orelse).forEach(b -> out.add(new FuzzStmt.ForRange(variable, bounds, body, b)));
      }
      case FuzzStmt.CountedWhile(String counter, long limit, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
        if (!orelse.isEmpty()) {
          out.add(new FuzzStmt.CountedWhile(counter, limit, body, List.of()));
        }
        if (limit > 1) {
          out.add(new FuzzStmt.CountedWhile(counter, 1, body, orelse));
        }
        block(body).forEach(b -> out.add(new FuzzStmt.CountedWhile(counter, limit, b, orelse)));
        block(orelse).forEach(b -> out.add(new FuzzStmt.CountedWhile(counter, limit, body, b)));
      }
      case FuzzStmt.Return(FuzzExpr value) -> expr(value).forEach(v -> out.add(new FuzzStmt.Return(v)));
      case FuzzStmt.Assert(FuzzExpr condition, var message) -> {
        if (message.isPresent()) {
          out.add(new FuzzStmt.Assert(condition, java.util.Optional.empty()));
        }
        expr(condition).forEach(c -> out.add(new FuzzStmt.Assert(c, message)));
      }
      case FuzzStmt.ExprStmt(FuzzExpr value) -> expr(value).forEach(v -> out.add(new FuzzStmt.ExprStmt(v)));
      case FuzzStmt.Try aTry -> tryVariants(aTry, out);
      case FuzzStmt.Raise(FuzzStmt.ExceptionValue exception, var cause) -> {
        out.add(new FuzzStmt.Pass());
        if (cause.isPresent()) {
          out.add(new FuzzStmt.Raise(exception, java.util.Optional.empty()));
        }
        for (FuzzStmt.ExceptionValue e : exceptionVariants(exception)) {
          out.add(new FuzzStmt.Raise(e, cause));
        }
        cause.ifPresent(c -> exceptionVariants(c).forEach(e -> out.add(new FuzzStmt.Raise(exception, java.util.Optional.of(e)))));
      }
      case FuzzStmt.Reraise r -> out.add(new FuzzStmt.Pass());
      case FuzzStmt.Break b -> out.add(new FuzzStmt.Pass());
      case FuzzStmt.Continue c -> out.add(new FuzzStmt.Pass());
      case FuzzStmt.Pass p -> { }
      case FuzzStmt.Global g -> { }
    }
    return out;
  }

  private static void tryVariants(FuzzStmt.Try aTry, List<FuzzStmt> out) {
    List<FuzzStmt.Handler> handlers = aTry.handlers();
    if (!aTry.finalbody().isEmpty() && !handlers.isEmpty()) {
      out.add(new FuzzStmt.Try(aTry.body(), handlers, aTry.orelse(), List.of()));
    }
    if (!aTry.orelse().isEmpty()) {
      out.add(new FuzzStmt.Try(aTry.body(), handlers, List.of(), aTry.finalbody()));
    }
    for (int i = 0; i < handlers.size(); i++) {
      var fewer = new ArrayList<>(handlers);
      fewer.remove(i);
      out.add(new FuzzStmt.Try(aTry.body(), fewer, fewer.isEmpty() ? List.of() : aTry.orelse(), aTry.finalbody()));
    }
    for (int i = 0; i < handlers.size(); i++) {
      FuzzStmt.Handler handler = handlers.get(i);
      for (FuzzStmt.Handler variant : handlerVariants(handler)) {
        var replaced = new ArrayList<>(handlers);
        replaced.set(i, variant);
        out.add(aTry.withHandlers(replaced));
      }
    }
    block(aTry.body()).forEach(b -> out.add(new FuzzStmt.Try(b, handlers, aTry.orelse(), aTry.finalbody())));
    block(aTry.orelse()).forEach(b -> out.add(new FuzzStmt.Try(aTry.body(), handlers, b, aTry.finalbody())));
    block(aTry.finalbody()).forEach(b -> out.add(new FuzzStmt.Try(aTry.body(), handlers, aTry.orelse(), b)));
  }

  /** One class of a tuple; no name (and no prints of it); a smaller body. */
  private static List<FuzzStmt.Handler> handlerVariants(FuzzStmt.Handler handler) {
    var out = new ArrayList<FuzzStmt.Handler>();
    if (handler.types().size() > 1) {
      handler.types().forEach(t -> out.add(new FuzzStmt.Handler(List.of(t), handler.name(), handler.body())));
    }
    handler.name().ifPresent(name -> out.add(new FuzzStmt.Handler(handler.types(), java.util.Optional.empty(),
        handler.body().stream().filter(s -> !(s instanceof FuzzStmt.Print print && print.arguments().contains(new FuzzExpr.Name(name))))
            .toList())));
    block(handler.body()).forEach(b -> out.add(handler.withBody(b)));
    return out;
  }

  /** {@code E(argument)} as {@code E}, or with a simpler argument. */
  private static List<FuzzStmt.ExceptionValue> exceptionVariants(FuzzStmt.ExceptionValue exception) {
    var out = new ArrayList<FuzzStmt.ExceptionValue>();
    exception.argument().ifPresent(argument -> {
      out.add(new FuzzStmt.ExceptionValue(exception.type(), java.util.Optional.empty()));
      expr(argument).forEach(a -> out.add(new FuzzStmt.ExceptionValue(exception.type(), java.util.Optional.of(a))));
    });
    return out;
  }

  /** Simpler expressions to put in place of {@code expr}. */
  static List<FuzzExpr> expr(FuzzExpr expr) {
    var out = new ArrayList<FuzzExpr>();
    if (!(expr instanceof FuzzExpr.Literal) && !(expr instanceof FuzzExpr.Name)) {
      out.add(new FuzzExpr.Literal("0"));
      out.add(new FuzzExpr.Literal("1"));
    }
    switch (expr) {
      case FuzzExpr.Literal(String text) -> out.addAll(smallerLiterals(text));
      case FuzzExpr.Name name -> { }
      case FuzzExpr.Binary(String op, FuzzExpr left, FuzzExpr right) -> {
        out.add(left);
        out.add(right);
        expr(left).forEach(l -> out.add(new FuzzExpr.Binary(op, l, right)));
        expr(right).forEach(r -> out.add(new FuzzExpr.Binary(op, left, r)));
      }
      case FuzzExpr.Unary(String op, FuzzExpr operand) -> {
        out.add(operand);
        expr(operand).forEach(o -> out.add(new FuzzExpr.Unary(op, o)));
      }
      case FuzzExpr.Compare(List<FuzzExpr> operands, List<String> ops) -> {
        out.addAll(operands);
        if (ops.size() > 1) {
          out.add(new FuzzExpr.Compare(operands.subList(0, 2), ops.subList(0, 1)));
          out.add(new FuzzExpr.Compare(operands.subList(1, 3), ops.subList(1, 2)));
        }
        for (int i = 0; i < operands.size(); i++) {
          for (FuzzExpr v : expr(operands.get(i))) {
            var replaced = new ArrayList<>(operands);
            replaced.set(i, v);
            out.add(new FuzzExpr.Compare(replaced, ops));
          }
        }
      }
      case FuzzExpr.BoolOp(String op, FuzzExpr left, FuzzExpr right) -> {
        out.add(left);
        out.add(right);
        expr(left).forEach(l -> out.add(new FuzzExpr.BoolOp(op, l, right)));
        expr(right).forEach(r -> out.add(new FuzzExpr.BoolOp(op, left, r)));
      }
      case FuzzExpr.Conditional(FuzzExpr condition, FuzzExpr then, FuzzExpr otherwise) -> {
        out.add(then);
        out.add(otherwise);
        expr(condition).forEach(c -> out.add(new FuzzExpr.Conditional(c, then, otherwise)));
        expr(then).forEach(t -> out.add(new FuzzExpr.Conditional(condition, t, otherwise)));
        expr(otherwise).forEach(o -> out.add(new FuzzExpr.Conditional(condition, then, o)));
      }
      case FuzzExpr.Call(String function, List<FuzzExpr> arguments) -> {
        out.addAll(arguments);
        for (int i = 0; i < arguments.size(); i++) {
          for (FuzzExpr v : expr(arguments.get(i))) {
            var replaced = new ArrayList<>(arguments);
            replaced.set(i, v);
            out.add(new FuzzExpr.Call(function, replaced));
          }
        }
      }
    }
    return out;
  }

  private static List<FuzzExpr> smallerLiterals(String text) {
    var out = new ArrayList<FuzzExpr>();
    try {
      long value = Long.parseLong(text);
      if (Math.abs(value) > 1) {
        out.add(new FuzzExpr.Literal("1"));
        out.add(new FuzzExpr.Literal(Long.toString(value / 2)));
      }
      if (value == 1) {
        out.add(new FuzzExpr.Literal("0"));
      }
    } catch (NumberFormatException notInt) {
      if (!text.startsWith("\"")) {
        if (!text.equals("1.0")) {
          out.add(new FuzzExpr.Literal("1.0"));
        }
        if (text.contains(".") && !text.contains("e")) {
          out.add(new FuzzExpr.Literal(text.substring(0, text.indexOf('.')) + ".0"));
        }
      }
    }
    out.removeIf(e -> ((FuzzExpr.Literal) e).text().equals(text));
    return out;
  }

  static FuzzStmt mapStatement(FuzzStmt statement, Function<FuzzExpr, FuzzExpr> f) {
    Function<List<FuzzStmt>, List<FuzzStmt>> blockMap = b -> b.stream().map(s -> mapStatement(s, f)).toList();
    return switch (statement) {
      case FuzzStmt.Assign(String target, FuzzExpr value) -> new FuzzStmt.Assign(target, f.apply(value));
      case FuzzStmt.AugAssign(String target, String op, FuzzExpr value) -> new FuzzStmt.AugAssign(target, op, f.apply(value));
      case FuzzStmt.Print(List<FuzzExpr> arguments, var sep, var end) -> new FuzzStmt.Print(arguments.stream().map(f).toList(), sep, end);
      case FuzzStmt.If(FuzzExpr c, List<FuzzStmt> t, List<FuzzStmt> o) -> new FuzzStmt.If(f.apply(c), blockMap.apply(t), blockMap.apply(o));
      case FuzzStmt.ForRange(String v, List<Long> b, List<FuzzStmt> body, List<FuzzStmt> o) ->
          new FuzzStmt.ForRange(v, b, blockMap.apply(body), blockMap.apply(o));
      case FuzzStmt.CountedWhile(String c, long l, List<FuzzStmt> body, List<FuzzStmt> o) ->
          new FuzzStmt.CountedWhile(c, l, blockMap.apply(body), blockMap.apply(o));
      case FuzzStmt.Return(FuzzExpr value) -> new FuzzStmt.Return(f.apply(value));
      case FuzzStmt.Assert(FuzzExpr c, var message) -> new FuzzStmt.Assert(f.apply(c), message);
      case FuzzStmt.ExprStmt(FuzzExpr value) -> new FuzzStmt.ExprStmt(f.apply(value));
      case FuzzStmt.Raise(FuzzStmt.ExceptionValue exception, var cause) ->
          new FuzzStmt.Raise(mapException(exception, f), cause.map(c -> mapException(c, f)));
      case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) ->
          new FuzzStmt.Try(blockMap.apply(body), handlers.stream().map(h -> h.withBody(blockMap.apply(h.body()))).toList(),
              blockMap.apply(orelse), blockMap.apply(finalbody));
      default -> statement;
    };
  }

  private static FuzzStmt.ExceptionValue mapException(FuzzStmt.ExceptionValue exception, Function<FuzzExpr, FuzzExpr> f) {
    return new FuzzStmt.ExceptionValue(exception.type(), exception.argument().map(f));
  }

  static FuzzExpr mapChildren(FuzzExpr expr, Function<FuzzExpr, FuzzExpr> f) {
    return switch (expr) {
      case FuzzExpr.Binary(String op, FuzzExpr l, FuzzExpr r) -> new FuzzExpr.Binary(op, f.apply(l), f.apply(r));
      case FuzzExpr.Unary(String op, FuzzExpr o) -> new FuzzExpr.Unary(op, f.apply(o));
      case FuzzExpr.Compare(List<FuzzExpr> operands, List<String> ops) -> new FuzzExpr.Compare(operands.stream().map(f).toList(), ops);
      case FuzzExpr.BoolOp(String op, FuzzExpr l, FuzzExpr r) -> new FuzzExpr.BoolOp(op, f.apply(l), f.apply(r));
      case FuzzExpr.Conditional(FuzzExpr c, FuzzExpr t, FuzzExpr o) -> new FuzzExpr.Conditional(f.apply(c), f.apply(t), f.apply(o));
      case FuzzExpr.Call(String function, List<FuzzExpr> arguments) -> new FuzzExpr.Call(function, arguments.stream().map(f).toList());
      default -> expr;
    };
  }
}
