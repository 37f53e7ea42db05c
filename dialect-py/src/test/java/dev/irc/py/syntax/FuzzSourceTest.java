package dev.irc.py.syntax;

import static org.junit.jupiter.api.Assertions.fail;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Robustness: on thousands of malformed inputs the front end either parses or throws a
 * {@link DiagnosticException} located inside the file. Anything else (a stray exception, a
 * stack overflow, a location past the end) fails and prints the seed and the input.
 *
 * <p>{@code -Dirc.seed=N} replays one seed; otherwise a fixed seed plus three fresh ones run.
 */
class FuzzSourceTest {
  private static final long DEFAULT_SEED = 20250101L;
  private static final int INPUTS_PER_SEED = 1000;

  @Test
  void parserNeverCrashes() {
    List<Long> seeds = new ArrayList<>();
    String property = System.getProperty("irc.seed");
    if (property != null && !property.isBlank()) {
      seeds.add(Long.parseLong(property.trim()));
    } else {
      seeds.add(DEFAULT_SEED);
      var fresh = new Random();
      for (int i = 0; i < 3; i++) {
        seeds.add(fresh.nextLong());
      }
    }
    List<String> programs = new ArrayList<>(SourceCorpus.validPrograms().values());
    for (long seed : seeds) {
      var mutator = new SourceMutator(seed);
      for (int i = 0; i < INPUTS_PER_SEED; i++) {
        String input = mutator.next(programs);
        check(seed, i, input, seeds);
      }
    }
  }

  private static void check(long seed, int index, String input, List<Long> seeds) {
    var source = new SourceFile("fuzz.py", input);
    try {
      PythonParser.parse(source);
    } catch (DiagnosticException e) {
      if (e.diagnostics().isEmpty()) {
        report(seed, index, input, seeds, "DiagnosticException without diagnostics", null);
      }
      for (Diagnostic diagnostic : e.diagnostics()) {
        if (!insideFile(diagnostic.location(), source)) {
          report(seed, index, input, seeds,
              "location outside the file: " + diagnostic.location() + " " + diagnostic.message(), null);
        }
      }
    } catch (Throwable t) {
      report(seed, index, input, seeds, t.toString(), t);
    }
  }

  private static boolean insideFile(Location location, SourceFile source) {
    if (!(location instanceof Location.FileLineCol(String file, int line, int column))) {
      return false;
    }
    if (!file.equals(source.name()) || line < 1 || line > source.lineCount()) {
      return false;
    }
    int end = line < source.lineCount() ? source.lineStart(line + 1) - 1 : source.text().length();
    return column >= 1 && column <= end - source.lineStart(line) + 1;
  }

  private static void report(long seed, int index, String input, List<Long> seeds, String problem, Throwable cause) {
    String message = "front end failed on input #" + index + " of seed " + seed
        + " (replay with -Dirc.seed=" + seed + "; seeds this run: " + seeds + ")\n"
        + problem + "\ninput (Java-escaped):\n\"" + escape(input) + "\"";
    if (cause != null) {
      fail(message, cause);
    }
    fail(message);
  }

  private static String escape(String input) {
    var out = new StringBuilder();
    input.chars().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c));
      }
    });
    return out.toString();
  }
}
