package dev.irc.testkit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The generator vocabulary: numbers, choices and collections, each with its shrinking built in.
 *
 * <p>Numbers shrink toward 0 (or the range end nearest to 0), doubles toward simple values,
 * choices toward the earlier alternatives, lists toward shorter lists of simpler elements.
 */
public final class Gens {

  /** Doubles that break naive numeric code; {@link #doubles()} mixes them in. */
  public static final List<Double> SPECIAL_DOUBLES =
      List.of(
          0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 2.0, 1e16, 1e-5, 1e300, -1e300, 1e-300,
          Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
          -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
          9007199254740992.0, 9007199254740993.0, 4503599627370496.5, 0x1p63, -0x1p63);

  private Gens() {}

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return (random, size) -> Shrinkable.of(value);
  }

  /** Uniform ints in {@code [lo, hi]}, shrinking toward the value in range nearest to 0. */
  public static Gen<Integer> ints(int lo, int hi) {
    return longs(lo, hi).map(Long::intValue);
  }

  /** Uniform longs in {@code [lo, hi]}, shrinking toward the value in range nearest to 0. */
  public static Gen<Long> longs(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    long target = Math.max(lo, Math.min(hi, 0L));
    return (random, size) -> {
      long value =
          hi == Long.MAX_VALUE && lo == Long.MIN_VALUE
              ? random.nextLong()
              : hi == Long.MAX_VALUE ? random.nextLong(lo - 1, hi) + 1 : random.nextLong(lo, hi + 1);
      return Shrinkable.unfold(value, v -> Shrinker.towards(target, v));
    };
  }

  /**
   * Longs of every magnitude: mostly small (bounded by size), often near the 2^k boundaries
   * (where overflow bugs live), sometimes anywhere in the 64-bit range.
   */
  public static Gen<Long> longs() {
    Gen<Long> small = (random, size) -> longs(-size - 1L, size + 1L).sample(random, size);
    Gen<Long> nearPowers =
        (random, size) -> {
          int bits = random.nextInt(64);
          long base = bits == 63 ? Long.MAX_VALUE : (1L << bits);
          long v = base + random.nextInt(-2, 3);
          v = random.nextBoolean() ? v : -v;
          return Shrinkable.unfold(v, x -> Shrinker.towards(0, x));
        };
    return frequency(List.of(weighted(5, small), weighted(3, nearPowers),
        weighted(2, longs(Long.MIN_VALUE, Long.MAX_VALUE))));
  }

  /** Signed integers of up to {@code maxBits} bits, with a bias toward small and boundary ones. */
  public static Gen<BigInteger> bigIntegers(int maxBits) {
    return (random, size) -> {
      int bits = random.nextInt(maxBits + 1);
      BigInteger magnitude;
      if (random.nextInt(4) == 0) {
        magnitude = BigInteger.ONE.shiftLeft(bits).add(BigInteger.valueOf(random.nextInt(-1, 2)));
      } else {
        byte[] bytes = new byte[bits / 8 + 1];
        random.nextBytes(bytes);
        bytes[0] &= 0x7f;
        magnitude = new BigInteger(bytes).shiftRight(Math.max(0, bytes.length * 8 - 1 - bits));
      }
      BigInteger value = random.nextBoolean() ? magnitude : magnitude.negate();
      return Shrinkable.unfold(value, Gens::bigShrinks);
    };
  }

  private static Stream<BigInteger> bigShrinks(BigInteger v) {
    if (v.signum() == 0) {
      return Stream.empty();
    }
    List<BigInteger> out = new ArrayList<>();
    out.add(BigInteger.ZERO);
    if (v.signum() < 0) {
      out.add(v.negate());
    }
    for (BigInteger d = v.shiftRight(1); d.signum() != 0 && !d.equals(BigInteger.ONE.negate());
        d = d.shiftRight(1)) {
      out.add(v.subtract(d));
    }
    if (v.bitLength() < 64) {
      out.add(v.subtract(BigInteger.valueOf(v.signum())));
    }
    return out.stream().distinct().filter(c -> !c.equals(v));
  }

  /** Uniform doubles in {@code [lo, hi)}, shrinking toward simple values in range. */
  public static Gen<Double> doubles(double lo, double hi) {
    return (random, size) -> {
      double value = random.nextDouble(lo, hi);
      return Shrinkable.unfold(
          value, v -> Shrinker.towardsSimple(v).filter(c -> c >= lo && c < hi));
    };
  }

  /**
   * Any double: special values ({@link #SPECIAL_DOUBLES}), small decimals, integral values,
   * values of any exponent, and raw bit patterns (subnormals, NaN payloads are canonicalized).
   */
  public static Gen<Double> doubles() {
    Gen<Double> special = elements(SPECIAL_DOUBLES);
    Gen<Double> decimal = (random, size) ->
        unfoldDouble(random.nextInt(-100000, 100001) / Math.pow(10, random.nextInt(0, 6)));
    Gen<Double> integral = (random, size) ->
        unfoldDouble((double) random.nextLong(-(1L << 55), 1L << 55) / (1L << random.nextInt(56)));
    Gen<Double> anyExponent = (random, size) ->
        unfoldDouble(Math.scalb(random.nextDouble(-1, 1), random.nextInt(-1080, 1025)));
    Gen<Double> bits = (random, size) -> {
      double d = Double.longBitsToDouble(random.nextLong());
      return unfoldDouble(Double.isNaN(d) ? Double.NaN : d);
    };
    return frequency(List.of(weighted(3, special), weighted(3, decimal), weighted(2, integral),
        weighted(2, anyExponent), weighted(1, bits)));
  }

  private static Shrinkable<Double> unfoldDouble(double value) {
    return Shrinkable.unfold(value, Shrinker::towardsSimple);
  }

  /** One of {@code values}, shrinking toward the earlier ones. */
  public static <T> Gen<T> elements(List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements: no values");
    }
    return longs(0, copy.size() - 1).map(i -> copy.get(i.intValue()));
  }

  /** One of {@code values}, shrinking toward the earlier ones. */
  @SafeVarargs
  public static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** Picks one generator uniformly; shrinks toward the earlier generators, then within. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<T>... gens) {
    return frequency(Arrays.stream(gens).map(g -> weighted(1, g)).toList());
  }

  /** A generator with a weight, for {@link #frequency}. */
  public record Weighted<T>(int weight, Gen<T> gen) {
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  /** A generator with a weight, for {@link #frequency}. */
  public static <T> Weighted<T> weighted(int weight, Gen<T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Picks a generator with probability proportional to its weight; shrinks toward the earlier
   * generators (the earlier choice draws a fresh value from the same seed), then within.
   */
  public static <T> Gen<T> frequency(List<Weighted<T>> choices) {
    List<Weighted<T>> copy = List.copyOf(choices);
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    return (random, size) -> {
      int ticket = random.nextInt(total);
      int index = 0;
      while (ticket >= copy.get(index).weight()) {
        ticket -= copy.get(index).weight();
        index++;
      }
      long seed = random.nextLong();
      Shrinkable<Long> choice = Shrinkable.unfold((long) index, i -> Shrinker.towards(0, i));
      return choice.flatMap(
          i -> copy.get(i.intValue()).gen().sample(new SplittableRandom(seed), size));
    };
  }

  /** Lists of length 0 to {@code size}. */
  public static <T> Gen<List<T>> listOf(Gen<T> element) {
    return (random, size) -> listOf(element, 0, Math.max(0, size)).sample(random, size);
  }

  /** Lists with length in {@code [minSize, maxSize]}; shrinks by removing chunks, then elements. */
  public static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
    return (random, size) -> {
      int n = random.nextInt(minSize, maxSize + 1);
      List<Shrinkable<T>> elements =
          IntStream.range(0, n).mapToObj(i -> element.sample(random, size)).toList();
      return listTree(elements, minSize);
    };
  }

  private static <T> Shrinkable<List<T>> listTree(List<Shrinkable<T>> elements, int minSize) {
    List<T> value = elements.stream().map(Shrinkable::value).toList();
    return new Shrinkable<>(
        value,
        () -> Stream.concat(
            Shrinker.removals(elements, minSize).map(shorter -> listTree(shorter, minSize)),
            IntStream.range(0, elements.size()).boxed().flatMap(i ->
                elements.get(i).candidates().map(c -> listTree(replaced(elements, i, c), minSize)))));
  }

  private static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> out = new ArrayList<>(list);
    out.set(index, element);
    return out;
  }

  /** Pairs of independent values; shrinks the first, then the second. */
  public static <A, B> Gen<Pair<A, B>> pairs(Gen<A> first, Gen<B> second) {
    return (random, size) -> {
      Shrinkable<A> a = first.sample(random, size);
      Shrinkable<B> b = second.sample(random, size);
      return pairTree(a, b);
    };
  }

  private static <A, B> Shrinkable<Pair<A, B>> pairTree(Shrinkable<A> a, Shrinkable<B> b) {
    return new Shrinkable<>(
        new Pair<>(a.value(), b.value()),
        () -> Stream.concat(
            a.candidates().map(c -> pairTree(c, b)), b.candidates().map(c -> pairTree(a, c))));
  }

  /** Two values generated together; {@link #pairs}' result. */
  public record Pair<A, B>(A first, B second) {
    @Override
    public String toString() {
      return "(" + first + ", " + second + ")";
    }
  }
}
