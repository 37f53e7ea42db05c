package dev.irc.lit;

import java.util.List;

/**
 * A parsed RUN line: pipelines joined by {@code &&}, each a list of stages joined by {@code |}.
 *
 * <p>The runner executes this tree in-process instead of handing the line to a shell, so the
 * supported syntax is exactly what these records can say.
 *
 * @param pipelines the pipelines, run in order while each succeeds
 */
public record ShellScript(List<Pipeline> pipelines) {
  public ShellScript {
    pipelines = List.copyOf(pipelines);
  }

  /**
   * Commands whose standard output feeds the next one's standard input.
   *
   * @param stages the commands, left to right
   */
  public record Pipeline(List<Stage> stages) {
    public Pipeline {
      stages = List.copyOf(stages);
    }
  }

  /**
   * One command of a pipeline with its redirections.
   *
   * @param argv the command name and its arguments, unquoted
   * @param negations how many {@code not} prefixes apply (odd inverts success)
   * @param stdin file for {@code < file}, or null
   * @param stdout file for {@code > file} / {@code >> file}, or null
   * @param appendStdout whether stdout is appended ({@code >>})
   * @param stderr file for {@code 2> file}, or null
   * @param stderrToStdout whether {@code 2>&1} was given
   */
  public record Stage(
      List<String> argv,
      int negations,
      String stdin,
      String stdout,
      boolean appendStdout,
      String stderr,
      boolean stderrToStdout) {
    public Stage {
      argv = List.copyOf(argv);
    }

    /** Whether this stage's exit status is inverted by {@code not}. */
    public boolean negated() {
      return negations % 2 == 1;
    }
  }
}
