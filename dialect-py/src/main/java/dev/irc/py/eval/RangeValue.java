package dev.irc.py.eval;

/**
 * A Python {@code range(start, stop, step)} of 64-bit ints, the evaluator's representation of
 * the builtin's result; iterating it allocates no list.
 */
record RangeValue(long start, long stop, long step) {
  @Override
  public String toString() {
    return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
  }
}
