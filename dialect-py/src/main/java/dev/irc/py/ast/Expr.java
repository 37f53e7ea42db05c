package dev.irc.py.ast;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A Python expression of the subset irc compiles.
 *
 * <p>The records mirror CPython's {@code ast} module closely enough that a reader who knows it
 * recognises them, but only for the constructs irc accepts: anything else is rejected by the
 * parser with a diagnostic, so consumers can switch over this sealed interface exhaustively.
 */
public sealed interface Expr extends Node {

  /** A variable reference such as {@code x} or {@code __name__}. */
  record Name(String id, Span span) implements Expr {}

  /** An integer literal of any size ({@code 10**100} fits). */
  record IntLiteral(BigInteger value, Span span) implements Expr {}

  /** A float literal such as {@code 1.5}, {@code .5}, {@code 1e10}. */
  record FloatLiteral(double value, Span span) implements Expr {}

  /** A string literal after escape processing and implicit concatenation. */
  record StringLiteral(String value, Span span) implements Expr {}

  /** {@code True} or {@code False}. */
  record BoolLiteral(boolean value, Span span) implements Expr {}

  /** {@code None}. */
  record NoneLiteral(Span span) implements Expr {}

  /** An arithmetic or bitwise operation {@code left op right}. */
  record Binary(Expr left, BinaryOperator op, Expr right, Span span) implements Expr {}

  /** A prefix operation {@code op operand}, including {@code not}. */
  record Unary(UnaryOperator op, Expr operand, Span span) implements Expr {}

  /** {@code a and b and c} or {@code a or b}: at least two operands, one operator. */
  record BoolOp(BoolOperator op, List<Expr> operands, Span span) implements Expr {
    public BoolOp {
      operands = List.copyOf(operands);
    }
  }

  /**
   * A possibly chained comparison {@code left ops[0] comparators[0] ops[1] comparators[1] ...};
   * {@code ops} and {@code comparators} have the same, positive length.
   */
  record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, Span span)
      implements Expr {
    public Compare {
      ops = List.copyOf(ops);
      comparators = List.copyOf(comparators);
    }
  }

  /** The conditional expression {@code body if test else orElse}. */
  record Conditional(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

  /** A call {@code func(args..., name=value...)}. */
  record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }
  }

  /** An attribute access {@code value.attr}, e.g. {@code math.sqrt}. */
  record Attribute(Expr value, String attr, Span span) implements Expr {}

  /** A subscript {@code value[index]}; {@code index} may be a {@link Slice} or a tuple. */
  record Subscript(Expr value, Expr index, Span span) implements Expr {}

  /** A slice {@code lower:upper:step}; legal only as (part of) a subscript index. */
  record Slice(Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step, Span span)
      implements Expr {}

  /** A tuple display {@code (a, b)}, {@code a, b} or {@code ()}. */
  record Tuple(List<Expr> elements, Span span) implements Expr {
    public Tuple {
      elements = List.copyOf(elements);
    }
  }

  /** A list display {@code [a, b]}. */
  record ListDisplay(List<Expr> elements, Span span) implements Expr {
    public ListDisplay {
      elements = List.copyOf(elements);
    }
  }

  /** A list comprehension {@code [element for ... in ... if ...]}. */
  record ListComprehension(Expr element, List<Comprehension> generators, Span span)
      implements Expr {
    public ListComprehension {
      generators = List.copyOf(generators);
    }
  }
}
