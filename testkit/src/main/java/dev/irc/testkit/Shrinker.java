package dev.irc.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The shrinking strategies: for a value, the simpler values to try instead, most aggressive
 * first.
 *
 * <p>Integers move toward a target (usually 0) by halving the distance; doubles move toward
 * simple values (0, 1, integers, fewer digits); lists lose chunks of halving sizes, then single
 * elements. Each strategy only proposes values strictly "simpler" than its input, so repeated
 * shrinking terminates.
 */
public final class Shrinker {

  private Shrinker() {}

  /** {@code target}, then values ever closer to {@code value}: halving the remaining distance. */
  public static Stream<Long> towards(long target, long value) {
    if (value == target) {
      return Stream.empty();
    }
    // Work in halves so that the distance never overflows.
    List<Long> out = new ArrayList<>();
    long distanceHalf = value / 2 - target / 2;
    long distance;
    try {
      distance = Math.subtractExact(value, target);
    } catch (ArithmeticException overflow) {
      out.add(target);
      distance = distanceHalf;
    }
    for (long d = distance; d != 0; d /= 2) {
      out.add(value - d);
    }
    return out.stream().distinct();
  }

  /** Simpler doubles: 0.0, 1.0, the positive version, the integer part, fewer digits, the half. */
  public static Stream<Double> towardsSimple(double value) {
    if (value == 0.0 && Double.doubleToRawLongBits(value) == 0L) {
      return Stream.empty();
    }
    Set<Double> out = new LinkedHashSet<>();
    out.add(0.0);
    if (!Double.isFinite(value)) {
      out.add(1.0);
      if (value == Double.NEGATIVE_INFINITY) {
        out.add(Double.POSITIVE_INFINITY);
      }
      return out.stream().filter(c -> !c.equals(value));
    }
    if (Math.abs(value) > 1.0) {
      out.add(1.0);
    }
    if (value < 0) {
      out.add(-value);
    }
    double truncated = value < 0 ? Math.ceil(value) : Math.floor(value);
    if (truncated != value) {
      out.add(truncated);
      for (int digits = 1; digits <= 15; digits++) {
        double rounded = Double.parseDouble(String.format("%." + digits + "g", value));
        if (rounded != value) {
          out.add(rounded);
        }
      }
    } else if (Math.abs(value) >= 2.0) {
      out.add(truncatedHalf(value));
      if (Math.abs(value) <= 0x1p53) {
        out.add(value - Math.signum(value));
      }
    }
    return out.stream().filter(c -> !c.equals(value));
  }

  private static double truncatedHalf(double value) {
    double half = value / 2;
    return half < 0 ? Math.ceil(half) : Math.floor(half);
  }

  /**
   * Shorter lists: remove chunks of size {@code n/2, n/4, ..., 1} at every aligned offset,
   * never going below {@code minSize}.
   */
  public static <T> Stream<List<T>> removals(List<T> list, int minSize) {
    int n = list.size();
    if (n <= minSize) {
      return Stream.empty();
    }
    Stream<List<T>> result = Stream.empty();
    if (minSize == 0) {
      result = Stream.of(List.of());
    }
    for (int chunk = n / 2; chunk >= 1; chunk /= 2) {
      int k = chunk;
      if (n - k < minSize) {
        continue;
      }
      result =
          Stream.concat(
              result,
              IntStream.iterate(0, from -> from + k <= n, from -> from + k)
                  .mapToObj(from -> without(list, from, from + k)));
    }
    return result;
  }

  private static <T> List<T> without(List<T> list, int from, int to) {
    List<T> out = new ArrayList<>(list.size() - (to - from));
    out.addAll(list.subList(0, from));
    out.addAll(list.subList(to, list.size()));
    return out;
  }
}
