package dev.irc.lit;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A command a RUN line can name, executed in-process with its own standard streams.
 *
 * <p>irc's lit runner has no shell: every tool a test uses ({@code filecheck}, {@code irc-opt},
 * ...) is a Java entry point with this shape, so RUN lines run inside the JUnit JVM.
 */
@FunctionalInterface
public interface LitCommand {

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name
   * @return the exit code; 0 means success
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;
}
