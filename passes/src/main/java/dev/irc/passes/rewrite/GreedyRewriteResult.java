package dev.irc.passes.rewrite;

/**
 * What a greedy rewrite did.
 *
 * @param converged whether a fixpoint was reached within the configured limits
 * @param changed whether the IR changed at all
 * @param iterations how many scans of the IR were made
 * @param patternRewrites how many pattern applications succeeded
 * @param folds how many ops were folded
 * @param erasedDeadOps how many trivially dead ops were erased
 */
public record GreedyRewriteResult(boolean converged, boolean changed, int iterations, int patternRewrites, int folds,
    int erasedDeadOps) {}
