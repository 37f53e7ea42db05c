package dev.irc.examples.toy.toarith;

import dev.irc.passes.PassProvider;
import dev.irc.passes.PassRegistration;
import java.util.List;

/** Announces {@code toy-to-arith} to irc's pass registry ({@code META-INF/services/dev.irc.passes.PassProvider}). */
public final class ToyPasses implements PassProvider {
  @Override
  public List<PassRegistration> passes() {
    return List.of(PassRegistration.of(ToyToArithPass::new));
  }
}
