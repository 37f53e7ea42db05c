package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * An expression of a generated program: the small model the {@link ProgramGenerator} builds and
 * the {@link ProgramShrinker} rewrites, printed to Python by {@link SourceWriter}. It is separate
 * from the front end's AST on purpose, so that the generator never depends on what the parser
 * accepts and shrinking can use whole-subtree replacements freely.
 */
public sealed interface FuzzExpr {
  /** A literal written exactly as {@code text} ({@code 12}, {@code 2.5}, {@code 1e300}, {@code "s"}). */
  record Literal(String text) implements FuzzExpr {}

  /** A variable read. */
  record Name(String name) implements FuzzExpr {}

  /** {@code left op right} for an arithmetic or bitwise {@code op} ({@code "+"}, {@code "//"}, ...). */
  record Binary(String op, FuzzExpr left, FuzzExpr right) implements FuzzExpr {}

  /** {@code op operand} for {@code "-"}, {@code "+"}, {@code "~"} and {@code "not "}. */
  record Unary(String op, FuzzExpr operand) implements FuzzExpr {}

  /** A (possibly chained) comparison {@code operands[0] ops[0] operands[1] ...}. */
  record Compare(List<FuzzExpr> operands, List<String> ops) implements FuzzExpr {
    public Compare {
      operands = List.copyOf(operands);
      ops = List.copyOf(ops);
      if (operands.size() != ops.size() + 1) {
        throw new IllegalArgumentException("a comparison needs one more operand than operators");
      }
    }
  }

  /** {@code left and right} or {@code left or right}. */
  record BoolOp(String op, FuzzExpr left, FuzzExpr right) implements FuzzExpr {}

  /** {@code then if condition else otherwise}. */
  record Conditional(FuzzExpr condition, FuzzExpr then, FuzzExpr otherwise) implements FuzzExpr {}

  /** A call of a user function, a builtin or a {@code math.} function named {@code function}. */
  record Call(String function, List<FuzzExpr> arguments) implements FuzzExpr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }
}
