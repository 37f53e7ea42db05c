package dev.irc.dialect.func;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.dialect.testing.TestIr;
import dev.irc.ir.Operation;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.InterpreterException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs small func/arith/cf programs through the interpreter. */
class InterpreterTest {
  private static final String PROGRAMS = """
      func.func @factorial(%n: i64) -> i64 {
        %one = arith.constant 1 : i64
        %small = arith.cmpi sle, %n, %one : i64
        cf.cond_br %small, ^base, ^recurse
      ^base:
        func.return %one : i64
      ^recurse:
        %m = arith.subi %n, %one : i64
        %f = func.call @factorial(%m) : (i64) -> i64
        %r = arith.muli %n, %f : i64
        func.return %r : i64
      }

      func.func @sum_below(%n: i64) -> i64 {
        %zero = arith.constant 0 : i64
        %one = arith.constant 1 : i64
        cf.br ^head(%zero, %zero : i64, i64)
      ^head(%i: i64, %sum: i64):
        %more = arith.cmpi slt, %i, %n : i64
        cf.cond_br %more, ^body, ^exit(%sum : i64)
      ^body:
        %next = arith.addi %sum, %i : i64
        %inc = arith.addi %i, %one : i64
        cf.br ^head(%inc, %next : i64, i64)
      ^exit(%result: i64):
        func.return %result : i64
      }

      func.func @divide(%a: i64, %b: i64) -> i64 {
        %q = arith.divsi %a, %b : i64
        func.return %q : i64
      }

      func.func @checked_add(%a: i64, %b: i64) -> (i64, i1) {
        %r, %o = arith.checked_addi %a, %b : i64
        func.return %r, %o : i64, i1
      }

      func.func @positive(%a: f64) -> f64 {
        %zero = arith.constant 0.0 : f64
        %ok = arith.cmpf ogt, %a, %zero : f64
        cf.assert %ok, "expected a positive number"
        %half = arith.constant 0.5 : f64
        %r = arith.mulf %a, %half : f64
        func.return %r : f64
      }

      func.func @forever() {
        cf.br ^loop
      ^loop:
        cf.br ^loop
      }

      func.func @runaway(%n: i64) -> i64 {
        %r = func.call @runaway(%n) : (i64) -> i64
        func.return %r : i64
      }

      func.func private @host_twice(i64) -> i64

      func.func @calls_host(%a: i64) -> (i64, f32, i1) {
        %r = func.call @host_twice(%a) : (i64) -> i64
        %x = arith.sitofp %r : i64 to f32
        %c = arith.constant 3 : i64
        %ok = arith.cmpi eq, %r, %r : i64
        %s = arith.select %ok, %r, %c : i64
        func.return %s, %x, %ok : i64, f32, i1
      }
      """;

  private static final Operation MODULE = TestIr.parse(PROGRAMS);

  private static List<Object> run(String function, Object... arguments) {
    return new Interpreter().call(MODULE, function, List.of(arguments));
  }

  @Test
  void recursionAndBranches() {
    assertEquals(List.of(3628800L), run("factorial", 10L));
    assertEquals(List.of(1L), run("factorial", 0L));
    assertEquals(List.of(45L), run("sum_below", 10L));
    assertEquals(List.of(0L), run("sum_below", -3L));
  }

  @Test
  void divisionByZeroIsUndefinedBehavior() {
    assertEquals(List.of(-3L), run("divide", -7L, 2L));
    var error = assertThrows(InterpreterException.class, () -> run("divide", 1L, 0L));
    assertEquals(Kind.UNDEFINED_BEHAVIOR, error.kind());
    assertTrue(error.getMessage().startsWith("'arith.divsi' op: division by zero"), error.getMessage());
    assertEquals("arith.divsi", error.op().name());
    assertThrows(InterpreterException.class, () -> run("divide", Long.MIN_VALUE, -1L));
  }

  @Test
  void checkedArithmeticReportsOverflow() {
    assertEquals(List.of(3L, false), run("checked_add", 1L, 2L));
    assertEquals(List.of(Long.MIN_VALUE, true), run("checked_add", Long.MAX_VALUE, 1L));
  }

  @Test
  void assertions() {
    assertEquals(List.of(1.25), run("positive", 2.5));
    var error = assertThrows(InterpreterException.class, () -> run("positive", -1.0));
    assertEquals(Kind.ASSERTION_FAILED, error.kind());
    assertTrue(error.getMessage().contains("expected a positive number"), error.getMessage());
  }

  @Test
  void limitsStopRunawayPrograms() {
    var steps = assertThrows(InterpreterException.class,
        () -> new Interpreter(new Interpreter.Limits(10_000, 100)).call(MODULE, "forever", List.of()));
    assertEquals(Kind.LIMIT_EXCEEDED, steps.kind());
    var depth = assertThrows(InterpreterException.class,
        () -> new Interpreter(new Interpreter.Limits(10_000_000, 200)).call(MODULE, "runaway", List.of(1L)));
    assertEquals(Kind.LIMIT_EXCEEDED, depth.kind());
    assertTrue(depth.getMessage().contains("call depth limit of 200"), depth.getMessage());
  }

  @Test
  void externalFunctions() {
    var missing = assertThrows(InterpreterException.class, () -> run("calls_host", 4L));
    assertEquals(Kind.UNSUPPORTED, missing.kind());
    var interpreter = new Interpreter().defineExternal("host_twice", args -> List.of(2 * (Long) args.getFirst()));
    assertEquals(List.of(8L, 8.0, true), interpreter.call(MODULE, "calls_host", List.of(4L)));
  }

  @Test
  void argumentsMustMatchTheSignature() {
    var error = assertThrows(InterpreterException.class, () -> run("factorial", 1.5));
    assertEquals(Kind.UNSUPPORTED, error.kind());
    assertThrows(InterpreterException.class, () -> run("factorial"));
  }
}
