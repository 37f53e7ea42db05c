package dev.irc.dialect.passes;

import dev.irc.dialect.passes.RandomProgram.Bin;
import dev.irc.dialect.passes.RandomProgram.Call;
import dev.irc.dialect.passes.RandomProgram.Cmp;
import dev.irc.dialect.passes.RandomProgram.Const;
import dev.irc.dialect.passes.RandomProgram.FloatBin;
import dev.irc.dialect.passes.RandomProgram.If;
import dev.irc.dialect.passes.RandomProgram.Loop;
import dev.irc.dialect.passes.RandomProgram.Select;
import dev.irc.dialect.passes.RandomProgram.Stmt;
import dev.irc.dialect.passes.RandomProgram.Switch;
import dev.irc.dialect.passes.RandomProgram.ToFloat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Renders a {@link RandomProgram} as MLIR text: straight-line statements as arith ops, ifs as
 * {@code cf.cond_br} diamonds and {@code cf.switch}es joined by a block argument, loops as a header block with the
 * counter and accumulator as arguments. Scopes are the pools of i64, i1 and f64 values that
 * dominate the current point.
 */
final class ProgramPrinter {
  /** The values visible at a point, by type. */
  private record Scope(List<String> ints, List<String> bools, List<String> floats) {
    Scope copy() {
      return new Scope(new ArrayList<>(ints), new ArrayList<>(bools), new ArrayList<>(floats));
    }
  }

  private final StringBuilder out = new StringBuilder();
  private int nextValue;
  private int nextBlock;
  private int helperCount;

  String print(RandomProgram program) {
    helperCount = program.helpers().size();
    // A fixed recursive helper, so the inliner meets a call-graph cycle.
    out.append("""
        func.func private @rec(%n: i64) -> i64 {
          %c0 = arith.constant 0 : i64
          %c1 = arith.constant 1 : i64
          %c7 = arith.constant 7 : i64
          %m = arith.andi %n, %c7 : i64
          %z = arith.cmpi sle, %m, %c0 : i64
          cf.cond_br %z, ^done, ^more
        ^done:
          return %c1 : i64
        ^more:
          %p = arith.subi %m, %c1 : i64
          %r = call @rec(%p) : (i64) -> i64
          %s = arith.addi %r, %m : i64
          return %s : i64
        }
        """);
    for (int h = 0; h < program.helpers().size(); h++) {
      out.append("func.func private @helper").append(h).append("(%h: i64) -> i64 {\n");
      var scope = new Scope(new ArrayList<>(List.of("%h")), new ArrayList<>(), new ArrayList<>());
      constant(scope, 1);
      for (Stmt stmt : program.helpers().get(h)) {
        emit(stmt, scope, h);
      }
      out.append("  return ").append(scope.ints().getLast()).append(" : i64\n}\n");
    }
    out.append("func.func @main(%a: i64, %b: i64, %c: i1, %f: f64) -> (i64, i1, f64) {\n");
    var scope = new Scope(new ArrayList<>(List.of("%a", "%b")), new ArrayList<>(List.of("%c")),
        new ArrayList<>(List.of("%f")));
    for (Stmt stmt : program.main()) {
      emit(stmt, scope, helperCount);
    }
    out.append("  return ").append(scope.ints().getLast()).append(", ").append(scope.bools().getLast())
        .append(", ").append(scope.floats().getLast()).append(" : i64, i1, f64\n}\n");
    return out.toString();
  }

  private String fresh() {
    return "%v" + nextValue++;
  }

  private static String pick(List<String> pool, int index) {
    return pool.get(Math.floorMod(index, pool.size()));
  }

  private void line(String text) {
    out.append("  ").append(text).append('\n');
  }

  private void constant(Scope scope, long value) {
    String v = fresh();
    line(v + " = arith.constant " + value + " : i64");
    scope.ints().add(v);
  }

