package dev.irc.examples.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.examples.toy.toarith.ToyToArithPass;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.interp.Interpreter;
import dev.irc.testkit.Gen;
import dev.irc.testkit.Gens;
import dev.irc.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random straight-line toy functions (constants near 0, 1 and the 2^k boundaries, adds, muls,
 * prints of two i64 arguments) mean the same after each pipeline: interpreted before and after,
 * they print and return the same. Seeded and shrinking (irc's testkit); a failure prints the seed
 * and the shrunk program, replayed with {@code -Dirc.seed=N}.
 */
class ToySemanticsPropertyTest {
  private static final List<String> PIPELINES = List.of(
      "builtin.module(toy-to-arith)",
      "builtin.module(func.func(canonicalize))",
      "builtin.module(func.func(canonicalize),toy-to-arith)",
      "builtin.module(toy-to-arith,func.func(canonicalize,cse))");

  /** One op: 0 constant, 1 add, 2 mul, 3 print; operands pick earlier values by index. */
  private record Step(int kind, int lhs, int rhs, long constant) {}

  /** A function {@code @f(%a, %b)} of {@code steps} returning its last value, and the arguments it is called with. */
  private record Program(List<Step> steps, long a, long b) {
    String text() {
      var body = new StringBuilder("func.func @f(%v0: i64, %v1: i64) -> i64 {\n");
      int values = 2;
      for (Step step : steps) {
        String lhs = "%v" + Math.floorMod(step.lhs(), values);
        String rhs = "%v" + Math.floorMod(step.rhs(), values);
        switch (step.kind()) {
          case 0 -> body.append("  %v").append(values++).append(" = toy.constant ").append(step.constant()).append('\n');
          case 1 -> body.append("  %v").append(values++).append(" = toy.add ").append(lhs).append(", ").append(rhs).append('\n');
          case 2 -> body.append("  %v").append(values++).append(" = toy.mul ").append(lhs).append(", ").append(rhs).append('\n');
          default -> body.append("  toy.print ").append(lhs).append('\n');
        }
      }
      return body.append("  return %v").append(values - 1).append(" : i64\n}\n").toString();
    }

    @Override
    public String toString() {
      return "@f(" + a + ", " + b + ") of\n" + text();
    }
  }

  /** What a run printed and returned. */
  private record Run(String printed, List<Object> results) {}

  /** Constants: often 0 and 1 (what the rules match), else any size. */
  private static final Gen<Long> CONSTANT = Gens.frequency(List.of(
      Gens.weighted(1, Gens.elements(0L, 1L)), Gens.weighted(2, Gens.longs())));

  private static final Gen<Step> STEP = Gens.pairs(Gens.pairs(Gens.ints(0, 3), Gens.ints(0, 1000)),
          Gens.pairs(Gens.ints(0, 1000), CONSTANT))
      .map(p -> new Step(p.first().first(), p.first().second(), p.second().first(), p.second().second()));

  private static final Gen<Program> PROGRAM = Gens.pairs(Gens.listOf(STEP, 1, 16), Gens.pairs(Gens.longs(), Gens.longs()))
      .map(p -> new Program(p.first(), p.second().first(), p.second().second()));

  private static Run interpret(Operation module, Program program) {
    var bytes = new ByteArrayOutputStream();
    var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    var interpreter = new Interpreter().defineExternal(ToyToArithPass.PRINT_FUNCTION, args -> {
      out.println((long) (Long) args.getFirst());
      return List.of();
    });
    List<Object> results = ToyOutput.printingTo(out,
        () -> interpreter.call(module, "f", List.of(program.a(), program.b())));
    return new Run(bytes.toString(StandardCharsets.UTF_8), results);
  }

  @Test
  void everyPipelineKeepsWhatTheProgramPrintsAndReturns() {
    Property.forAll(PROGRAM, 200, program -> {
      IrContext context = ToyIr.context();
      Run expected = interpret(ToyIr.parse(context, program.text()), program);
      for (String pipeline : PIPELINES) {
        Operation module = ToyIr.parse(context, program.text());
        ToyIr.run(context, pipeline, module);
        assertEquals(expected, interpret(module, program), pipeline + " changed the meaning of\n" + ToyIr.print(module));
      }
    });
  }
}
