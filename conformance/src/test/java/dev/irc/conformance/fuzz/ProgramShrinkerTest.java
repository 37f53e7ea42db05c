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
      // print(a // b) in the module code, or in the one function left (a statement never leaves its function).
      assertTrue(shrunk.size() <= 4 || shrunk.main().isEmpty() && shrunk.size() <= 5, "not minimal:\n" + shrunk.source());
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

  @Test
  void shrinksATryToItsEssentials() {
    var generator = new ProgramGenerator(GeneratorOptions.defaults());
    int shrunkSeeds = 0;
    for (long seed = 0; seed < 60 && shrunkSeeds < 5; seed++) {
      FuzzProgram program = generator.generate(seed);
      java.util.function.Predicate<FuzzProgram> property = p -> p.source().contains("except ValueError") && p.source().contains("raise ValueError");
      if (!property.test(program)) {
        continue;
      }
      shrunkSeeds++;
      FuzzProgram shrunk = new ProgramShrinker(20000).shrink(program, property);
      assertTrue(property.test(shrunk));
      // At most a try, a raise and a handler, and an if around them.
      assertTrue(shrunk.size() <= 8, "not minimal:\n" + shrunk.source());
    }
    assertTrue(shrunkSeeds > 0);
  }

  @Test
  void reducesTryHandlersAndRaise() {
    var raise = new FuzzStmt.Raise(new FuzzStmt.ExceptionValue("ValueError", java.util.Optional.of(new FuzzExpr.Literal("\"x\""))),
        java.util.Optional.of(new FuzzStmt.ExceptionValue("KeyError", java.util.Optional.empty())));
    var printE = new FuzzStmt.Print(java.util.List.of(new FuzzExpr.Name("e0")), java.util.Optional.empty(), java.util.Optional.empty());
    var aTry = new FuzzStmt.Try(
        java.util.List.of(new FuzzStmt.If(new FuzzExpr.Literal("1"), java.util.List.of(raise), java.util.List.of())),
        java.util.List.of(
            new FuzzStmt.Handler(java.util.List.of("TypeError", "ValueError"), java.util.Optional.of("e0"), java.util.List.of(printE)),
            new FuzzStmt.Handler(java.util.List.of(), java.util.Optional.empty(), java.util.List.of(new FuzzStmt.Reraise()))),
        java.util.List.of(new FuzzStmt.Pass()),
        java.util.List.of(new FuzzStmt.Print(java.util.List.of(), java.util.Optional.empty(), java.util.Optional.empty())));
    var program = new FuzzProgram(java.util.List.of(), java.util.List.of(aTry));
    assertEquals("""
        import math
        try:
            if 1:
                raise ValueError("x") from KeyError
        except (TypeError, ValueError) as e0:
            print(e0)
        except:
            raise
        else:
            pass
        finally:
            print()
        """, program.source());
    FuzzProgram shrunk = new ProgramShrinker(1000).shrink(program,
        p -> p.source().contains("except ValueError") && p.source().contains("raise ValueError"));
    assertEquals("""
        import math
        try:
            raise ValueError
        except ValueError:
            pass
        """, shrunk.source());
    FuzzProgram toBody = new ProgramShrinker(1000).shrink(program, p -> p.source().contains("raise ValueError"));
    assertEquals("import math\nraise ValueError\n", toBody.source());
  }
}
