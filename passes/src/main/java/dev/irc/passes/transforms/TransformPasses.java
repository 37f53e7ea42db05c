package dev.irc.passes.transforms;

import dev.irc.passes.PassProvider;
import dev.irc.passes.PassRegistration;
import java.util.List;

/** Announces the generic transforms of this package to the {@link dev.irc.passes.PassRegistry}. */
public final class TransformPasses implements PassProvider {
  @Override
  public List<PassRegistration> passes() {
    return List.of(
        PassRegistration.of(Canonicalizer::new),
        PassRegistration.of(CommonSubexpressionElimination::new),
        PassRegistration.of(DeadCodeElimination::new),
        PassRegistration.of(SymbolDeadCodeElimination::new),
        PassRegistration.of(Inliner::new),
        PassRegistration.of(SparseConditionalConstantPropagation::new),
        PassRegistration.of(LoopInvariantCodeMotion::new),
        PassRegistration.of(dev.irc.passes.rules.ApplyRulesPass::new));
  }
}
