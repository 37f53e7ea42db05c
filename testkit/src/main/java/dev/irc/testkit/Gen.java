package dev.irc.testkit;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of random values of type {@code T}, each with its shrink tree.
 *
 * <p>Generation is a pure function of the random source and the size, so a run is reproduced
 * exactly from its seed. {@code size} grows with the trial number and bounds how big a value may
 * get (list lengths, magnitude of unbounded numbers); the concrete generators are in {@link Gens}.
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws one value with its shrink candidates from {@code random}, at most as big as {@code size}. */
  Shrinkable<T> sample(SplittableRandom random, int size);

  /** Draws a value only, without its shrink tree; for examples and quick checks. */
  default T generate(SplittableRandom random, int size) {
    return sample(random, size).value();
  }

  /** A generator of {@code f}'s images; shrinks through the original values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return (random, size) -> sample(random, size).map(f);
  }

  /**
   * A generator whose second stage depends on the first value. The second stage draws from its
   * own seed, fixed per sample, so shrinking the first value regenerates the second stage
   * deterministically.
   */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
    return (random, size) -> {
      Shrinkable<T> first = sample(random, size);
      long innerSeed = random.nextLong();
      return first.flatMap(t -> f.apply(t).sample(new SplittableRandom(innerSeed), size));
    };
  }

  /**
   * Keeps only values satisfying {@code accept} (shrink candidates too), retrying up to 100
   * times per sample before giving up with an {@link IllegalStateException}.
   */
  default Gen<T> filter(Predicate<? super T> accept) {
    return (random, size) -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        Shrinkable<T> s = sample(random, size);
        if (accept.test(s.value())) {
          return Filtering.prune(s, accept);
        }
      }
      throw new IllegalStateException("Gen.filter: 100 samples in a row were rejected");
    };
  }

  /** The same values, never shrunk. */
  default Gen<T> noShrink() {
    return (random, size) -> sample(random, size).withoutShrinks();
  }
}
