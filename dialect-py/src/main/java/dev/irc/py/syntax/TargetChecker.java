package dev.irc.py.syntax;

import dev.irc.py.ast.Expr;

/**
 * Checks that an expression parsed in target position (left of {@code =}, after {@code for},
 * before {@code op=} or {@code :}) can be assigned to, and names what it is otherwise, with
 * CPython's messages ("cannot assign to literal", "'function call' is an illegal expression for
 * augmented assignment").
 *
 * <p>The parser reads targets as expressions, as CPython's does, and checks them here.
 */
final class TargetChecker {

  /** Where the target appears, which decides the wording of the error. */
  enum Context {
    /** The only target of {@code target = value}: CPython adds "here. Maybe you meant '=='...". */
    SINGLE_ASSIGN,
    /** A target of a chained assignment, or nested in a parenthesized tuple/list. */
    ASSIGN,
    /** A {@code for} or comprehension target. */
    FOR,
    /** The target of an augmented assignment. */
    AUGMENTED,
    /** The target of an annotated assignment. */
    ANNOTATED
  }

  private final TokenCursor tokens;

  TargetChecker(TokenCursor tokens) {
    this.tokens = tokens;
  }

  /** Throws a syntax error if {@code target} cannot be assigned in {@code context}. */
  void check(Expr target, Context context) {
    switch (context) {
      case AUGMENTED -> {
        if (!isSimpleTarget(target)) {
          throw error(target, "'" + describe(target) + "' is an illegal expression for augmented assignment");
        }
      }
      case ANNOTATED -> {
        if (target instanceof Expr.Tuple) {
          throw error(target, "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.ListDisplay) {
          throw error(target, "only single target (not list) can be annotated");
        }
        if (!isSimpleTarget(target)) {
          throw error(target, "illegal target for annotation");
        }
      }
      default -> checkAssignable(target, context);
    }
  }

  private void checkAssignable(Expr target, Context context) {
    switch (target) {
      case Expr.Name name -> { }
      case Expr.Attribute attribute -> { }
      case Expr.Subscript subscript -> { }
      case Expr.Tuple tuple -> {
        boolean parenthesized = tuple.elements().isEmpty()
            || tuple.span().startOffset() != tuple.elements().getFirst().span().startOffset();
        Context inner = context == Context.SINGLE_ASSIGN && parenthesized ? Context.ASSIGN : context;
        tuple.elements().forEach(element -> checkAssignable(element, inner));
      }
      case Expr.ListDisplay list -> {
        Context inner = context == Context.SINGLE_ASSIGN ? Context.ASSIGN : context;
        list.elements().forEach(element -> checkAssignable(element, inner));
      }
      default -> {
        String what = describe(target);
        boolean hint = context == Context.SINGLE_ASSIGN
            && !(target instanceof Expr.Compare || target instanceof Expr.BoolOp
                || target instanceof Expr.Conditional || target instanceof Expr.BoolLiteral
                || target instanceof Expr.NoneLiteral);
        throw error(target, "cannot assign to " + what
            + (hint ? " here. Maybe you meant '==' instead of '='?" : ""));
      }
    }
  }

  private static boolean isSimpleTarget(Expr target) {
    return target instanceof Expr.Name || target instanceof Expr.Attribute
        || target instanceof Expr.Subscript;
  }

  private RuntimeException error(Expr target, String message) {
    return tokens.errorAt(target.span().startOffset(), message);
  }

  /** What CPython calls an expression in target errors ("literal", "function call", ...). */
  static String describe(Expr expr) {
    return switch (expr) {
      case Expr.Name n -> "name";
      case Expr.IntLiteral i -> "literal";
      case Expr.FloatLiteral f -> "literal";
      case Expr.StringLiteral s -> "literal";
      case Expr.BoolLiteral b -> b.value() ? "True" : "False";
      case Expr.NoneLiteral n -> "None";
      case Expr.Binary b -> "expression";
      case Expr.Unary u -> "expression";
      case Expr.BoolOp b -> "expression";
      case Expr.Compare c -> "comparison";
      case Expr.Conditional c -> "conditional expression";
      case Expr.Call c -> "function call";
      case Expr.Attribute a -> "attribute";
      case Expr.Subscript s -> "subscript";
      case Expr.Slice s -> "slice";
      case Expr.Tuple t -> "tuple";
      case Expr.ListDisplay l -> "list";
      case Expr.ListComprehension l -> "list comprehension";
    };
  }
}
