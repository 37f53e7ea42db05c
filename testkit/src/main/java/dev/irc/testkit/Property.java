package dev.irc.testkit;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Runs a property over many generated values and, on failure, shrinks to a minimal
 * counterexample.
 *
 * <p>Runs are deterministic: all trials derive from one seed, taken from the system property
 * {@value #SEED_PROPERTY} when present and otherwise from {@link #DEFAULT_SEED}, so CI sees the
 * same values every time and any failure is reproduced with {@code -Dirc.seed=<seed>}. The
 * failure is an {@link AssertionError} naming the seed, the trial, the original and the shrunk
 * counterexample; its cause is the shrunk counterexample's failure.
 */
public final class Property {

  /** The system property that overrides the seed. */
  public static final String SEED_PROPERTY = "irc.seed";

  /** The seed used when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 0x1BC5EEDL;

  /** A property body: returns normally when the property holds, throws when it does not. */
  @FunctionalInterface
  public interface Check<T> {
    void check(T value) throws Throwable;
  }

  /**
   * How a property runs.
   *
   * @param seed the master seed of all trials
   * @param trials how many values to try
   * @param maxSize the size reached by the last trial (sizes ramp up from 1)
   * @param maxShrinkSteps the most successful shrink steps before reporting what was reached
   */
  public record Options(long seed, int trials, int maxSize, int maxShrinkSteps) {

    public Options {
      if (trials < 1 || maxSize < 0 || maxShrinkSteps < 0) {
        throw new IllegalArgumentException("bad options " + trials + ", " + maxSize);
      }
    }

    /** 100 trials, size up to 100, the seed from {@value #SEED_PROPERTY} or the default. */
    public static Options defaults() {
      return new Options(configuredSeed(), 100, 100, 1000);
    }

    public Options withSeed(long newSeed) {
      return new Options(newSeed, trials, maxSize, maxShrinkSteps);
    }

    public Options withTrials(int newTrials) {
      return new Options(seed, newTrials, maxSize, maxShrinkSteps);
    }

    public Options withMaxSize(int newMaxSize) {
      return new Options(seed, trials, newMaxSize, maxShrinkSteps);
    }
  }

  private Property() {}

  /** The seed from {@value #SEED_PROPERTY} (decimal or {@code 0x} hex), else the default. */
  public static long configuredSeed() {
    String text = System.getProperty(SEED_PROPERTY);
    if (text == null || text.isBlank()) {
      return DEFAULT_SEED;
    }
    text = text.strip();
    return text.startsWith("0x") || text.startsWith("0X")
        ? Long.parseUnsignedLong(text.substring(2), 16)
        : Long.parseLong(text);
  }

  /** Checks {@code check} on {@code trials} values of {@code gen} with the configured seed. */
  public static <T> void forAll(Gen<T> gen, int trials, Check<? super T> check) {
    forAll(Options.defaults().withTrials(trials), gen, check);
  }

  /** Checks that {@code predicate} is true for {@code trials} values of {@code gen}. */
  public static <T> void holdsForAll(Gen<T> gen, int trials, Predicate<? super T> predicate) {
    forAll(gen, trials, asCheck(predicate));
  }

  /** Checks {@code check} on values of {@code gen} as {@code options} say. */
  public static <T> void forAll(Options options, Gen<T> gen, Check<? super T> check) {
    SplittableRandom master = new SplittableRandom(options.seed());
    for (int trial = 0; trial < options.trials(); trial++) {
      SplittableRandom random = master.split();
      int size = sizeOf(trial, options);
      Shrinkable<T> sample = gen.sample(random, size);
      Optional<Throwable> failure = run(check, sample.value());
      if (failure.isPresent()) {
        throw report(options, trial, sample, failure.get(), check);
      }
    }
  }

  private static int sizeOf(int trial, Options options) {
    if (options.trials() == 1) {
      return options.maxSize();
    }
    return (int) Math.max(1, (long) trial * options.maxSize() / (options.trials() - 1));
  }

  private static <T> Check<T> asCheck(Predicate<? super T> predicate) {
    return value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("predicate is false");
      }
    };
  }

  private static <T> Optional<Throwable> run(Check<? super T> check, T value) {
    try {
      check.check(value);
      return Optional.empty();
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError fatal && !(t instanceof StackOverflowError)) {
        throw fatal;
      }
      return Optional.of(t);
    }
  }

  private static <T> AssertionError report(
      Options options, int trial, Shrinkable<T> original, Throwable firstFailure,
      Check<? super T> check) {
    Shrinkable<T> current = original;
    Throwable currentFailure = firstFailure;
    int steps = 0;
    boolean progress = true;
    while (progress && steps < options.maxShrinkSteps()) {
      progress = false;
      for (var it = current.candidates().iterator(); it.hasNext(); ) {
        Shrinkable<T> candidate = it.next();
        Optional<Throwable> failure = run(check, candidate.value());
        if (failure.isPresent()) {
          current = candidate;
          currentFailure = failure.get();
          steps++;
          progress = true;
          break;
        }
      }
    }
    String message =
        "Property falsified at trial " + (trial + 1) + " of " + options.trials()
            + " with seed " + options.seed() + "\n"
            + "  original counterexample: " + original.value() + "\n"
            + "  shrunk counterexample:   " + current.value()
            + " (after " + steps + " shrink steps)\n"
            + "  failure: " + currentFailure + "\n"
            + "  re-run with -D" + SEED_PROPERTY + "=" + options.seed();
    return new AssertionError(message, currentFailure);
  }
}
