package dev.irc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the text of a large, valid module of exactly a given number of operations (the module
 * itself not counted), as the input of the parse/verify/print benchmarks. It exists so that the
 * benchmarks measure IR shaped like real compiler output rather than one op repeated.
 *
 * <p>The module is a sequence of {@code func.func}s in custom syntax, each with two parameters, a
 * diamond of blocks ({@code cf.cond_br} to a side block and a join block with an argument,
 * {@code cf.br}), integer {@code arith} ops whose operands are drawn from recent values (so each
 * value has several uses), constants, comparisons, ops with attribute dictionaries and calls to
 * earlier functions. The same seed always gives the same text.
 *
 * <p>Run {@code main} ({@code ops [seed]}) to write a module to standard output, e.g. for
 * {@code irc-opt}.
 */
public final class LargeModuleGenerator {
  /** Straight-line ops per block in a full-size function. */
  private static final int BLOCK_OPS = 8;
  /** Ops of a function besides its straight-line ops: func, cmpi, cond_br, br, call, return. */
  private static final int FIXED_OPS = 6;
  private static final String[] BINARY = {"addi", "subi", "muli", "andi", "ori", "xori", "maxsi", "minsi"};
  private static final String[] PREDICATES = {"slt", "sle", "eq", "ne", "ugt", "sge"};

  private final SplittableRandom random;
  private final StringBuilder out;
  private int nextValue;

  private LargeModuleGenerator(long seed, int ops) {
    this.random = new SplittableRandom(seed);
    this.out = new StringBuilder(ops * 40);
  }

  /** A module of exactly {@code ops} operations (at least {@value #FIXED_OPS}). */
  public static String generate(int ops, long seed) {
    if (ops < FIXED_OPS) {
      throw new IllegalArgumentException("need at least " + FIXED_OPS + " ops, got " + ops);
    }
    return new LargeModuleGenerator(seed, ops).module(ops);
  }

  public static void main(String[] args) {
    int ops = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    System.out.print(generate(ops, seed));
  }

  private String module(int ops) {
    out.append("module {\n");
    int remaining = ops;
    int function = 0;
    while (remaining > 0) {
      int full = FIXED_OPS + 3 * BLOCK_OPS;
      // The last function absorbs the rest so the count is exact; never leave less than a minimal function.
      int size = remaining - full >= FIXED_OPS ? full : remaining;
      function(function++, size - FIXED_OPS);
      remaining -= size;
    }
    out.append("}\n");
    return out.toString();
  }

  /** One function with {@code bodyOps} straight-line ops spread over its three blocks. */
  private void function(int index, int bodyOps) {
    nextValue = 0;
    int entryOps = bodyOps / 3;
    int sideOps = bodyOps / 3;
    int joinOps = bodyOps - entryOps - sideOps;
    out.append("  func.func @f").append(index).append("(%a: i64, %b: i64) -> i64 {\n");
    var entry = new ArrayList<String>(List.of("%a", "%b"));
    straightLine(entry, entryOps);
    String condition = fresh();
    out.append("    ").append(condition).append(" = arith.cmpi ").append(PREDICATES[random.nextInt(PREDICATES.length)])
        .append(", ").append(pick(entry)).append(", ").append(pick(entry)).append(" : i64\n");
    out.append("    cf.cond_br ").append(condition).append(", ^side, ^join(").append(pick(entry)).append(" : i64)\n");

    out.append("  ^side:\n");
    var side = new ArrayList<>(entry);
    straightLine(side, sideOps);
    out.append("    cf.br ^join(").append(pick(side)).append(" : i64)\n");

    out.append("  ^join(%j: i64):\n");
    var join = new ArrayList<>(entry);
    join.add("%j");
    straightLine(join, joinOps);
    String called = fresh();
    // Calls go to an earlier function (or to this one, recursively, for the first).
    int callee = index == 0 ? 0 : index - 1 - random.nextInt(Math.min(index, 16));
    out.append("    ").append(called).append(" = func.call @f").append(callee).append('(').append(pick(join))
        .append(", ").append(pick(join)).append(") : (i64, i64) -> i64\n");
    join.add(called);
    out.append("    func.return ").append(pick(join)).append(" : i64\n");
    out.append("  }\n");
  }

  /** {@code count} ops appended to the block, each defining a value added to {@code values}. */
  private void straightLine(List<String> values, int count) {
    for (int i = 0; i < count; i++) {
      String result = fresh();
      out.append("    ").append(result);
      int kind = random.nextInt(10);
      if (kind == 0) {
        out.append(" = arith.constant ").append(random.nextInt(-1000, 1000)).append(" : i64\n");
      } else {
        out.append(" = arith.").append(BINARY[random.nextInt(BINARY.length)]).append(' ')
            .append(pick(values)).append(", ").append(pick(values));
        if (kind == 1) {
          out.append(" {tag = \"hot\"}");
        }
        out.append(" : i64\n");
      }
      values.add(result);
    }
  }

  /** A recently defined value: the last few are the likeliest, as in real code. */
  private String pick(List<String> values) {
    int window = Math.min(values.size(), 6);
    return values.get(values.size() - 1 - random.nextInt(window));
  }

  private String fresh() {
    return "%v" + nextValue++;
  }
}
