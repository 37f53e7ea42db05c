package dev.irc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator is deterministic, only writes programs the front end accepts, and writes
 * raise and try statements that keep the program valid (checked on the model here; against
 * CPython in {@link GeneratedProgramsCPythonTest}).
 */
class ProgramGeneratorTest {
  private final ProgramGenerator generator = new ProgramGenerator(GeneratorOptions.defaults());

  @Test
  void sameSeedSameProgram() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(generator.generate(seed).source(), generator.generate(seed).source());
    }
  }

  /** With exceptions only while the front end supports them (then this covers them too). */
  @Test
  void programsImportWithoutDiagnostics() {
    GeneratorOptions options = GeneratorOptions.defaults();
    if (!frontEndAcceptsExceptions()) {
      options = options.withWeights(options.weights().withoutExceptions());
    }
    var accepted = new ProgramGenerator(options);
    for (long seed = 0; seed < 200; seed++) {
      String source = accepted.generate(seed).source();
      try {
        PythonImporter.importSource(new SourceFile("gen.py", source), AvailableDialects.newContext());
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e + "\n" + source, e);
      }
    }
  }

  @Test
  void weightsTurnFeaturesOff() {
    var noFloats = new FeatureWeights(10, 5, 6, 5, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    var plain = new ProgramGenerator(GeneratorOptions.defaults().withWeights(noFloats));
    var noExceptions = new ProgramGenerator(GeneratorOptions.defaults().withWeights(FeatureWeights.defaults().withoutExceptions()));
    for (long seed = 0; seed < 50; seed++) {
      String source = plain.generate(seed).source();
      assertTrue(!source.contains("math.sqrt") && !source.contains(" / "), source);
      String withoutExceptions = noExceptions.generate(seed).source();
      assertTrue(!withoutExceptions.contains("try:") && !withoutExceptions.contains("raise"), withoutExceptions);
    }
  }

  @Test
  void defaultProgramsRaiseAndCatch() {
    int withTry = 0;
    int withRaise = 0;
    var forms = new java.util.TreeSet<String>();
    for (long seed = 0; seed < 300; seed++) {
      var programForms = new HashSet<String>();
      FuzzProgram program = generator.generate(seed);
      program.functions().forEach(f -> census(f.body(), programForms, true));
      census(program.main(), programForms, false);
      withTry += programForms.contains("try") ? 1 : 0;
      withRaise += programForms.contains("raise") ? 1 : 0;
      forms.addAll(programForms);
    }
    assertTrue(withTry > 300 / 2, "try in " + withTry + " of 300 programs");
    assertTrue(withRaise > 300 / 2, "raise in " + withRaise + " of 300 programs");
    assertEquals(new java.util.TreeSet<>(List.of("try", "raise", "raise E", "raise E(message)", "raise E(int)", "raise from",
        "bare raise", "except E", "except (E1, E2)", "except:", "except as", "else", "finally", "try/finally",
        "return in try", "return in handler", "return in finally", "break/continue in finally", "nested try")), forms);
  }

  /** Exceptions make programs larger, by less than half (a campaign runs fewer programs per minute). */
  @Test
  void exceptionsKeepProgramsSmall() {
    var without = new ProgramGenerator(GeneratorOptions.defaults().withWeights(FeatureWeights.defaults().withoutExceptions()));
    long sizeWith = 0;
    long sizeWithout = 0;
    for (long seed = 0; seed < 300; seed++) {
      sizeWith += generator.generate(seed).size();
      sizeWithout += without.generate(seed).size();
    }
    assertTrue(sizeWith < sizeWithout * 3 / 2, "mean size " + sizeWith / 300 + " with exceptions, " + sizeWithout / 300 + " without");
  }

  /** The exception forms in {@code block}, by name. */
  private static void census(List<FuzzStmt> block, Set<String> forms, boolean inTry) {
    for (FuzzStmt statement : block) {
      switch (statement) {
        case FuzzStmt.If(var c, List<FuzzStmt> then, List<FuzzStmt> otherwise) -> {
          census(then, forms, inTry);
          census(otherwise, forms, inTry);
        }
        case FuzzStmt.ForRange(var v, var b, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
          census(body, forms, inTry);
          census(orelse, forms, inTry);
        }
        case FuzzStmt.CountedWhile(var c, var l, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
          census(body, forms, inTry);
          census(orelse, forms, inTry);
        }
        case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) -> {
          forms.add("try");
          if (inTry) {
            forms.add("nested try");
          }
          if (handlers.isEmpty()) {
            forms.add("try/finally");
          }
          if (!orelse.isEmpty()) {
            forms.add("else");
          }
          if (!finalbody.isEmpty()) {
            forms.add("finally");
            if (finalbody.getLast() instanceof FuzzStmt.Return) {
              forms.add("return in finally");
            }
            if (finalbody.stream().anyMatch(s -> s instanceof FuzzStmt.Break || s instanceof FuzzStmt.Continue
                || s instanceof FuzzStmt.If(var c, var t, var o) && (t.getFirst() instanceof FuzzStmt.Break || t.getFirst() instanceof FuzzStmt.Continue))) {
              forms.add("break/continue in finally");
            }
          }
          if (body.stream().anyMatch(s -> s instanceof FuzzStmt.Return)) {
            forms.add("return in try");
          }
          for (FuzzStmt.Handler handler : handlers) {
            forms.add(switch (handler.types().size()) {
              case 0 -> "except:";
              case 1 -> "except E";
              default -> "except (E1, E2)";
            });
            handler.name().ifPresent(n -> forms.add("except as"));
            if (handler.body().stream().anyMatch(s -> s instanceof FuzzStmt.Return)) {
              forms.add("return in handler");
            }
            census(handler.body(), forms, true);
          }
          census(body, forms, true);
          census(orelse, forms, true);
          census(finalbody, forms, true);
        }
        case FuzzStmt.Raise(FuzzStmt.ExceptionValue e, var cause) -> {
          forms.add("raise");
          forms.add(e.argument().isEmpty() ? "raise E"
              : e.argument().get() instanceof FuzzExpr.Literal(String text) && text.startsWith("\"") ? "raise E(message)" : "raise E(int)");
          cause.ifPresent(c -> forms.add("raise from"));
        }
        case FuzzStmt.Reraise r -> {
          forms.add("raise");
          forms.add("bare raise");
        }
        default -> { }
      }
    }
  }

  /**
   * The rules Python does not check until run time: the name of {@code except E as e} is read
   * only in its own handler, and each handler has its own name (a nested handler of the same
   * name would delete the outer one's); a bare {@code raise} only in a handler; {@code break}
   * and {@code continue} only in loops, {@code return} only in functions.
   */
  @Test
  void handlerNamesAndJumpsStayInTheirPlace() {
    for (long seed = 0; seed < 500; seed++) {
      FuzzProgram program = generator.generate(seed);
      var names = new HashSet<String>();
      try {
        for (FuzzFunction function : program.functions()) {
          check(function.body(), new Context(Set.of(), false, true, false), names);
        }
        check(program.main(), new Context(Set.of(), false, false, false), names);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + program.source(), e);
      }
    }
  }

  private record Context(Set<String> handlerNames, boolean inLoop, boolean inFunction, boolean inHandler) {
    Context loop() {
      return new Context(handlerNames, true, inFunction, inHandler);
    }
  }

  private static void check(List<FuzzStmt> block, Context context, Set<String> allNames) {
    for (FuzzStmt statement : block) {
      switch (statement) {
        case FuzzStmt.If(FuzzExpr c, List<FuzzStmt> then, List<FuzzStmt> otherwise) -> {
          reads(c, context);
          check(then, context, allNames);
          check(otherwise, context, allNames);
        }
        case FuzzStmt.ForRange(var v, var b, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
          check(body, context.loop(), allNames);
          check(orelse, context, allNames);
        }
        case FuzzStmt.CountedWhile(var c, var l, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
          check(body, context.loop(), allNames);
          check(orelse, context, allNames);
        }
        case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) -> {
          check(body, context, allNames);
          for (FuzzStmt.Handler handler : handlers) {
            var inside = new HashSet<>(context.handlerNames());
            handler.name().ifPresent(name -> {
              assertTrue(allNames.add(name), "handler name " + name + " used twice");
              inside.add(name);
            });
            check(handler.body(), new Context(inside, context.inLoop(), context.inFunction(), true), allNames);
          }
          check(orelse, context, allNames);
          check(finalbody, context, allNames);
        }
        case FuzzStmt.Reraise() -> assertTrue(context.inHandler(), "bare raise outside a handler");
        case FuzzStmt.Break() -> assertTrue(context.inLoop(), "break outside a loop");
        case FuzzStmt.Continue() -> assertTrue(context.inLoop(), "continue outside a loop");
        case FuzzStmt.Return(FuzzExpr value) -> {
          assertTrue(context.inFunction(), "return outside a function");
          reads(value, context);
        }
        case FuzzStmt.Print(List<FuzzExpr> arguments, var sep, var end) -> arguments.forEach(a -> reads(a, context));
        case FuzzStmt.Assign(var t, FuzzExpr value) -> reads(value, context);
        case FuzzStmt.AugAssign(var t, var op, FuzzExpr value) -> reads(value, context);
        case FuzzStmt.ExprStmt(FuzzExpr value) -> reads(value, context);
        case FuzzStmt.Assert(FuzzExpr c, var m) -> reads(c, context);
        case FuzzStmt.Raise(FuzzStmt.ExceptionValue e, Optional<FuzzStmt.ExceptionValue> cause) -> {
          assertTrue(ExceptionTypes.NAMES.contains(e.type()), e.type());
          e.argument().ifPresent(a -> reads(a, context));
        }
        case FuzzStmt.Pass p -> { }
        case FuzzStmt.Global g -> { }
      }
    }
  }

  private static void reads(FuzzExpr expr, Context context) {
    var stack = new ArrayList<FuzzExpr>(List.of(expr));
    while (!stack.isEmpty()) {
      FuzzExpr e = stack.removeLast();
      switch (e) {
        case FuzzExpr.Name(String name) when name.matches("e\\d+") ->
            assertTrue(context.handlerNames().contains(name), name + " read outside its handler");
        case FuzzExpr.Binary(var op, FuzzExpr l, FuzzExpr r) -> stack.addAll(List.of(l, r));
        case FuzzExpr.Unary(var op, FuzzExpr o) -> stack.add(o);
        case FuzzExpr.Compare(List<FuzzExpr> operands, var ops) -> stack.addAll(operands);
        case FuzzExpr.BoolOp(var op, FuzzExpr l, FuzzExpr r) -> stack.addAll(List.of(l, r));
        case FuzzExpr.Conditional(FuzzExpr c, FuzzExpr t, FuzzExpr o) -> stack.addAll(List.of(c, t, o));
        case FuzzExpr.Call(var f, List<FuzzExpr> arguments) -> stack.addAll(arguments);
        default -> { }
      }
    }
  }

  private static boolean frontEndAcceptsExceptions() {
    try {
      PythonImporter.importSource(new SourceFile("probe.py", FuzzEngines.EXCEPTIONS_PROBE), AvailableDialects.newContext());
      return true;
    } catch (DiagnosticException e) {
      return false;
    }
  }
}
