package dev.irc.conformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.conformance.engine.DriverEngine;
import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone conformance runner: statuses, headers, summary table, JUnit XML, the CLI. */
class ConformanceRunnerTest {
  @TempDir
  Path dir;

  private void program(String name, String source, String stdout, String stderrLast, int exit) throws IOException {
    Files.writeString(dir.resolve(name + ".py"), source);
    Files.writeString(dir.resolve(name + ".stdout"), stdout);
    Files.writeString(dir.resolve(name + ".stderr-last"), stderrLast + "\n");
    Files.writeString(dir.resolve(name + ".exit"), exit + "\n");
  }

  @Test
  void passFailAndUnsupportedPerArea() throws IOException {
    program("ok", "# tier: 1  area: floats\nprint(0.1 + 0.2)\n", "0.30000000000000004\n", "", 0);
    program("wrong", "# tier: 1  area: floats\nprint(1)\n", "2\n", "", 0);
    program("lists", "# tier: 2  area: lists\nprint([1])\n", "[1]\n", "", 0);
    program("raises", "# tier: 1  area: errors\nprint(1 // 0)\n", "", "ZeroDivisionError: integer division or modulo by zero", 1);
    List<ProgramResult> results = new ConformanceRunner(DriverEngine.interp(60_000)).run(SuiteProgram.loadAll(dir));
    assertEquals(List.of(ProgramResult.Status.UNSUPPORTED, ProgramResult.Status.PASSED, ProgramResult.Status.PASSED,
        ProgramResult.Status.FAILED), results.stream().map(ProgramResult::status).toList());
    assertEquals(new ProgramHeader(2, "lists"), results.getFirst().program().header());
    assertEquals("""
        area    passed  failed  unsupported
        errors       1       0            0
        floats       1       1            0
        lists        0       0            1
        total        2       1            1
        """, SummaryTable.render(results));
  }

  @Test
  void commandWritesJUnitXmlAndFailsOnFailures() throws IOException {
    program("ok", "# tier: 1  area: print\nprint(1, 2, sep='-')\n", "1-2\n", "", 0);
    program("lists", "# tier: 2  area: lists\nprint([1])\n", "[1]\n", "", 0);
    Path xml = dir.resolve("report/junit.xml");
    var out = new ByteArrayOutputStream();
    int code = IrcMain.run(List.of("conformance", dir.toString(), "--junit-xml", xml.toString()),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    String report = Files.readString(xml);
    assertTrue(report.contains("tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\""), report);
    assertTrue(report.contains("<skipped message=\"a list is not supported\"/>"), report);
    Files.writeString(dir.resolve("ok.stdout"), "1 2\n");
    assertEquals(1, IrcMain.run(List.of("conformance", dir.toString()), new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
  }

  @Test
  void everyProgramOfTheSuiteHasAHeader() {
    Path programs = Path.of("programs").toAbsolutePath();
    if (!Files.isDirectory(programs)) {
      programs = Path.of("conformance/programs").toAbsolutePath();
    }
    for (SuiteProgram p : SuiteProgram.loadAll(programs)) {
      assertTrue(p.header().tier() >= 1, p.name() + " has no '# tier: N  area: X' first line");
    }
  }
}
