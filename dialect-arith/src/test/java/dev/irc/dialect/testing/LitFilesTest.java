package dev.irc.dialect.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.ExpectedDiagnostics;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks this module's lit files in-process without FileCheck: every {@code *-roundtrip.mlir}
 * prints and parses back to the same text (also through the generic form), and every
 * {@code *-invalid.mlir} produces exactly its {@code expected-error} diagnostics. The lit runner
 * checks the CHECK lines on top.
 */
class LitFilesTest {
  private static final Path LIT = Path.of("src/test/lit");

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(LIT)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> roundTrips() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    for (Path file : files("-roundtrip.mlir")) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        String custom = print(TestIr.parse(Files.readString(file)), false);
        assertEquals(custom, print(TestIr.parse(custom), false), "custom form is not a fixpoint");
        String generic = print(TestIr.parse(custom), true);
        assertFalse(generic.contains("func.func @"), "generic form printed custom syntax");
        assertEquals(custom, print(TestIr.parse(generic), false), "generic form does not parse back");
      }));
    }
    assertFalse(tests.isEmpty());
    return tests;
  }

  @TestFactory
  List<DynamicTest> expectedDiagnostics() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    for (Path file : files("-invalid.mlir")) {
      List<SourceFile> chunks = split(file.getFileName().toString(), Files.readString(file));
      for (int i = 0; i < chunks.size(); i++) {
        SourceFile chunk = chunks.get(i);
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " #" + i, () -> {
          var diagnostics = new DiagnosticEngine();
          IrContext context = TestIr.context();
          try {
            Operation module = IrParser.parseModule(context, chunk);
            Verifier.verify(module, diagnostics);
          } catch (DiagnosticException e) {
            e.diagnostics().forEach(diagnostics::emit);
          }
          ExpectedDiagnostics expected = ExpectedDiagnostics.scan(chunk);
          assertFalse(expected.expectations().isEmpty(), "a case without expected-error");
          List<Diagnostic> problems = expected.check(diagnostics.diagnostics());
          assertTrue(problems.isEmpty(), problems.toString());
        }));
      }
    }
    assertFalse(tests.isEmpty());
    return tests;
  }

  private static String print(Operation module, boolean generic) {
    return AsmPrinter.printToString(module, new PrintOptions(generic, false));
  }

  /** Splits at {@code // -----} lines, keeping line numbers (earlier lines become empty). */
  private static List<SourceFile> split(String name, String text) {
    var chunks = new ArrayList<SourceFile>();
    String[] lines = text.split("\n", -1);
    var current = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("// -----")) {
        chunks.add(new SourceFile(name, "\n".repeat(start) + current));
        current.setLength(0);
        start = i + 1;
      } else {
        current.append(lines[i]).append('\n');
      }
    }
    chunks.add(new SourceFile(name, "\n".repeat(start) + current));
    return chunks;
  }
}
