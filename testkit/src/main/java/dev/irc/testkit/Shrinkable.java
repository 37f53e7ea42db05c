package dev.irc.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value together with the lazily computed, ordered candidates it may shrink to.
 *
 * <p>This is a rose tree: every candidate is itself a {@code Shrinkable} with its own candidates.
 * Keeping the shrink tree next to the value (integrated shrinking) is what lets {@link Gen#map}
 * and {@link Gen#flatMap} shrink for free: a mapped generator maps the whole tree, so a
 * counterexample built from generated parts is always shrunk through those parts and never
 * leaves the generator's range. Candidates come most aggressive first.
 *
 * @param value the generated value
 * @param shrinks supplies the candidates; called again on each walk, so it must be pure
 */
public record Shrinkable<T>(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {

  public Shrinkable {
    Objects.requireNonNull(shrinks, "shrinks");
  }

  /** A value that does not shrink. */
  public static <T> Shrinkable<T> of(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  /**
   * The tree that {@code candidates} unfolds from {@code value}: each candidate shrinks again
   * with the same strategy.
   */
  public static <T> Shrinkable<T> unfold(T value, Function<? super T, Stream<T>> candidates) {
    return new Shrinkable<>(value, () -> candidates.apply(value).map(c -> unfold(c, candidates)));
  }

  /** The candidates, freshly enumerated. */
  public Stream<Shrinkable<T>> candidates() {
    return shrinks.get();
  }

  /** Applies {@code f} to this value and to every candidate in the tree. */
  public <R> Shrinkable<R> map(Function<? super T, ? extends R> f) {
    return new Shrinkable<>(f.apply(value), () -> candidates().map(c -> c.map(f)));
  }

  /**
   * The dependent tree: shrinks the outer value first (rebuilding the inner tree from each outer
   * candidate), then the inner value with the outer one fixed.
   */
  public <R> Shrinkable<R> flatMap(Function<? super T, Shrinkable<R>> inner) {
    Shrinkable<R> built = inner.apply(value);
    return new Shrinkable<>(
        built.value(),
        () -> Stream.concat(candidates().map(c -> c.flatMap(inner)), built.candidates()));
  }

  /** This value without any candidates. */
  public Shrinkable<T> withoutShrinks() {
    return of(value);
  }
}
