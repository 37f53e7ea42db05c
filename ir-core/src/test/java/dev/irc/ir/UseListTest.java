package dev.irc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseListTest {
  private final IrContext context = new IrContext().allowUnregisteredDialects(true);
  private final Block block = new Block();
  private final OpBuilder builder = new OpBuilder(context).setInsertionPointToEnd(block);

  private Operation def(String name) {
    return builder.create(name, Location.UNKNOWN, List.of(), List.of(IntegerType.I64));
  }

  private Operation use(Value... values) {
    return builder.create("test.use", Location.UNKNOWN, List.of(values), List.of());
  }

  @Test
  void usesAreTrackedAndReplaced() {
    Operation a = def("test.a");
    Operation b = def("test.b");
    Operation user1 = use(a.result(), a.result());
    Operation user2 = use(a.result());
    assertEquals(3, a.result().uses().size());
    assertFalse(b.result().hasUses());

    a.result().replaceAllUsesWith(b.result());

    assertFalse(a.result().hasUses());
    assertEquals(3, b.result().uses().size());
    assertEquals(b.result(), user1.operand(0));
    assertEquals(b.result(), user1.operand(1));
    assertEquals(b.result(), user2.operand(0));
  }

  @Test
  void insertedBlockArgumentsShiftTheOthersAndKeepTheirUses() {
    BlockArgument first = block.addArgument(IntegerType.I64, Location.UNKNOWN);
    BlockArgument second = block.addArgument(IntegerType.I1, Location.UNKNOWN);
    Operation user = use(first, second);
    BlockArgument inserted = block.insertArgument(0, IntegerType.I8, Location.UNKNOWN);
    assertEquals(List.of(inserted, first, second), block.arguments());
    assertEquals(List.of(0, 1, 2), block.arguments().stream().map(BlockArgument::index).toList());
    assertEquals(List.of(first, second), user.operands());
    assertTrue(first.hasOneUse());
  }

  @Test
  void erasingAUserDropsItsUses() {
    Operation a = def("test.a");
    Operation user = use(a.result());
    assertTrue(a.result().hasOneUse());
    user.erase();
    assertFalse(a.result().hasUses());
    assertEquals(1, block.size());
  }

  @Test
  void erasingAnOpWithUsesFails() {
    Operation a = def("test.a");
    use(a.result());
    assertThrows(IllegalStateException.class, a::erase);
  }

  @Test
  void setOperandMovesTheUse() {
    Operation a = def("test.a");
    Operation b = def("test.b");
    Operation user = use(a.result());
    user.setOperand(0, b.result());
    assertFalse(a.result().hasUses());
    assertTrue(b.result().hasOneUse());
    assertEquals(user, b.result().users().getFirst());
  }

  @Test
  void opsKeepTheirOrderThroughMoves() {
    Operation a = def("test.a");
    Operation b = def("test.b");
    Operation c = def("test.c");
    assertTrue(a.isBeforeInBlock(c));
    c.moveBefore(a);
    assertEquals(List.of(c, a, b), block.operationList());
    assertTrue(c.isBeforeInBlock(a));
    a.moveAfter(b);
    assertEquals(List.of(c, b, a), block.operationList());
  }

  @Test
  void successorsAreUsesOfBlocks() {
    Region region = new Region();
    Block entry = region.append(new Block());
    Block target = region.append(new Block());
    var branch = new OperationState("test.br", Location.UNKNOWN).addSuccessor(target);
    entry.append(context.create(branch));
    assertEquals(List.of(entry), target.predecessors());
    assertEquals(List.of(target), entry.successors());
  }

  @Test
  void cloneRemapsNestedUses() {
    Operation a = def("test.a");
    var state = new OperationState("test.region", Location.UNKNOWN);
    Region region = state.addRegion();
    Block inner = region.append(Block.withArguments(List.of(IntegerType.I64)));
    Operation outer = builder.create(state);
    var innerBuilder = new OpBuilder(context).setInsertionPointToEnd(inner);
    innerBuilder.create("test.use", Location.UNKNOWN, List.of(inner.argument(0), a.result()), List.of());

    Operation copy = outer.clone();
    Block copiedBlock = copy.region(0).entryBlock();
    Operation copiedUse = copiedBlock.firstOp();
    assertEquals(copiedBlock.argument(0), copiedUse.operand(0));
    assertEquals(a.result(), copiedUse.operand(1));
    assertEquals(2, a.result().uses().size());
  }

  @Test
  void cloneRemapsUsesOfValuesDefinedInLaterBlocks() {
    // ^bb0 branches to ^bb2, which defines %v and branches back to ^bb1, which uses %v: the use
    // comes before the definition in block order (legal: ^bb2 dominates ^bb1).
    var state = new OperationState("test.func", Location.UNKNOWN);
    Region region = state.addRegion();
    Block entry = region.append(new Block());
    Block user = region.append(new Block());
    Block definer = region.append(new Block());
    entry.append(context.create(new OperationState("test.br", Location.UNKNOWN).addSuccessor(definer)));
    Operation def = context.create(new OperationState("test.def", Location.UNKNOWN).addResultType(IntegerType.I64));
    definer.append(def);
    definer.append(context.create(new OperationState("test.br", Location.UNKNOWN).addSuccessor(user)));
    user.append(context.create(new OperationState("test.use", Location.UNKNOWN).addOperand(def.result())));
    Operation func = builder.create(state);

    Operation copy = func.clone();
    Region copied = copy.region(0);
    Operation copiedDef = copied.blocks().get(2).firstOp();
    Operation copiedUse = copied.blocks().get(1).firstOp();
    assertEquals(copiedDef.result(), copiedUse.operand(0));
    assertTrue(def.result().hasOneUse());
  }
}
