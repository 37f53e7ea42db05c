package dev.irc.examples.toy;

import java.io.PrintStream;

/**
 * Where {@code toy.print} writes when the IR interpreter runs it: standard output, or the stream
 * bound with {@link #printingTo} for the duration of a call (tests compare it with what the
 * lowered program prints through {@code toy_print_i64}).
 *
 * <p>It exists because op semantics get only the op, its operands and the interpreter, and the
 * interpreter has no output stream of its own; a scoped value keeps the choice per call and per
 * thread instead of a global.
 */
public final class ToyOutput {
  private static final ScopedValue<PrintStream> OUT = ScopedValue.newInstance();

  private ToyOutput() {}

  /** The stream {@code toy.print} writes to now. */
  public static PrintStream current() {
    return OUT.orElse(System.out);
  }

  /** Runs {@code action} with {@code toy.print} writing to {@code out}. */
  public static <T, X extends Throwable> T printingTo(PrintStream out, ScopedValue.CallableOp<T, X> action) throws X {
    return ScopedValue.where(OUT, out).call(action);
  }
}
