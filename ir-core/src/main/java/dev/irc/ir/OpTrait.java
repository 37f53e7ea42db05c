package dev.irc.ir;

/**
 * A property an operation kind declares (terminator, pure, commutative, ...). Passes query
 * traits instead of op names; a trait may also carry a structural check run by the verifier.
 * The core traits are {@link CoreTrait}; dialects may define more.
 */
public interface OpTrait {
  /** Checks {@code op} against this trait, reporting problems to {@code verification}. */
  default void verify(Operation op, Verification verification) {}
}
