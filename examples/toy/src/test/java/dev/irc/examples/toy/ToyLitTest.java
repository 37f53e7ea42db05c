package dev.irc.examples.toy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.irc.lit.LitResult;
import dev.irc.lit.LitRunner;
import dev.irc.lit.LitTestDiscovery;
import dev.irc.lit.LitTestFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs this project's lit tests ({@code src/test/lit/*.mlir}, {@code // RUN:} lines) with irc's
 * lit runner: {@code irc-opt}, {@code irc-runner} and {@code filecheck} run in-process on the test
 * class path, where the toy dialect, its pass and its runner externals already are (no plugin
 * flag needed); {@code LitTestDiscovery.discoverIn} finds them.
 */
class ToyLitTest {
  private static final Path LIT = Path.of("src/test/lit");

  @TestFactory
  Stream<DynamicTest> litTests() {
    List<Path> files = LitTestDiscovery.discoverIn(LIT);
    assertFalse(files.isEmpty(), "no lit tests under " + LIT.toAbsolutePath());
    LitRunner runner = LitRunner.standard();
    return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
      LitResult result = runner.run(LitTestFile.read(path));
      if (!result.passed()) {
        fail(result.report());
      }
    }));
  }
}
