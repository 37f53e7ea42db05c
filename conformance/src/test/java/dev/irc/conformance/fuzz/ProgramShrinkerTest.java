package dev.irc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shrinking keeps the failure and reduces a large program to a handful of nodes. */
class ProgramShrinkerTest {
  @Test
  void shrinksToAMinimalProgramKeepingTheProperty() {
    var generator = new ProgramGenerator(GeneratorOptions.defaults());
    int shrunkSeeds = 0;
    for (long seed = 0; seed < 40 && shrunkSeeds < 5; seed++) {
      FuzzProgram program = generator.generate(seed);
      if (!program.source().contains(" // ")) {
        continue;
      }
      shrunkSeeds++;
      FuzzProgram shrunk = new ProgramShrinker(5000).shrink(program, p -> p.source().contains(" // "));
      assertTrue(shrunk.source().contains(" // "));
      assertTrue(shrunk.size() <= 4, "not minimal:\n" + shrunk.source());
    }
    assertTrue(shrunkSeeds > 0);
  }

  @Test
  void inlinesFunctionsThatOnlyReturn() {
    var program = new FuzzProgram(
        java.util.List.of(new FuzzFunction("f", java.util.List.of("a"), java.util.List.of(),
            java.util.List.of(new FuzzStmt.Return(new FuzzExpr.Binary("%", new FuzzExpr.Name("a"), new FuzzExpr.Literal("7")))))),
        java.util.List.of(new FuzzStmt.Print(java.util.List.of(new FuzzExpr.Call("f", java.util.List.of(new FuzzExpr.Literal("9")))),
            java.util.Optional.empty(), java.util.Optional.empty())));
    FuzzProgram shrunk = new ProgramShrinker(100).shrink(program, p -> p.source().contains("9 % 7"));
    assertEquals("import math\nprint(9 % 7)\n", shrunk.source());
  }
}
