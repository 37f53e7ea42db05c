package dev.irc.dialect.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.dialect.testing.TestIr;
import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.PrintOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** cf.switch: interpretation, successor operands through {@link BranchOpInterface}, print and parse. */
class SwitchOpTest {
  private static final String PROGRAM = """
      func.func @classify(%x: i8, %a: i64, %b: i64) -> i64 {
        cf.switch %x : i8, [
          default: ^other(%a : i64),
          0: ^zero,
          255: ^other(%b : i64),
          100: ^hundred(%a, %b : i64, i64)
        ]
      ^zero:
        %c0 = arith.constant 0 : i64
        func.return %c0 : i64
      ^other(%v: i64):
        func.return %v : i64
      ^hundred(%p: i64, %q: i64):
        %s = arith.addi %p, %q : i64
        func.return %s : i64
      }

      func.func @flag(%c: i1) -> i64 {
        cf.switch %c : i1, [default: ^f, 1: ^t]
      ^t:
        %one = arith.constant 1 : i64
        func.return %one : i64
      ^f:
        %two = arith.constant 2 : i64
        func.return %two : i64
      }
      """;

  private static final Operation MODULE = TestIr.parse(PROGRAM);

  private static Object run(String function, Object... arguments) {
    return new Interpreter().call(MODULE, function, List.of(arguments)).getFirst();
  }

  private static Operation theSwitch(Operation module) {
    var ops = new ArrayList<Operation>();
    module.walk(ops::add);
    return ops.stream().filter(op -> op.name().equals(SwitchOp.NAME)).findFirst().orElseThrow();
  }

  @Test
  void interpreterJumpsToTheMatchingCaseWithItsOperands() {
    assertEquals(0L, run("classify", 0L, 5L, 7L));
    assertEquals(7L, run("classify", -1L, 5L, 7L));
    assertEquals(12L, run("classify", 100L, 5L, 7L));
    assertEquals(5L, run("classify", 3L, 5L, 7L));
    assertEquals(5L, run("classify", -128L, 5L, 7L));
    assertEquals(1L, run("flag", true));
    assertEquals(2L, run("flag", false));
  }

  @Test
  void successorOperandsStayConsistent() {
    Operation module = TestIr.parse(PROGRAM);
    Operation op = theSwitch(module);
    BranchOpInterface branch = op.getInterface(BranchOpInterface.class).orElseThrow();
    var args = op.parentBlock().arguments();
    assertEquals(List.of(args.get(1)), branch.successorOperands(op, 0));
    assertEquals(List.of(), branch.successorOperands(op, 1));
    assertEquals(List.of(args.get(2)), branch.successorOperands(op, 2));
    assertEquals(List.of(args.get(1), args.get(2)), branch.successorOperands(op, 3));
    branch.setSuccessorOperands(op, 2, List.of(args.get(1)));
    branch.setSuccessorOperands(op, 3, List.of(args.get(2), args.get(2)));
    assertEquals(List.of(args.get(1)), branch.successorOperands(op, 0));
    assertEquals(List.of(args.get(1)), branch.successorOperands(op, 2));
    assertEquals(List.of(args.get(2), args.get(2)), branch.successorOperands(op, 3));
    assertEquals(5L, new Interpreter().call(module, "classify", List.of(-1L, 5L, 7L)).getFirst());
    assertEquals(14L, new Interpreter().call(module, "classify", List.of(100L, 5L, 7L)).getFirst());
  }

  @Test
  void constantFlagsDecideTheSuccessor() {
    Operation op = theSwitch(MODULE);
    BranchOpInterface branch = op.getInterface(BranchOpInterface.class).orElseThrow();
    assertEquals(Optional.empty(), branch.successorForOperands(op, constantFlag(null)));
    assertEquals(Optional.of(2), branch.successorForOperands(op, constantFlag(IntegerAttr.of(255, IntegerType.I8))));
    assertEquals(Optional.of(2), branch.successorForOperands(op, constantFlag(IntegerAttr.of(-1, IntegerType.I8))));
    assertEquals(Optional.of(3), branch.successorForOperands(op, constantFlag(IntegerAttr.of(100, IntegerType.I8))));
    assertEquals(Optional.of(0), branch.successorForOperands(op, constantFlag(IntegerAttr.of(9, IntegerType.I8))));
  }

  /** The constants of the switch's operands: the flag (or null) and five unknown values. */
  private static List<Attribute> constantFlag(IntegerAttr flag) {
    return Arrays.<Attribute>asList(flag, null, null, null, null, null);
  }

  @Test
  void printThenParseIsTheIdentity() {
    String printed = AsmPrinter.printToString(MODULE, PrintOptions.DEFAULT);
    assertEquals(printed, AsmPrinter.printToString(TestIr.parse(printed), PrintOptions.DEFAULT));
    String generic = AsmPrinter.printToString(MODULE, new PrintOptions(true, false));
    assertEquals(printed, AsmPrinter.printToString(TestIr.parse(generic), PrintOptions.DEFAULT));
  }
}
