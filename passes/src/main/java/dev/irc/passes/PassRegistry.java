package dev.irc.passes;

import dev.irc.ir.diag.SpellingSuggestion;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The passes known by command-line argument. {@link #loadAvailable()} collects every
 * {@link PassProvider} on the class path; tests build small registries with {@link #of}.
 */
public final class PassRegistry {
  private final TreeMap<String, PassRegistration> byArgument = new TreeMap<>();

  private PassRegistry() {}

  /** A registry of every pass announced through {@link ServiceLoader} on the class path. */
  public static PassRegistry loadAvailable() {
    return loadAvailable(PassRegistry.class.getClassLoader());
  }

  /** A registry of every pass announced through {@link ServiceLoader} to {@code loader} (plugin jars included). */
  public static PassRegistry loadAvailable(ClassLoader loader) {
    var registry = new PassRegistry();
    for (PassProvider provider : ServiceLoader.load(PassProvider.class, loader)) {
      provider.passes().forEach(registry::register);
    }
    return registry;
  }

  public static PassRegistry of(PassRegistration... registrations) {
    var registry = new PassRegistry();
    for (PassRegistration registration : registrations) {
      registry.register(registration);
    }
    return registry;
  }

  /** Adds {@code registration}; an argument may be registered only once. */
  public PassRegistry register(PassRegistration registration) {
    if (byArgument.putIfAbsent(registration.argument(), registration) != null) {
      throw new IllegalArgumentException("pass '" + registration.argument() + "' registered twice");
    }
    return this;
  }

  public Optional<PassRegistration> lookup(String argument) {
    return Optional.ofNullable(byArgument.get(argument));
  }

  /** The registrations sorted by argument. */
  public List<PassRegistration> registrations() {
    return List.copyOf(byArgument.values());
  }

  public Collection<String> arguments() {
    return byArgument.keySet();
  }

  /** The registered argument closest to a misspelled one. */
  public Optional<String> suggest(String misspelled) {
    return SpellingSuggestion.closest(misspelled, byArgument.keySet());
  }
}
