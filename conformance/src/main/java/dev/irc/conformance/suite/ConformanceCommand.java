package dev.irc.conformance.suite;

import dev.irc.conformance.engine.CPythonEngine;
import dev.irc.conformance.engine.Engine;
import dev.irc.conformance.engine.DriverEngine;
import dev.irc.tools.run.Subcommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code irc conformance DIR [--mode interp|arith-interp|jit|cpython] [--junit-xml FILE] [-v]}: runs every
 * {@code .py} program of DIR with recorded expectations in one mode, prints failures, the
 * summary table per feature area, and optionally a JUnit XML report. Exit code 1 if any failed.
 * Mode {@code cpython} checks the recorded expectations themselves.
 */
public final class ConformanceCommand implements Subcommand {
  private static final String USAGE = "usage: irc conformance DIR [--mode interp|arith-interp|jit|cpython] [--junit-xml FILE] [-v]\n";

  @Override
  public String name() {
    return "conformance";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    String mode = "interp";
    Path junit = null;
    Path directory = null;
    boolean verbose = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals("--mode") || arg.equals("--junit-xml")) && i + 1 >= args.size()) {
        err.print(USAGE);
        return 2;
      }
      switch (arg) {
        case "--mode" -> mode = args.get(++i);
        case "--junit-xml" -> junit = Path.of(args.get(++i));
        case "-v", "--verbose" -> verbose = true;
        case "-h", "--help" -> {
          out.print(USAGE);
          return 0;
        }
        default -> {
          if (arg.startsWith("-") || directory != null) {
            err.print(USAGE);
            return 2;
          }
          directory = Path.of(arg);
        }
      }
    }
    if (directory == null || !Files.isDirectory(directory)) {
      err.println("irc conformance: " + (directory == null ? "no directory given" : "not a directory: " + directory));
      err.print(USAGE);
      return 2;
    }
    Engine engine = switch (mode) {
      case "interp" -> DriverEngine.interp(60_000);
      case "arith-interp" -> DriverEngine.arithInterp(60_000);
      case "jit" -> DriverEngine.jit(60_000);
      case "cpython" -> new CPythonEngine("python3", 60);
      default -> null;
    };
    if (engine == null) {
      err.println("irc conformance: mode '" + mode + "' is not available yet (modes: interp, arith-interp, jit, cpython)");
      return 2;
    }
    List<ProgramResult> results;
    try (engine) {
      results = new ConformanceRunner(engine).run(SuiteProgram.loadAll(directory));
    }
    for (ProgramResult r : results) {
      if (r.status() == ProgramResult.Status.FAILED || (verbose && r.status() == ProgramResult.Status.UNSUPPORTED)) {
        out.println(r.status() + " " + r.program().name() + " [" + r.program().header().area() + "]");
        out.print(r.detail().indent(2));
      }
    }
    out.println("conformance " + directory + " (mode " + mode + "): " + results.size() + " programs");
    out.print(SummaryTable.render(results));
    if (junit != null) {
      try {
        JUnitXmlReport.write(junit, mode, results);
      } catch (IOException e) {
        err.println("irc conformance: cannot write " + junit + ": " + e.getMessage());
        return 1;
      }
    }
    return results.stream().anyMatch(r -> r.status() == ProgramResult.Status.FAILED) ? 1 : 0;
  }
}
