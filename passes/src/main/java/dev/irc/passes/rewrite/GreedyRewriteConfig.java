package dev.irc.passes.rewrite;

/**
 * How the greedy driver runs.
 *
 * @param maxIterations how many times the whole IR may be rescanned before giving up (at least 1)
 * @param maxRewrites how many rewrites (pattern applications, folds, erasures) are allowed in
 *     total, or -1 for no limit
 * @param fold whether to apply op folders
 * @param regionSimplification whether to erase unreachable blocks after each scan
 */
public record GreedyRewriteConfig(int maxIterations, int maxRewrites, boolean fold, boolean regionSimplification) {
  public static final GreedyRewriteConfig DEFAULT = new GreedyRewriteConfig(10, -1, true, true);

  public GreedyRewriteConfig {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1");
    }
  }

  public GreedyRewriteConfig withMaxIterations(int iterations) {
    return new GreedyRewriteConfig(iterations, maxRewrites, fold, regionSimplification);
  }

  public GreedyRewriteConfig withFolding(boolean enabled) {
    return new GreedyRewriteConfig(maxIterations, maxRewrites, enabled, regionSimplification);
  }

  public GreedyRewriteConfig withRegionSimplification(boolean enabled) {
    return new GreedyRewriteConfig(maxIterations, maxRewrites, fold, enabled);
  }

  public GreedyRewriteConfig withMaxRewrites(int rewrites) {
    return new GreedyRewriteConfig(maxIterations, rewrites, fold, regionSimplification);
  }
}