  /** Emits {@code stmt}; {@code callable} is how many helpers may be called (those defined before). */
  private void emit(Stmt stmt, Scope scope, int callable) {
    switch (stmt) {
      case Bin(int op, int a, int b) -> {
        String v = fresh();
        String rhs = pick(scope.ints(), b);
        String name = RandomProgram.INT_OPS[op];
        if (name.equals("shli")) {
          // Shift by (b & 63): always in range.
          String mask = fresh();
          line(mask + " = arith.constant 63 : i64");
          String amount = fresh();
          line(amount + " = arith.andi " + rhs + ", " + mask + " : i64");
          rhs = amount;
        }
        line(v + " = arith." + name + " " + pick(scope.ints(), a) + ", " + rhs + " : i64");
        scope.ints().add(v);
      }
      case Const(long value) -> constant(scope, value);
      case Cmp(int predicate, int a, int b) -> {
        String v = fresh();
        line(v + " = arith.cmpi " + RandomProgram.PREDICATES[predicate] + ", " + pick(scope.ints(), a) + ", "
            + pick(scope.ints(), b) + " : i64");
        scope.bools().add(v);
      }
      case Select(int c, int a, int b) -> {
        if (scope.bools().isEmpty()) {
          return;
        }
        String v = fresh();
        line(v + " = arith.select " + pick(scope.bools(), c) + ", " + pick(scope.ints(), a) + ", "
            + pick(scope.ints(), b) + " : i64");
        scope.ints().add(v);
      }
      case FloatBin(int op, int a, int b) -> {
        if (scope.floats().isEmpty()) {
          return;
        }
        String v = fresh();
        line(v + " = arith." + RandomProgram.FLOAT_OPS[op] + " " + pick(scope.floats(), a) + ", "
            + pick(scope.floats(), b) + " : f64");
        scope.floats().add(v);
      }
      case ToFloat(int a, int which) -> {
        String v = fresh();
        if (which < 0) {
          line(v + " = arith.constant " + RandomProgram.FLOAT_CONSTANTS[-which - 1] + " : f64");
        } else {
          line(v + " = arith.sitofp " + pick(scope.ints(), a) + " : i64 to f64");
        }
        scope.floats().add(v);
      }
      case Call(int helper, int a) -> {
        String v = fresh();
        String callee = callable == 0 || helper >= callable ? "rec" : "helper" + helper;
        line(v + " = func.call @" + callee + "(" + pick(scope.ints(), a) + ") : (i64) -> i64");
        scope.ints().add(v);
      }
      case If(int c, List<Stmt> then, List<Stmt> otherwise) -> emitIf(c, then, otherwise, scope, callable);
      case Loop(int trips, int init, List<Stmt> body) -> emitLoop(trips, init, body, scope, callable);
      case Switch(int flag, int operand, List<Long> values, List<List<Stmt>> arms) ->
          emitSwitch(flag, operand, values, arms, scope, callable);
    }
  }

  private void emitSwitch(int flag, int operand, List<Long> values, List<List<Stmt>> arms, Scope scope,
      int callable) {
    if (arms.isEmpty()) {
      return;
    }
    int id = nextBlock++;
    String mask = fresh();
    String masked = fresh();
    line(mask + " = arith.constant 3 : i64");
    line(masked + " = arith.andi " + pick(scope.ints(), flag) + ", " + mask + " : i64");
    List<Long> cases = List.copyOf(new LinkedHashSet<>(values));
    var text = new StringBuilder("cf.switch " + masked + " : i64, [default: ^case" + id + "_0("
        + pick(scope.ints(), operand) + " : i64)");
    for (int i = 1; i <= cases.size(); i++) {
      text.append(", ").append(cases.get(i - 1)).append(": ^case").append(id).append('_').append(i % arms.size())
          .append('(').append(pick(scope.ints(), operand + i)).append(" : i64)");
    }
    line(text.append(']').toString());
    String join = fresh();
    for (int arm = 0; arm < Math.min(arms.size(), cases.size() + 1); arm++) {
      String argument = fresh();
      out.append("^case").append(id).append('_').append(arm).append('(').append(argument).append(": i64):\n");
      Scope inner = scope.copy();
      inner.ints().add(argument);
      for (Stmt stmt : arms.get(arm)) {
        emit(stmt, inner, callable);
      }
      line("cf.br ^join" + id + "(" + inner.ints().getLast() + " : i64)");
    }
    out.append("^join").append(id).append("(").append(join).append(": i64):\n");
    scope.ints().add(join);
  }

  private void emitIf(int c, List<Stmt> then, List<Stmt> otherwise, Scope scope, int callable) {
    if (scope.bools().isEmpty()) {
      return;
    }
    int id = nextBlock++;
    String join = fresh();
    line("cf.cond_br " + pick(scope.bools(), c) + ", ^then" + id + ", ^else" + id);
    for (int arm = 0; arm < 2; arm++) {
      out.append(arm == 0 ? "^then" : "^else").append(id).append(":\n");
      Scope inner = scope.copy();
      for (Stmt stmt : arm == 0 ? then : otherwise) {
        emit(stmt, inner, callable);
      }
      line("cf.br ^join" + id + "(" + inner.ints().getLast() + " : i64)");
    }
    out.append("^join").append(id).append("(").append(join).append(": i64):\n");
    scope.ints().add(join);
  }

  private void emitLoop(int trips, int init, List<Stmt> body, Scope scope, int callable) {
    int id = nextBlock++;
    String zero = fresh();
    String one = fresh();
    String limit = fresh();
    line(zero + " = arith.constant 0 : i64");
    line(one + " = arith.constant 1 : i64");
    line(limit + " = arith.constant " + trips + " : i64");
    line("cf.br ^head" + id + "(" + zero + ", " + pick(scope.ints(), init) + " : i64, i64)");
    String counter = fresh();
    String acc = fresh();
    out.append("^head").append(id).append("(").append(counter).append(": i64, ").append(acc).append(": i64):\n");
    String more = fresh();
    line(more + " = arith.cmpi slt, " + counter + ", " + limit + " : i64");
    line("cf.cond_br " + more + ", ^body" + id + ", ^exit" + id);
    out.append("^body").append(id).append(":\n");
    Scope inner = scope.copy();
    inner.ints().add(counter);
    inner.ints().add(acc);
    for (Stmt stmt : body) {
      emit(stmt, inner, callable);
    }
    String next = fresh();
    line(next + " = arith.addi " + counter + ", " + one + " : i64");
    line("cf.br ^head" + id + "(" + next + ", " + inner.ints().getLast() + " : i64, i64)");
    out.append("^exit").append(id).append(":\n");
    scope.ints().add(acc);
  }
}
