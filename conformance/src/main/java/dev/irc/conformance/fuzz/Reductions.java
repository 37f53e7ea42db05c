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
      case FuzzStmt.ForRange(var variable, var bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) -> List.of(body, orelse);
      case FuzzStmt.CountedWhile(var counter, var limit, List<FuzzStmt> body, List<FuzzStmt> orelse) -> List.of(body, orelse);
      default -> List.of();
    };
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
      case FuzzStmt.Break b -> out.add(new FuzzStmt.Pass());
      case FuzzStmt.Continue c -> out.add(new FuzzStmt.Pass());
      case FuzzStmt.Pass p -> { }
      case FuzzStmt.Global g -> { }
    }
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
      default -> statement;
    };
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
