package dev.irc.conformance.fuzz;

import dev.irc.conformance.engine.Engine;
import dev.irc.conformance.engine.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Differential testing of generated programs: every engine runs each program, the first engine
 * is the oracle (CPython when it is there, else the reference evaluator) and every other engine
 * must give the same stdout, last stderr line and exit code. A disagreement is shrunk to a small
 * program that fails the same way, written to the failure directory and reported with its seed.
 */
public final class DifferentialHarness {
  private static final String FILE_NAME = "program.py";

  private final List<Engine> engines;
  private final ProgramGenerator generator;
  private final ProgramShrinker shrinker;
  private final Path failureDirectory;

  public DifferentialHarness(List<Engine> engines, ProgramGenerator generator, ProgramShrinker shrinker, Path failureDirectory) {
    if (engines.size() < 2) {
      throw new IllegalArgumentException("differential testing needs at least two engines");
    }
    this.engines = List.copyOf(engines);
    this.generator = generator;
    this.shrinker = shrinker;
    this.failureDirectory = failureDirectory;
  }

  /** The seed of the {@code index}-th program of a campaign with {@code masterSeed}; index 0 is the master seed. */
  public static long programSeed(long masterSeed, long index) {
    return masterSeed + index * 0x9E3779B97F4A7C15L;
  }

  public List<String> engineNames() {
    return engines.stream().map(Engine::name).toList();
  }

  /** Generates the program of {@code seed}, runs it, and on a disagreement shrinks and records it. */
  public Result check(long seed) {
    FuzzProgram program = generator.generate(seed);
    Verdict verdict = verdict(program.source());
    if (!(verdict instanceof Verdict.Disagree disagree)) {
      return new Result(seed, verdict, Optional.empty());
    }
    FuzzProgram shrunk = shrinker.shrink(program, candidate ->
        verdict(candidate.source()) instanceof Verdict.Disagree d && d.signature().equals(disagree.signature()));
    Verdict.Disagree shrunkVerdict = verdict(shrunk.source()) instanceof Verdict.Disagree d ? d : disagree;
    var failure = new Failure(seed, program, shrunk, shrunkVerdict, write(seed, shrunk));
    return new Result(seed, verdict, Optional.of(failure));
  }

  /** Runs {@code source} through every engine and compares with the oracle. */
  public Verdict verdict(String source) {
    var outcomes = new ArrayList<Outcome>();
    Outcome oracle = engines.getFirst().run(FILE_NAME, source);
    if (oracle.kind() != Outcome.Kind.RAN) {
      return new Verdict.Skipped(engines.getFirst().name() + ": " + oracle.kind() + " " + oracle.stderrLast());
    }
    outcomes.add(oracle);
    var signature = new TreeSet<String>();
    for (Engine engine : engines.subList(1, engines.size())) {
      Outcome outcome = engine.run(FILE_NAME, source);
      outcomes.add(outcome);
      if (!outcome.sameAs(oracle)) {
        signature.add(engine.name() + "[" + mismatch(oracle, outcome) + "]");
      }
    }
    return signature.isEmpty() ? new Verdict.Agree(oracle) : new Verdict.Disagree(engineNames(), outcomes, String.join(" ", signature));
  }

  private static String mismatch(Outcome oracle, Outcome other) {
    if (other.kind() != Outcome.Kind.RAN) {
      return other.kind().toString();
    }
    var parts = new ArrayList<String>();
    if (!other.stdout().equals(oracle.stdout())) {
      parts.add("stdout");
    }
    if (!other.stderrLast().equals(oracle.stderrLast())) {
      parts.add("stderr " + oracle.exceptionType() + "/" + other.exceptionType());
    }
    if (other.exitCode() != oracle.exitCode()) {
      parts.add("exit");
    }
    return String.join(",", parts);
  }

  private Path write(long seed, FuzzProgram shrunk) {
    try {
      Files.createDirectories(failureDirectory);
      Path file = failureDirectory.resolve("seed-" + Long.toString(seed) + ".py");
      Files.writeString(file, shrunk.source(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One program's verdict and, when the engines disagreed, the shrunk failure. */
  public record Result(long seed, Verdict verdict, Optional<Failure> failure) {}

  /** A disagreement: the seed, the generated and the shrunk program, what the engines said, where it was written. */
  public record Failure(long seed, FuzzProgram original, FuzzProgram shrunk, Verdict.Disagree verdict, Path file) {
    /** The report printed for a failure: seed, replay command, shrunk program, diff. */
    public String report() {
      return "engines disagree on the program of seed " + Long.toString(seed) + " (" + verdict.signature() + ")\n"
          + "replay: ./mvnw -o -pl conformance test -Dtest=DifferentialFuzzTest -Dirc.seed=" + Long.toString(seed)
          + "   or: bin/irc fuzz --replay " + Long.toString(seed) + "\n"
          + "shrunk program (" + original.size() + " -> " + shrunk.size() + " nodes), written to " + file + ":\n"
          + shrunk.source().indent(4)
          + "outcomes:\n" + verdict.diff();
    }
  }
}
