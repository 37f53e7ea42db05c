package dev.irc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * print ∘ parse is a fixed point and parse ∘ print preserves structure, for every valid chunk of
 * the IR test corpus: printing, reparsing and printing again gives the same text, in the custom
 * and in the generic form.
 */
class RoundTripCorpusTest {
  private static final Path CORPUS = Path.of("src/test/lit");

  @TestFactory
  Stream<DynamicTest> everyValidChunkRoundTrips() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      files = walk.filter(p -> p.toString().endsWith(".mlir")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no corpus found under " + CORPUS.toAbsolutePath());
    var tests = new ArrayList<DynamicTest>();
    for (Path file : files) {
      String text = Files.readString(file);
      if (text.contains("expected-error") || text.contains("RUN: not ")) {
        continue;
      }
      String[] chunks = text.split("(?m)^// -----$");
      for (int i = 0; i < chunks.length; i++) {
        String chunk = chunks[i];
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " chunk " + i, () -> assertRoundTrips(file.toString(), chunk)));
      }
    }
    return tests.stream();
  }

  static void assertRoundTrips(String name, String text) {
    IrContext context = new IrContext().allowUnregisteredDialects(true);
    for (PrintOptions options : List.of(new PrintOptions(false, true), new PrintOptions(true, true))) {
      Operation first = IrParser.parseModule(context, new SourceFile(name, text));
      String printed = AsmPrinter.printToString(first, options);
      Operation second = IrParser.parseModule(context, new SourceFile(name + ".printed", printed));
      String reprinted = AsmPrinter.printToString(second, options);
      assertEquals(printed, reprinted, "print(parse(print(ir))) differs from print(ir)");
    }
  }
}
