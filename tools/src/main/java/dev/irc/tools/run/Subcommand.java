package dev.irc.tools.run;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An {@code irc} subcommand contributed by a module that depends on the tools (so the tools
 * cannot name it): {@code irc fuzz} and {@code irc conformance} live in {@code conformance}.
 * Implementations are {@link ServiceLoader} services listed in
 * {@code META-INF/services/dev.irc.tools.run.Subcommand}; {@link IrcMain} hands a command line
 * whose first word is a subcommand's name to it.
 */
public interface Subcommand {
  /** The word that selects this subcommand ({@code fuzz}). */
  String name();

  /** Runs with the arguments after the name; returns the exit code. */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);

  /** The subcommand named by the first argument, if one is on the class path. */
  static Optional<Subcommand> forArguments(List<String> args) {
    if (args.isEmpty()) {
      return Optional.empty();
    }
    for (Subcommand subcommand : ServiceLoader.load(Subcommand.class)) {
      if (subcommand.name().equals(args.getFirst())) {
        return Optional.of(subcommand);
      }
    }
    return Optional.empty();
  }
}
