package dev.irc.passes;

import java.util.List;

/**
 * A module's announcement of the passes it contributes. Implementations are found with
 * {@link java.util.ServiceLoader} (a line in {@code META-INF/services/dev.irc.passes.PassProvider}),
 * so adding a pass never needs an edit to the pass infrastructure or the tools.
 */
public interface PassProvider {
  List<PassRegistration> passes();
}
