package dev.irc.dialect.passes;

import dev.irc.testkit.Gen;
import dev.irc.testkit.Gens;
import java.util.ArrayList;
import java.util.List;

/**
 * A random, terminating func/arith/cf program for the pass property test: a {@code @main}
 * taking {@code (i64, i64, i1, f64)} and returning its last {@code i64}, {@code i1} and
 * {@code f64} values, plus helper functions it calls. Statements name their operands by index
 * into the values in scope (modulo their number), so every shrunk statement list is still a
 * valid program; {@link #toString()} is the MLIR text.
 */
record RandomProgram(List<List<Stmt>> helpers, List<Stmt> main) {
  /** One statement of the generated language. */
  sealed interface Stmt {}

  /** {@code i64 = op(a, b)}; op indexes {@link #INT_OPS}. */
  record Bin(int op, int a, int b) implements Stmt {}

  record Const(long value) implements Stmt {}

  /** {@code i1 = cmpi pred, a, b}. */
  record Cmp(int predicate, int a, int b) implements Stmt {}

  /** {@code i64 = select c, a, b}. */
  record Select(int c, int a, int b) implements Stmt {}

  /** {@code f64 = op(a, b)} over f64 values; op indexes {@link #FLOAT_OPS}. */
  record FloatBin(int op, int a, int b) implements Stmt {}

  /** {@code f64 = sitofp a} or a float constant (which < 0). */
  record ToFloat(int a, int which) implements Stmt {}

  /** A diamond: {@code c ? then : otherwise}, joining the last i64 of each arm. */
  record If(int c, List<Stmt> then, List<Stmt> otherwise) implements Stmt {}

  /** {@code for i in 0..trips: acc = body(acc, i)}, the body's last i64 being the new acc. */
  record Loop(int trips, int init, List<Stmt> body) implements Stmt {}

  /** {@code i64 = call @helperN(a)}. */
  record Call(int helper, int a) implements Stmt {}

  /**
   * A {@code cf.switch} on {@code flag & 3}: the default and each distinct value in {@code values}
   * jump to arm {@code i % arms} passing an i64 (picked from {@code operand + i}); the arms join
   * on their last i64.
   */
  record Switch(int flag, int operand, List<Long> values, List<List<Stmt>> arms) implements Stmt {}

  static final String[] INT_OPS = {"addi", "subi", "muli", "andi", "ori", "xori", "maxsi", "minsi", "divsi",
      "remsi", "shli"};
  static final String[] FLOAT_OPS = {"addf", "subf", "mulf", "divf", "maximumf"};
  static final String[] PREDICATES = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
  static final String[] FLOAT_CONSTANTS = {"0.0", "-0.0", "1.0", "2.5", "-3.0"};

  /** Programs with up to {@code helpers} helper functions; nesting depth at most 2. */
  static Gen<RandomProgram> programs() {
    Gen<List<List<Stmt>>> helpers = Gens.listOf(Gens.listOf(straightLine(), 1, 4), 0, 2);
    return Gens.pairs(helpers, Gens.listOf(statement(2), 1, 10))
        .map(pair -> new RandomProgram(pair.first(), pair.second()));
  }

  private static Gen<Stmt> straightLine() {
    Gen<Integer> index = Gens.ints(0, 7);
    return Gens.frequency(List.of(
        Gens.weighted(5, Gens.pairs(Gens.ints(0, INT_OPS.length - 1), Gens.pairs(index, index))
            .map(p -> (Stmt) new Bin(p.first(), p.second().first(), p.second().second()))),
        Gens.weighted(2, Gens.frequency(List.of(
            Gens.weighted(3, Gens.longs(-3, 3)),
            Gens.weighted(1, Gens.elements(Long.MIN_VALUE, Long.MAX_VALUE, 64L, 63L))))
            .map(v -> (Stmt) new Const(v)))));
  }

  private static Gen<Stmt> statement(int depth) {
    Gen<Integer> index = Gens.ints(0, 7);
    var choices = new ArrayList<Gens.Weighted<Stmt>>();
    choices.add(Gens.weighted(6, straightLine()));
    choices.add(Gens.weighted(2, Gens.pairs(Gens.ints(0, PREDICATES.length - 1), Gens.pairs(index, index))
        .map(p -> (Stmt) new Cmp(p.first(), p.second().first(), p.second().second()))));
    choices.add(Gens.weighted(1, Gens.pairs(index, Gens.pairs(index, index))
        .map(p -> (Stmt) new Select(p.first(), p.second().first(), p.second().second()))));
    choices.add(Gens.weighted(2, Gens.pairs(Gens.ints(0, FLOAT_OPS.length - 1), Gens.pairs(index, index))
        .map(p -> (Stmt) new FloatBin(p.first(), p.second().first(), p.second().second()))));
    choices.add(Gens.weighted(1, Gens.pairs(index, Gens.ints(-FLOAT_CONSTANTS.length, 0))
        .map(p -> (Stmt) new ToFloat(p.first(), p.second()))));
    choices.add(Gens.weighted(1, Gens.pairs(Gens.ints(0, 1), index).map(p -> (Stmt) new Call(p.first(), p.second()))));
    if (depth > 0) {
      Gen<List<Stmt>> block = Gens.listOf(statement(depth - 1), 0, 4);
      choices.add(Gens.weighted(2, Gens.pairs(index, Gens.pairs(block, block))
          .map(p -> (Stmt) new If(p.first(), p.second().first(), p.second().second()))));
      choices.add(Gens.weighted(2, Gens.pairs(Gens.ints(0, 4), Gens.pairs(index, block))
          .map(p -> (Stmt) new Loop(p.first(), p.second().first(), p.second().second()))));
      choices.add(Gens.weighted(1, Gens.pairs(Gens.pairs(index, index),
              Gens.pairs(Gens.listOf(Gens.longs(-1, 4), 0, 3), Gens.listOf(block, 1, 3)))
          .map(p -> (Stmt) new Switch(p.first().first(), p.first().second(), p.second().first(), p.second().second()))));
    }
    return Gens.frequency(choices);
  }

  @Override
  public String toString() {
    return new ProgramPrinter().print(this);
  }
}
