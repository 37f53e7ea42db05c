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
      java.util.function.Predicate<FuzzProgram> property = p -> catchesOwnRaise(p.main())
          || p.functions().stream().anyMatch(f -> catchesOwnRaise(f.body()));
      if (!property.test(program)) {
        continue;
      }
      shrunkSeeds++;
      FuzzProgram shrunk = new ProgramShrinker(20000).shrink(program, property);
      assertTrue(property.test(shrunk));
      // A try, a raise and a handler, maybe in a function or an if.
      assertTrue(shrunk.size() <= 8, "not minimal:\n" + shrunk.source());
    }
    assertTrue(shrunkSeeds > 0);
  }

  /** Whether a try in {@code block} has an {@code except ValueError} and a {@code raise ValueError} in its body. */
  private static boolean catchesOwnRaise(java.util.List<FuzzStmt> block) {
    return block.stream().anyMatch(s -> s instanceof FuzzStmt.Try t
        && t.handlers().stream().anyMatch(h -> h.types().contains("ValueError")) && raisesValueError(t.body())
        || blocks(s).stream().anyMatch(ProgramShrinkerTest::catchesOwnRaise));
  }

  private static boolean raisesValueError(java.util.List<FuzzStmt> block) {
    return block.stream().anyMatch(s -> s instanceof FuzzStmt.Raise r && r.exception().type().equals("ValueError")
        || blocks(s).stream().anyMatch(ProgramShrinkerTest::raisesValueError));
  }

  private static java.util.List<java.util.List<FuzzStmt>> blocks(FuzzStmt statement) {
    return switch (statement) {
      case FuzzStmt.If i -> java.util.List.of(i.then(), i.otherwise());
      case FuzzStmt.ForRange f -> java.util.List.of(f.body(), f.orelse());
      case FuzzStmt.CountedWhile w -> java.util.List.of(w.body(), w.orelse());
      case FuzzStmt.Try t -> {
        var all = new java.util.ArrayList<>(java.util.List.of(t.body(), t.orelse(), t.finalbody()));
        t.handlers().forEach(h -> all.add(h.body()));
        yield all;
      }
      default -> java.util.List.of();
    };
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
