package dev.irc.passes.transforms;

import dev.irc.ir.Operation;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.FrozenPatternSet;
import dev.irc.passes.rewrite.GreedyRewriteConfig;
import dev.irc.passes.rewrite.GreedyRewriteDriver;
import dev.irc.passes.rewrite.GreedyRewriteResult;
import java.util.List;

/**
 * {@code dce}: erases pure ops whose results are unused (transitively) and blocks control
 * cannot reach. Unlike {@code canonicalize} it neither folds nor moves anything, so it is safe
 * to run anywhere to tidy up after a transformation.
 */
public final class DeadCodeElimination extends Pass {
  private final PassStatistic numErased = statistic("num-erased", "Number of dead ops erased");

  public DeadCodeElimination() {
    super("dce", "DeadCodeElimination", "Erase unused pure operations and unreachable blocks");
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    var config = GreedyRewriteConfig.DEFAULT.withFolding(false).withMaxIterations(100);
    GreedyRewriteResult result = GreedyRewriteDriver.apply(execution.context(), op, new FrozenPatternSet(List.of()), config);
    numErased.add(result.erasedDeadOps());
  }
}
