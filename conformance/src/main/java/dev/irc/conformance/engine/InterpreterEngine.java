package dev.irc.conformance.engine;

import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code irc run --interp}, in-process: the whole driver (parse, import, verify, evaluate,
 * traceback) exactly as a user runs it. An importer diagnostic "... is not supported by irc"
 * makes the outcome {@link Outcome.Kind#UNSUPPORTED}.
 */
public final class InterpreterEngine implements Engine {
  private final long timeoutMillis;

  public InterpreterEngine(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public String name() {
    return "interp";
  }

  @Override
  public Outcome run(String fileName, String source) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    return BoundedRun.within(timeoutMillis, () -> {
      int code = IrcMain.run(List.of("run", "--interp", "-"), new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      String stderr = err.toString(StandardCharsets.UTF_8);
      if (code == 1 && stderr.contains(" is not supported by irc")) {
        return Outcome.of(Outcome.Kind.UNSUPPORTED, Unsupported.construct(stderr));
      }
      return Outcome.ran(out.toString(StandardCharsets.UTF_8), stderr, code);
    });
  }
}
