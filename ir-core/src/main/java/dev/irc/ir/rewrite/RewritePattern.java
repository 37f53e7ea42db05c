package dev.irc.ir.rewrite;

import dev.irc.ir.Operation;
import java.util.Optional;

/**
 * A small local rewrite: matches one root op (of a given name, or any op) and, if it applies,
 * rewrites the IR around it through a {@link PatternRewriter}. Drivers try the patterns that fit
 * an op in order of decreasing {@link #benefit()}.
 *
 * <p>{@link #matchAndRewrite} must either change nothing and return false, or make its change
 * only through the rewriter and return true.
 */
public abstract class RewritePattern {
  private final String rootName;
  private final int benefit;

  /** A pattern rooted on ops named {@code rootName} (null for any op) with the given benefit. */
  protected RewritePattern(String rootName, int benefit) {
    if (benefit < 0) {
      throw new IllegalArgumentException("negative benefit");
    }
    this.rootName = rootName;
    this.benefit = benefit;
  }

  /** The body of a pattern written as a lambda. */
  @FunctionalInterface
  public interface Body {
    boolean matchAndRewrite(Operation op, PatternRewriter rewriter);
  }

  /** A pattern from a lambda, named {@code name} in debug output. */
  public static RewritePattern of(String name, String rootName, int benefit, Body body) {
    return new RewritePattern(rootName, benefit) {
      @Override
      public boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
        return body.matchAndRewrite(op, rewriter);
      }

      @Override
      public String debugName() {
        return name;
      }
    };
  }

  /** Tries to rewrite {@code op}; returns whether it did. */
  public abstract boolean matchAndRewrite(Operation op, PatternRewriter rewriter);

  /** The op name this pattern matches, or empty for a pattern that looks at any op. */
  public final Optional<String> rootName() {
    return Optional.ofNullable(rootName);
  }

  /** Higher benefits are tried first. */
  public final int benefit() {
    return benefit;
  }

  /** The name shown in debug output. */
  public String debugName() {
    return getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return debugName();
  }
}
