package dev.irc.conformance.fuzz;

import dev.irc.conformance.engine.Engine;
import dev.irc.tools.run.Subcommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code irc fuzz [--minutes M] [--seed N] [--programs K] [--out DIR] [--no-cpython]}: a
 * differential campaign of generated programs with a progress line (programs run, failures,
 * skipped, rate); every failure is shrunk, printed and written to {@code DIR}
 * ({@code target/fuzz-failures}). {@code irc fuzz --replay SEED} runs the one program of a seed
 * and {@code irc fuzz --print SEED} prints it.
 */
public final class FuzzCommand implements Subcommand {
  private static final String USAGE = """
      usage: irc fuzz [--minutes M] [--seed N] [--programs K] [--out DIR] [--no-cpython]
             irc fuzz --replay SEED     run the program of SEED through every engine
             irc fuzz --print SEED      print the program of SEED
      """;

  @Override
  public String name() {
    return "fuzz";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    double minutes = 1;
    long seed = System.nanoTime();
    long maxPrograms = Long.MAX_VALUE;
    Path failures = Path.of("target/fuzz-failures");
    boolean cpython = true;
    Long replay = null;
    Long print = null;
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--minutes" -> minutes = Double.parseDouble(args.get(++i));
          case "--seed" -> seed = SeedText.parse(args.get(++i));
          case "--programs" -> maxPrograms = Long.parseLong(args.get(++i));
          case "--out" -> failures = Path.of(args.get(++i));
          case "--no-cpython" -> cpython = false;
          case "--replay" -> replay = SeedText.parse(args.get(++i));
          case "--print" -> print = SeedText.parse(args.get(++i));
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
        }
      }
    } catch (RuntimeException e) {
      err.println("irc fuzz: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    List<Engine> engines = FuzzEngines.standard(cpython && print == null);
    try {
      // --print, --replay and a campaign generate the same program for a seed: the options depend on irc only.
      GeneratorOptions options = FuzzEngines.generatorOptions(engines);
      if (!options.weights().exceptions()) {
        err.println("irc fuzz: irc does not support raise/try yet; programs are generated without them");
      }
      var generator = new ProgramGenerator(options);
      if (print != null) {
        out.print(generator.generate(print).source());
        return 0;
      }
      var harness = new DifferentialHarness(engines, generator, new ProgramShrinker(3000), failures);
      if (replay != null) {
        out.print(generator.generate(replay).source());
        DifferentialHarness.Result result = harness.check(replay);
        out.println("verdict: " + result.verdict());
        result.failure().ifPresent(f -> out.print(f.report()));
        return result.failure().isPresent() ? 1 : 0;
      }
      return campaign(harness, seed, minutes, maxPrograms, out, err);
    } finally {
      engines.forEach(Engine::close);
    }
  }

  private static int campaign(DifferentialHarness harness, long seed, double minutes, long maxPrograms, PrintStream out, PrintStream err) {
    out.println("irc fuzz: seed " + seed + ", engines " + String.join(" vs ", harness.engineNames()) + ", "
        + minutes + " min");
    long start = System.nanoTime();
    long deadline = start + (long) (minutes * 60e9);
    long lastProgress = 0;
    int failures = 0;
    int skipped = 0;
    long programs = 0;
    while (programs < maxPrograms && System.nanoTime() < deadline) {
      DifferentialHarness.Result result = harness.check(DifferentialHarness.programSeed(seed, programs));
      programs++;
      if (result.verdict() instanceof Verdict.Skipped) {
        skipped++;
      }
      if (result.failure().isPresent()) {
        failures++;
        err.println();
        out.println(result.failure().get().report());
      }
      long now = System.nanoTime();
      if (now - lastProgress > 1_000_000_000L) {
        lastProgress = now;
        err.print("\r" + progress(programs, failures, skipped, now - start));
        err.flush();
      }
    }
    err.println("\r" + progress(programs, failures, skipped, System.nanoTime() - start));
    out.println("irc fuzz: " + programs + " programs, " + failures + " failures, " + skipped + " skipped (seed " + seed + ")");
    return failures == 0 ? 0 : 1;
  }

  private static String progress(long programs, int failures, int skipped, long nanos) {
    double seconds = nanos / 1e9;
    return String.format("programs %d  failures %d  skipped %d  rate %.1f/s  elapsed %d:%02d", programs, failures, skipped,
        programs / Math.max(seconds, 1e-3), (long) seconds / 60, (long) seconds % 60);
  }
}
