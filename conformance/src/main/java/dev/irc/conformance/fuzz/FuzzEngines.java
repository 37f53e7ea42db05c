package dev.irc.conformance.fuzz;

import dev.irc.conformance.engine.CPythonEngine;
import dev.irc.conformance.engine.Engine;
import dev.irc.conformance.engine.DriverEngine;
import dev.irc.conformance.engine.Outcome;
import dev.irc.conformance.engine.PipelineEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * The engines a fuzz campaign compares, oracle first: CPython 3.11 when {@code python3} is it,
 * then {@code irc run --interp}, then the evaluator after the py-level {@code canonicalize,cse}.
 * The JIT joins this list when it exists.
 */
public final class FuzzEngines {
  /** The py-level pipeline whose semantic preservation is checked. */
  public static final String PY_PIPELINE = "canonicalize,cse";
  private static final long EVALUATOR_TIMEOUT_MILLIS = 30_000;
  private static final double CPYTHON_TIME_LIMIT_SECONDS = 2.0;
  /** Every exception form the generator writes: an engine that rejects it makes a campaign leave them out. */
  static final String EXCEPTIONS_PROBE = """
      def f(n):
          try:
              if n > 0:
                  raise ValueError("x") from KeyError("y")
              raise TypeError
          except (ValueError, KeyError) as e:
              print("caught", e)
          except TypeError:
              try:
                  raise
              except:
                  pass
          else:
              pass
          finally:
              return n
      print(f(1), f(0))
      """;

  private FuzzEngines() {}

  /** The default engine list; {@code withCPython} false leaves CPython out even when present. */
  public static List<Engine> standard(boolean withCPython) {
    var engines = new ArrayList<Engine>();
    if (withCPython && CPythonEngine.isPython311("python3")) {
      engines.add(new CPythonEngine("python3", CPYTHON_TIME_LIMIT_SECONDS));
    }
    engines.add(DriverEngine.interp(EVALUATOR_TIMEOUT_MILLIS));
    engines.add(new PipelineEngine(PY_PIPELINE, EVALUATOR_TIMEOUT_MILLIS));
    engines.add(DriverEngine.jitWithoutCache(EVALUATOR_TIMEOUT_MILLIS));
    return engines;
  }

  /**
   * The generator options for a campaign on {@code engines}: the defaults, without {@code raise}
   * and {@code try} when one of the engines rejects them as not supported (irc before it
   * supported exceptions), so that the campaign tests everything else instead of reporting every
   * program with a try.
   */
  public static GeneratorOptions generatorOptions(List<Engine> engines) {
    GeneratorOptions options = GeneratorOptions.defaults();
    return supportExceptions(engines) ? options : options.withWeights(options.weights().withoutExceptions());
  }

  /** Whether no engine reports {@link #EXCEPTIONS_PROBE} as not supported. */
  public static boolean supportExceptions(List<Engine> engines) {
    return engines.stream().noneMatch(e -> e.run("probe.py", EXCEPTIONS_PROBE).kind() == Outcome.Kind.UNSUPPORTED);
  }
}
