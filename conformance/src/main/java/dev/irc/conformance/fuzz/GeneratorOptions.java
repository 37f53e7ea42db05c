package dev.irc.conformance.fuzz;

/**
 * The sizes of generated programs and the {@link FeatureWeights} of their features.
 *
 * @param maxFunctions at most this many functions besides the module code
 * @param maxStatements at most this many statements per block
 * @param maxBlockDepth how deep blocks nest (loops in ifs in loops ...)
 * @param maxExprDepth how deep expressions nest
 * @param maxTripCount the largest loop trip count
 * @param maxHandlers at most this many {@code except} clauses per {@code try}
 * @param maxCost the largest estimated number of statements a program executes; keeps every
 *     program well under a second in CPython
 * @param weights the feature mix
 */
public record GeneratorOptions(int maxFunctions, int maxStatements, int maxBlockDepth, int maxExprDepth,
    int maxTripCount, int maxHandlers, int maxCost, FeatureWeights weights) {

  public GeneratorOptions {
    if (maxFunctions < 0 || maxStatements < 1 || maxBlockDepth < 0 || maxExprDepth < 1 || maxTripCount < 1
        || maxHandlers < 1 || maxCost < 1) {
      throw new IllegalArgumentException("bad generator options");
    }
  }

  /** Programs of a few dozen lines, up to five functions. */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(5, 6, 3, 4, 6, 3, 4000, FeatureWeights.defaults());
  }

  public GeneratorOptions withWeights(FeatureWeights newWeights) {
    return new GeneratorOptions(maxFunctions, maxStatements, maxBlockDepth, maxExprDepth, maxTripCount, maxHandlers, maxCost,
        newWeights);
  }
}
