package dev.irc.testkit;

import java.util.function.Predicate;

/** Removes rejected candidates from a shrink tree; the implementation of {@link Gen#filter}. */
final class Filtering {

  private Filtering() {}

  static <T> Shrinkable<T> prune(Shrinkable<T> tree, Predicate<? super T> accept) {
    return new Shrinkable<>(
        tree.value(),
        () -> tree.candidates().filter(c -> accept.test(c.value())).map(c -> prune(c, accept)));
  }
}
