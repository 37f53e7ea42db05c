package dev.irc.dialect.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.dialect.testing.TestIr;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interfaces.CallOpInterface;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** cf.cond_br through {@link BranchOpInterface}: operand segments stay consistent; constant conditions decide. */
class BranchInterfacesTest {
  @Test
  void condBranchSuccessorOperands() {
    Operation module = TestIr.parse("""
        func.func @f(%c: i1, %a: i64, %b: i64) -> i64 {
          cf.cond_br %c, ^t(%a : i64), ^e(%a, %b : i64, i64)
        ^t(%x: i64):
          %r = func.call @f(%c, %x, %x) : (i1, i64, i64) -> i64
          func.return %r : i64
        ^e(%y: i64, %z: i64):
          func.return %z : i64
        }
        """);
    var ops = new ArrayList<Operation>();
    module.walk(ops::add);
    Operation branch = ops.stream().filter(op -> op.name().equals(CondBranchOp.NAME)).findFirst().orElseThrow();
    BranchOpInterface iface = branch.getInterface(BranchOpInterface.class).orElseThrow();
    Operation func = branch.parentOp();
    var args = func.region(0).entryBlock().arguments();
    assertEquals(List.of(args.get(1)), iface.successorOperands(branch, 0));
    assertEquals(List.of(args.get(1), args.get(2)), iface.successorOperands(branch, 1));
    iface.setSuccessorOperands(branch, 0, List.of(args.get(2)));
    assertEquals(List.of(args.get(2)), iface.successorOperands(branch, 0));
    assertEquals(List.of(args.get(1), args.get(2)), iface.successorOperands(branch, 1));
    assertEquals(Optional.of(0), iface.successorForOperands(branch, Arrays.asList(IntegerAttr.TRUE, null, null)));
    assertEquals(Optional.of(1), iface.successorForOperands(branch, Arrays.asList(IntegerAttr.FALSE, null, null)));
    assertEquals(Optional.empty(), iface.successorForOperands(branch, Arrays.asList(null, null, null)));
    Operation call = ops.stream().filter(op -> op.name().equals("func.call")).findFirst().orElseThrow();
    assertEquals("f", call.getInterface(CallOpInterface.class).orElseThrow().callee(call).leaf());
  }
}
