package dev.irc.ir.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code --verify-diagnostics} checker on annotations it must not choke on. */
class ExpectedDiagnosticsTest {
  @Test
  void lineTargetBeyondAnyLineIsReportedAsUnmet() {
    var source = new SourceFile("t.mlir", "// expected-error@+99999999999 {{x}}\n// expected-error@4294967296 {{y}}\n");
    List<Diagnostic> problems = ExpectedDiagnostics.scan(source).check(List.of());
    assertEquals(2, problems.size());
    assertTrue(problems.getFirst().message().contains("expected error \"x\" was not produced"));
    assertEquals(Location.of("t.mlir", 1, 4), problems.getFirst().location());
  }

  @Test
  void relativeTargetsStillWork() {
    var source = new SourceFile("t.mlir", "\n// expected-error@-1 {{x}}\n");
    assertTrue(ExpectedDiagnostics.scan(source).check(List.of(Diagnostic.error(Location.of("t.mlir", 1, 1), "x"))).isEmpty());
  }
}
