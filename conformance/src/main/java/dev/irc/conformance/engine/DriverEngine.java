package dev.irc.conformance.engine;

import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code irc run} in one of its execution modes, in-process: the whole driver (parse, import,
 * verify, run, traceback) exactly as a user runs it — the reference evaluator
 * ({@code --interp}), the typed IR in the IR interpreter ({@code --arith-interp}) or the x86-64
 * code (no flag: through the compile cache; {@code --no-cache}: the in-process JIT). An importer diagnostic "... is not supported by irc" makes the outcome
 * {@link Outcome.Kind#UNSUPPORTED}.
 */
public final class DriverEngine implements Engine {
  private final String name;
  private final List<String> modeFlags;
  private final long timeoutMillis;

  private DriverEngine(String name, List<String> modeFlags, long timeoutMillis) {
    this.name = name;
    this.modeFlags = modeFlags;
    this.timeoutMillis = timeoutMillis;
  }

  /** {@code irc run --interp}: the reference evaluator. */
  public static DriverEngine interp(long timeoutMillis) {
    return new DriverEngine("interp", List.of("--interp"), timeoutMillis);
  }

  /** {@code irc run --arith-interp}: py-to-arith, then the IR interpreter. */
  public static DriverEngine arithInterp(long timeoutMillis) {
    return new DriverEngine("arith-interp", List.of("--arith-interp"), timeoutMillis);
  }

  /** {@code irc run}: py-to-arith, LLVM and the x86-64 code, through the compile cache. */
  public static DriverEngine jit(long timeoutMillis) {
    return new DriverEngine("jit", List.of(), timeoutMillis);
  }

  /**
   * {@code irc run --no-cache}: the same code on the in-process JIT, for programs run once
   * (fuzzing), which would only fill the user's compile cache.
   */
  public static DriverEngine jitWithoutCache(long timeoutMillis) {
    return new DriverEngine("jit", List.of("--no-cache"), timeoutMillis);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Outcome run(String fileName, String source) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    return BoundedRun.within(timeoutMillis, () -> {
      var arguments = new java.util.ArrayList<String>();
      arguments.add("run");
      arguments.addAll(modeFlags);
      arguments.add("-");
      int code = IrcMain.run(arguments, new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      String stderr = err.toString(StandardCharsets.UTF_8);
      if (code == 1 && stderr.contains(" is not supported by irc")) {
        return Outcome.of(Outcome.Kind.UNSUPPORTED, Unsupported.construct(stderr));
      }
      return Outcome.ran(out.toString(StandardCharsets.UTF_8), stderr, code);
    });
  }
}
