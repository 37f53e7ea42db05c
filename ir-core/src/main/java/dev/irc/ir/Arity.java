package dev.irc.ir;

/** How many of something (operands, results, regions, successors) an op kind takes: exactly or at least {@code min}. */
public record Arity(int min, boolean variadic) {
  public static final Arity NONE = new Arity(0, false);
  public static final Arity ANY = new Arity(0, true);

  public static Arity exactly(int count) {
    return new Arity(count, false);
  }

  public static Arity atLeast(int count) {
    return new Arity(count, true);
  }

  public boolean accepts(int count) {
    return variadic ? count >= min : count == min;
  }

  /** "2", "at least 1": the words used in verifier messages. */
  public String describe() {
    return variadic ? "at least " + min : Integer.toString(min);
  }
}
