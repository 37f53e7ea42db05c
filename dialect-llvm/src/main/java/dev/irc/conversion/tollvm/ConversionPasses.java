package dev.irc.conversion.tollvm;

import dev.irc.passes.PassProvider;
import dev.irc.passes.PassRegistration;
import java.util.List;

/** Announces {@code convert-to-llvm} to the {@link dev.irc.passes.PassRegistry}. */
public final class ConversionPasses implements PassProvider {
  @Override
  public List<PassRegistration> passes() {
    return List.of(PassRegistration.of(ConvertToLlvmPass::new));
  }
}
