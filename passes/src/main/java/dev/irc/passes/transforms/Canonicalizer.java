package dev.irc.passes.transforms;

import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.rewrite.CanonicalizationPatterns;
import dev.irc.ir.rewrite.RewritePattern;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.passes.rules.RuleLibrary;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassOption;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.FrozenPatternSet;
import dev.irc.passes.rewrite.GreedyRewriteConfig;
import dev.irc.passes.rewrite.GreedyRewriteDriver;
import dev.irc.passes.rewrite.GreedyRewriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code canonicalize}: folds ops, applies every loaded op's and dialect's
 * {@link CanonicalizationPatterns}, erases dead pure ops and unreachable blocks, to a fixpoint
 * with the greedy driver. It exists so that each later pass sees one normal form of the IR.
 */
public final class Canonicalizer extends Pass {
  private final PassOption<Integer> maxIterations = option(PassOption.integer("max-iterations", 10, 1,
      "Maximum number of scans of the IR before giving up"));
  private final PassOption<Integer> maxNumRewrites = option(PassOption.integer("max-num-rewrites", -1, -1,
      "Maximum number of rewrites in total (-1: no limit)"));
  private final PassOption<Boolean> regionSimplify = option(PassOption.flag("region-simplify", true,
      "Erase unreachable blocks"));
  private final PassOption<Boolean> testConvergence = option(PassOption.flag("test-convergence", false,
      "Fail if no fixpoint is reached within max-iterations"));
  private final PassStatistic numFolded = statistic("num-folded", "Number of ops folded");
  private final PassStatistic numRewrites = statistic("num-rewrites", "Number of pattern rewrites");
  private final PassStatistic numErased = statistic("num-dead", "Number of dead ops erased");

  private FrozenPatternSet frozen;
  private IrContext frozenFor;

  public Canonicalizer() {
    super("canonicalize", "Canonicalizer", "Canonicalize operations: fold, apply canonicalization patterns, erase dead code");
  }

  /**
   * Every canonicalization pattern of the dialects and ops loaded in {@code context}: their
   * Java patterns and their declarative rules ({@link RuleLibrary}).
   *
   * @throws dev.irc.ir.diag.DiagnosticException if a dialect's rule file is malformed
   */
  public static List<RewritePattern> collectPatterns(IrContext context) {
    var patterns = new ArrayList<RewritePattern>();
    for (Dialect dialect : context.dialects()) {
      if (dialect instanceof CanonicalizationPatterns dialectPatterns) {
        patterns.addAll(dialectPatterns.patterns());
      }
      for (OpDefinition op : dialect.operations()) {
        op.getInterface(CanonicalizationPatterns.class).ifPresent(p -> patterns.addAll(p.patterns()));
      }
    }
    patterns.addAll(RuleLibrary.patterns(context));
    return patterns;
  }

  /**
   * The patterns of {@code context}, collected and frozen once per pass instance and context
   * (as MLIR's canonicalizer does in {@code initialize}), not once per function: collecting them
   * compiles every rule file, which cost more than canonicalizing a small function.
   */
  private FrozenPatternSet patterns(IrContext context) {
    synchronized (this) {
      if (frozen == null || frozenFor != context) {
        frozen = new FrozenPatternSet(collectPatterns(context));
        frozenFor = context;
      }
      return frozen;
    }
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    var config = GreedyRewriteConfig.DEFAULT.withMaxIterations(maxIterations.get())
        .withMaxRewrites(maxNumRewrites.get())
        .withRegionSimplification(regionSimplify.get());
    FrozenPatternSet patterns;
    try {
      patterns = patterns(execution.context());
    } catch (DiagnosticException badRules) {
      badRules.diagnostics().forEach(execution::emitError);
      return;
    }
    GreedyRewriteResult result = GreedyRewriteDriver.apply(execution.context(), op, patterns, config);
    numFolded.add(result.folds());
    numRewrites.add(result.patternRewrites());
    numErased.add(result.erasedDeadOps());
    if (!result.converged() && testConvergence.get()) {
      execution.emitError(op, "canonicalizer failed to converge within " + maxIterations.get() + " iterations");
    }
  }
}
