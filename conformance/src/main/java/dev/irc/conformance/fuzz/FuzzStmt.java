package dev.irc.conformance.fuzz;

import java.util.List;
import java.util.Optional;

/**
 * A statement of a generated program (see {@link FuzzExpr} for why the fuzzer has its own
 * model). Loops are bounded by construction: {@link ForRange} iterates over literal bounds and
 * {@link CountedWhile} prints its own counter increment, so no shrinking step can make a loop
 * run forever.
 */
public sealed interface FuzzStmt {
  /** {@code target = value}. */
  record Assign(String target, FuzzExpr value) implements FuzzStmt {}

  /** {@code target op= value}. */
  record AugAssign(String target, String op, FuzzExpr value) implements FuzzStmt {}

  /** {@code print(arguments..., sep=sep, end=end)}; absent keywords are not written. */
  record Print(List<FuzzExpr> arguments, Optional<String> sep, Optional<String> end) implements FuzzStmt {
    public Print {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code if condition: then else: otherwise}; an else holding one {@code If} prints as {@code elif}. */
  record If(FuzzExpr condition, List<FuzzStmt> then, List<FuzzStmt> otherwise) implements FuzzStmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code for variable in range(bounds...): body else: orelse}; bounds are literals. */
  record ForRange(String variable, List<Long> bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) implements FuzzStmt {
    public ForRange {
      bounds = List.copyOf(bounds);
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /**
   * {@code counter = 0; while counter < limit: counter += 1; body... else: orelse}, with the
   * increment first so that {@code continue} cannot skip it.
   */
  record CountedWhile(String counter, long limit, List<FuzzStmt> body, List<FuzzStmt> orelse) implements FuzzStmt {
    public CountedWhile {
      body = List.copyOf(body);
      orelse = List.copyOf(orelse);
    }
  }

  /** {@code break}. */
  record Break() implements FuzzStmt {}

  /** {@code continue}. */
  record Continue() implements FuzzStmt {}

  /** {@code pass}. */
  record Pass() implements FuzzStmt {}

  /** {@code return value}. */
  record Return(FuzzExpr value) implements FuzzStmt {}

  /** {@code global names...}. */
  record Global(List<String> names) implements FuzzStmt {
    public Global {
      names = List.copyOf(names);
    }
  }

  /** {@code assert condition, message} (no message when absent). */
  record Assert(FuzzExpr condition, Optional<String> message) implements FuzzStmt {}

  /** An expression evaluated for its effect (or its exception). */
  record ExprStmt(FuzzExpr value) implements FuzzStmt {}
}
