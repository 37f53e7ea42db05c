package dev.irc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyTest {

  private static final Property.Options OPTIONS = Property.Options.defaults().withSeed(42);

  @Test
  void passingPropertyPasses() {
    Property.holdsForAll(Gens.ints(-1000, 1000), 500, x -> x + 0 == x);
  }

  @Test
  void shrinksIntToTheBoundary() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS, Gens.ints(0, 1_000_000), x -> {
          if (x >= 137) {
            throw new AssertionError("too big: " + x);
          }
        }));
    assertTrue(e.getMessage().contains("shrunk counterexample:   137 "), e.getMessage());
    assertTrue(e.getMessage().contains("-Dirc.seed=42"), e.getMessage());
    assertEquals("too big: 137", e.getCause().getMessage());
  }

  @Test
  void shrinksNegativeIntTowardZero() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS, Gens.longs(), x -> assertTrue(x > -50)));
    assertTrue(e.getMessage().contains("shrunk counterexample:   -50 "), e.getMessage());
  }

  @Test
  void shrinksListToMinimalFailingList() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS.withTrials(200), Gens.listOf(Gens.ints(-100, 100)),
            list -> assertTrue(list.stream().allMatch(x -> x < 10))));
    assertTrue(e.getMessage().contains("shrunk counterexample:   [10] "), e.getMessage());
  }

  @Test
  void shrinksListBySum() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS.withTrials(200), Gens.listOf(Gens.ints(0, 100)),
            list -> assertTrue(list.stream().mapToInt(Integer::intValue).sum() <= 100)));
    // A minimal list has no removable element: removing any one makes the sum <= 100.
    String shrunk = e.getMessage().lines().filter(l -> l.contains("shrunk")).findFirst().orElseThrow();
    assertTrue(shrunk.matches(".*\\[\\d+, \\d+\\] .*"), shrunk);
  }

  @Test
  void mapAndFlatMapShrinkThroughTheirSource() {
    Gen<List<Integer>> gen = Gens.ints(1, 20).flatMap(n -> Gens.listOf(Gens.ints(0, 9), n, n));
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS, gen, list -> assertTrue(list.size() < 3)));
    assertTrue(e.getMessage().contains("shrunk counterexample:   [0, 0, 0] "), e.getMessage());
    AssertionError mapped = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS, Gens.ints(0, 1000).map(x -> "s" + x),
            s -> assertTrue(s.length() < 3)));
    assertTrue(mapped.getMessage().contains("shrunk counterexample:   s10 "), mapped.getMessage());
  }

  @Test
  void doublesShrinkTowardSimpleValues() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS, Gens.doubles(), d -> assertTrue(!(d > 1.5))));
    assertTrue(e.getMessage().contains("shrunk counterexample:   2.0 "), e.getMessage());
  }

  @Test
  void sameSeedSameValuesAndSameReport() {
    List<Double> first = sample(7);
    assertEquals(first, sample(7));
    assertTrue(!first.equals(sample(8)));
    String a = failure(99);
    assertEquals(a, failure(99));
  }

  @Test
  void seedComesFromSystemProperty() {
    String old = System.getProperty(Property.SEED_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, "0x10");
      assertEquals(16, Property.configuredSeed());
      System.setProperty(Property.SEED_PROPERTY, "-5");
      assertEquals(-5, Property.Options.defaults().seed());
      System.clearProperty(Property.SEED_PROPERTY);
      assertEquals(Property.DEFAULT_SEED, Property.configuredSeed());
    } finally {
      if (old != null) {
        System.setProperty(Property.SEED_PROPERTY, old);
      }
    }
  }

  @Test
  void frequencyAndOneOfStayInTheirAlternatives() {
    Gen<Long> gen = Gens.oneOf(Gens.constant(1L), Gens.longs(10, 20));
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      long v = gen.generate(random, 10);
      assertTrue(v == 1 || (v >= 10 && v <= 20), "got " + v);
    }
  }

  private static List<Double> sample(long seed) {
    List<Double> out = new ArrayList<>();
    Property.forAll(OPTIONS.withSeed(seed).withTrials(50), Gens.doubles(), out::add);
    return out;
  }

  private static String failure(long seed) {
    return assertThrows(AssertionError.class,
        () -> Property.forAll(OPTIONS.withSeed(seed), Gens.listOf(Gens.longs()),
            l -> assertTrue(l.size() < 4))).getMessage();
  }
}
