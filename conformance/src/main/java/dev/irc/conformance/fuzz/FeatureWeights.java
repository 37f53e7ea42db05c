package dev.irc.conformance.fuzz;

/**
 * Relative weights of the generator's choices: each is how often a feature is picked among the
 * alternatives at a choice point (0 turns it off). They are options so that a campaign can
 * concentrate on one area, e.g. floats only or control flow only.
 *
 * @param assign plain assignments
 * @param augAssign augmented assignments
 * @param print print statements (with sep/end sometimes)
 * @param branch if/elif/else
 * @param forLoop for-range loops (with else sometimes)
 * @param whileLoop counted while loops (with break/continue/else)
 * @param calls calls of generated functions
 * @param recursion recursive functions with a bounded depth
 * @param bigInt big-int growth: literal powers, repeated multiplication
 * @param floats float literals and float-producing operations
 * @param math calls of {@code math} functions and numeric builtins
 * @param bitwise {@code & | ^ << >> ~}
 * @param logic chained comparisons, and/or/not, conditional expressions
 * @param globals globals written by functions through {@code global}
 * @param hazards statements that raise on purpose (division by zero, failing assert, domain errors,
 *     a conditional {@code raise}) where nothing catches them: at most one per program
 * @param raises {@code raise E(...)} under a condition (in functions, and in try bodies mostly of a
 *     class a handler catches), bare {@code raise} in handlers, {@code raise ... from ...}
 * @param tries try statements: one to three handlers (a class, a tuple of classes, {@code as e},
 *     a bare {@code except:} last), {@code else}, {@code finally}, nested, with return, break and
 *     continue inside, whose bodies raise now and then (by {@code raise}, by an operation, in a
 *     called function)
 */
public record FeatureWeights(int assign, int augAssign, int print, int branch, int forLoop, int whileLoop,
    int calls, int recursion, int bigInt, int floats, int math, int bitwise, int logic, int globals, int hazards,
    int raises, int tries) {

  public FeatureWeights {
    for (int w : new int[] {assign, augAssign, print, branch, forLoop, whileLoop, calls, recursion, bigInt, floats,
        math, bitwise, logic, globals, hazards, raises, tries}) {
      if (w < 0) {
        throw new IllegalArgumentException("negative feature weight " + w);
      }
    }
  }

  /**
   * The mix used by the tests and {@code irc fuzz}: every feature, exceptions mostly raised where
   * a handler catches them, uncaught ones rarely.
   */
  public static FeatureWeights defaults() {
    return new FeatureWeights(10, 5, 6, 5, 4, 3, 5, 3, 3, 5, 4, 2, 4, 3, 1, 1, 2);
  }

  /** These weights without {@code raise} and {@code try} (for engines that do not support them). */
  public FeatureWeights withoutExceptions() {
    return new FeatureWeights(assign, augAssign, print, branch, forLoop, whileLoop, calls, recursion, bigInt, floats,
        math, bitwise, logic, globals, hazards, 0, 0);
  }

  /** Whether programs may contain {@code raise} or {@code try}. */
  public boolean exceptions() {
    return raises > 0 || tries > 0;
  }
}
