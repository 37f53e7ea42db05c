package dev.irc.lit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every lit test of the repository ({@code <module>/src/test/lit/**}), one test each. */
class LitSuiteTest {
  private static final Path ROOT = LitTestDiscovery.repositoryRoot();

  @TestFactory
  Stream<DynamicTest> litTests() {
    LitRunner runner = LitRunner.standard();
    return LitTestDiscovery.discover(ROOT).stream()
        .map(path -> DynamicTest.dynamicTest(
            ROOT.relativize(path).toString(),
            path.toUri(),
            () -> {
              LitResult result = runner.run(LitTestFile.read(path));
              if (!result.passed()) {
                fail(result.report());
              }
            }));
  }

  @Test
  void discoversThisModulesOwnLitTests() {
    assertTrue(
        LitTestDiscovery.discover(ROOT).stream()
            .anyMatch(p -> ROOT.relativize(p).startsWith(Path.of("conformance/src/test/lit"))),
        "no lit tests found under " + ROOT + "/conformance/src/test/lit");
  }
}
