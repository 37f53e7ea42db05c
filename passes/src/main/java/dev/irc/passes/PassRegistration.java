package dev.irc.passes;

import java.util.function.Supplier;

/**
 * A registered pass: its command-line argument, a one-line summary and a factory making a fresh
 * instance for each place the pass appears in a pipeline (each with its own options).
 */
public record PassRegistration(String argument, String summary, Supplier<? extends Pass> factory) {
  /** A registration whose argument and summary are read from one instance of the pass. */
  public static PassRegistration of(Supplier<? extends Pass> factory) {
    Pass sample = factory.get();
    return new PassRegistration(sample.argument(), sample.description(), factory);
  }

  public Pass create() {
    return factory.get();
  }
}
