package dev.irc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the corpus in {@code filecheck-agreement/} through our FileCheck and, when installed,
 * LLVM's, and checks both give the recorded verdict.
 */
class FileCheckAgreementTest {
  private static final Path LLVM_FILECHECK = Path.of("/usr/lib/llvm-19/bin/FileCheck");

  @TempDir Path scratch;

  /** One corpus file: {@code #### expect:}, {@code #### args:}, check and input sections. */
  record Case(String name, boolean expectPass, List<String> args, String checks, String input) {
    static Case read(Path file) throws IOException {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String[] header = text.split("\n", 3);
      boolean pass = header[0].strip().equals("#### expect: pass");
      String args = header[1].replaceFirst("^#### args:", "").strip();
      String body = header[2];
      String checks = body.substring("#### check\n".length(), body.indexOf("#### input\n"));
      String input = body.substring(body.indexOf("#### input\n") + "#### input\n".length());
      String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
      return new Case(name, pass,
          args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+")), checks, input);
    }
  }

  static List<Case> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(FileCheckAgreementTest.class.getResource("/filecheck-agreement").toURI());
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        cases.add(Case.read(file));
      }
    }
    return cases;
  }

  private int runOurs(Case c, Path checkFile) {
    List<String> args = new ArrayList<>(List.of(checkFile.toString()));
    args.addAll(c.args());
    return FileCheckMain.run(args,
        new ByteArrayInputStream(c.input().getBytes(StandardCharsets.UTF_8)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static int runLlvm(Case c, Path checkFile, Path inputFile) throws Exception {
    List<String> command = new ArrayList<>(List.of(LLVM_FILECHECK.toString(), checkFile.toString()));
    command.addAll(c.args());
    command.add("--dump-input=never");
    Process process = new ProcessBuilder(command)
        .redirectInput(inputFile.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("LLVM FileCheck timed out on " + c.name());
    }
    return process.exitValue();
  }

  private Path write(Case c, String suffix, String text) throws IOException {
    return Files.writeString(scratch.resolve(c.name() + suffix), text, StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> oursGivesTheRecordedVerdict() throws Exception {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      int code = runOurs(c, write(c, ".check", c.checks()));
      assertEquals(c.expectPass(), code == 0, "irc FileCheck exit code " + code);
    }));
  }

  @TestFactory
  Stream<DynamicTest> llvmAgreesWithOurs() throws Exception {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assumeTrue(Files.isExecutable(LLVM_FILECHECK),
          "LLVM FileCheck not installed at " + LLVM_FILECHECK + " (apt install llvm-19-tools)");
      Path checkFile = write(c, ".check", c.checks());
      Path inputFile = write(c, ".input", c.input());
      int ours = runOurs(c, checkFile);
      int llvm = runLlvm(c, checkFile, inputFile);
      assertEquals(llvm == 0, ours == 0,
          "verdicts differ: LLVM exit " + llvm + ", irc exit " + ours);
      assertEquals(c.expectPass(), llvm == 0, "LLVM disagrees with the recorded verdict");
    }));
  }
}
