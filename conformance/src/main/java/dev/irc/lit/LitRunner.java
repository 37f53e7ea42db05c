package dev.irc.lit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs lit tests in-process: substitutes each RUN line, parses it with {@link ShellParser}, and
 * executes its pipelines through a {@link CommandRegistry} with pipefail semantics.
 *
 * <p>Running commands as Java calls instead of processes keeps the text tests fast, portable and
 * debuggable inside JUnit, with no shell or Python on the machine.
 */
public final class LitRunner {
  private static final int MAX_SHOWN_OUTPUT = 16_000;

  private final CommandRegistry registry;

  /** What one stage did: its command, exit code, and captured output. */
  private record StageRun(
      ShellScript.Stage stage, int exitCode, boolean crashed, String stdout, String stderr) {
    boolean succeeded() {
      return !crashed && (stage.negated() ? exitCode != 0 : exitCode == 0);
    }
  }

  public LitRunner(CommandRegistry registry) {
    this.registry = registry;
  }

  /** A runner over {@link CommandRegistry#standard()}. */
  public static LitRunner standard() {
    return new LitRunner(CommandRegistry.standard());
  }

  /** Runs every RUN line of {@code test}, stopping at the first failure. */
  public LitResult run(LitTestFile test) {
    if (test.runLines().isEmpty()) {
      return LitResult.fail("no RUN lines in " + test.path());
    }
    Path tempDir;
    try {
      tempDir = Files.createTempDirectory("irc-lit-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path testFile = test.path().toAbsolutePath();
      Substitutions substitutions =
          new Substitutions(testFile, tempDir.resolve(testFile.getFileName() + ".tmp"));
      for (RunLine runLine : test.runLines()) {
        String command = substitutions.apply(runLine.command());
        String where = test.path() + ":" + runLine.lineNumber();
        ShellScript script;
        try {
          script = ShellParser.parse(command);
        } catch (IllegalArgumentException e) {
          return LitResult.fail("RUN line at " + where + " could not be parsed: "
              + e.getMessage() + "\n  RUN: " + command + "\n");
        }
        for (ShellScript.Pipeline pipeline : script.pipelines()) {
          List<StageRun> runs = execute(pipeline, testFile.getParent());
          if (!runs.stream().allMatch(StageRun::succeeded)) {
            return LitResult.fail(report(where, command, runs));
          }
        }
      }
      return LitResult.pass();
    } finally {
      deleteRecursively(tempDir);
    }
  }

  private List<StageRun> execute(ShellScript.Pipeline pipeline, Path workingDir) {
    List<StageRun> runs = new ArrayList<>();
    byte[] input = new byte[0];
    for (ShellScript.Stage stage : pipeline.stages()) {
      ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
      ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
      PrintStream err =
          stage.stderrToStdout() ? out : new PrintStream(errBytes, true, StandardCharsets.UTF_8);
      int exitCode;
      boolean crashed = false;
      try {
        if (stage.stdin() != null) {
          input = Files.readAllBytes(workingDir.resolve(stage.stdin()));
        }
        String name = stage.argv().getFirst();
        Optional<LitCommand> command = registry.lookup(name);
        if (command.isEmpty()) {
          err.println("lit: command not found: '" + name + "' (known commands: "
              + String.join(", ", registry.names()) + ")");
          exitCode = 127;
          crashed = true;
        } else {
          List<String> args = stage.argv().subList(1, stage.argv().size());
          exitCode = command.get().run(args, new ByteArrayInputStream(input), out, err);
        }
      } catch (Exception | Error e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.println("lit: command threw " + trace);
        exitCode = 1;
        crashed = true;
      }
      out.flush();
      err.flush();
      byte[] stdout = outBytes.toByteArray();
      byte[] stderr = errBytes.toByteArray();
      try {
        if (stage.stdout() != null) {
          Path target = workingDir.resolve(stage.stdout());
          Files.write(target, stdout, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              stage.appendStdout() ? StandardOpenOption.APPEND
                  : StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (stage.stderr() != null) {
          Files.write(workingDir.resolve(stage.stderr()), stderr);
        }
      } catch (IOException e) {
        crashed = true;
        stderr = (new String(stderr, StandardCharsets.UTF_8) + "\nlit: " + e)
            .getBytes(StandardCharsets.UTF_8);
      }
      input = stage.stdout() != null ? new byte[0] : stdout;
      runs.add(new StageRun(stage, exitCode, crashed,
          new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8)));
    }
    return runs;
  }

  private static String report(String where, String command, List<StageRun> runs) {
    StringBuilder out = new StringBuilder();
    out.append("RUN line at ").append(where).append(" failed:\n");
    out.append("  RUN: ").append(command).append('\n');
    for (int i = 0; i < runs.size(); i++) {
      StageRun run = runs.get(i);
      ShellScript.Stage stage = run.stage();
      out.append("\nstage ").append(i + 1).append(": ")
          .append(stage.negated() ? "not " : "")
          .append(String.join(" ", stage.argv())).append('\n');
      String expected = stage.negated() ? "non-zero" : "0";
      out.append("  exit code: ").append(run.exitCode())
          .append(" (expected ").append(expected).append(")")
          .append(run.succeeded() ? "" : "  <-- FAILED").append('\n');
      appendStream(out, "stdout", run.stdout(), stage.stdout());
      appendStream(out, "stderr", run.stderr(), stage.stderr());
    }
    return out.toString();
  }

  private static void appendStream(StringBuilder out, String name, String text, String file) {
    out.append("  ").append(name);
    if (file != null) {
      out.append(" (redirected to ").append(file).append(')');
    }
    if (text.isEmpty()) {
      out.append(": <empty>\n");
      return;
    }
    out.append(":\n");
    String shown = text.length() > MAX_SHOWN_OUTPUT
        ? text.substring(0, MAX_SHOWN_OUTPUT) + "\n... (" + (text.length() - MAX_SHOWN_OUTPUT)
            + " more characters)"
        : text;
    for (String line : shown.split("\n", -1)) {
      out.append("    | ").append(line).append('\n');
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
