package dev.irc.ir.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --verify-diagnostics} checker: reads {@code expected-error@+1 {{text}}} style
 * annotations from a source file and compares them with the diagnostics actually produced.
 *
 * <p>An annotation names a severity ({@code error}, {@code warning}, {@code note},
 * {@code remark}), a line ({@code @+N} / {@code @-N} relative, {@code @N} absolute,
 * {@code @above} / {@code @below}; the annotation's own line by default) and text that must
 * occur in the message. Every diagnostic must be expected and every expectation met.
 */
public final class ExpectedDiagnostics {
  private static final Pattern ANNOTATION = Pattern.compile(
      "expected-(error|warning|note|remark)\\s*(@(above|below|[+-]?\\d+))?\\s*\\{\\{(.*?)\\}\\}");

  /** One annotation: what is expected, and where the annotation itself is written. */
  public record Expectation(Severity severity, int line, String text, Location annotation) {}

  private final SourceFile source;
  private final List<Expectation> expectations;

  private ExpectedDiagnostics(SourceFile source, List<Expectation> expectations) {
    this.source = source;
    this.expectations = expectations;
  }

  /** Collects the annotations of {@code source}; a malformed line target is itself reported. */
  public static ExpectedDiagnostics scan(SourceFile source) {
    var expectations = new ArrayList<Expectation>();
    for (int line = 1; line <= source.lineCount(); line++) {
      Matcher matcher = ANNOTATION.matcher(source.lineText(line));
      while (matcher.find()) {
        Severity severity = Severity.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
        String target = matcher.group(3);
        int expectedLine;
        if (target == null) {
          expectedLine = line;
        } else if (target.equals("above")) {
          expectedLine = line - 1;
        } else if (target.equals("below")) {
          expectedLine = line + 1;
        } else {
          // A target past any possible line can never be met, so it is reported as unmet.
          var number = new java.math.BigInteger(target);
          if (target.startsWith("+") || target.startsWith("-")) {
            number = number.add(java.math.BigInteger.valueOf(line));
          }
          expectedLine = number.bitLength() < 32 ? number.intValue() : Integer.MIN_VALUE;
        }
        Location at = Location.of(source.name(), line, matcher.start() + 1);
        expectations.add(new Expectation(severity, expectedLine, matcher.group(4), at));
      }
    }
    return new ExpectedDiagnostics(source, expectations);
  }

  public List<Expectation> expectations() {
    return List.copyOf(expectations);
  }

  /**
   * Matches {@code produced} (notes of a diagnostic count as diagnostics of their own) against the
   * expectations; returns the mismatches as error diagnostics, empty when everything matched.
   */
  public List<Diagnostic> check(List<Diagnostic> produced) {
    var flat = new ArrayList<Diagnostic>();
    for (Diagnostic diagnostic : produced) {
      flat.add(diagnostic);
      flat.addAll(diagnostic.notes());
    }
    var unmet = new ArrayList<>(expectations);
    var problems = new ArrayList<Diagnostic>();
    for (Diagnostic diagnostic : flat) {
      Expectation match = null;
      for (Expectation expectation : unmet) {
        if (matches(expectation, diagnostic)) {
          match = expectation;
          break;
        }
      }
      if (match != null) {
        unmet.remove(match);
      } else {
        Location where = isInThisFile(diagnostic.location()) ? diagnostic.location() : Location.of(source.name(), 1, 1);
        problems.add(Diagnostic.error(where, "unexpected " + diagnostic.severity().label() + ": " + diagnostic.message()));
      }
    }
    for (Expectation expectation : unmet) {
      problems.add(Diagnostic.error(expectation.annotation(), "expected " + expectation.severity().label()
          + " \"" + expectation.text() + "\" was not produced"));
    }
    return problems;
  }

  private boolean isInThisFile(Location location) {
    return location instanceof Location.FileLineCol(String file, int line, int column) && file.equals(source.name());
  }

  private boolean matches(Expectation expectation, Diagnostic diagnostic) {
    return diagnostic.severity() == expectation.severity()
        && diagnostic.location() instanceof Location.FileLineCol(String file, int line, int column)
        && file.equals(source.name())
        && line == expectation.line()
        && diagnostic.message().contains(expectation.text());
  }
}
