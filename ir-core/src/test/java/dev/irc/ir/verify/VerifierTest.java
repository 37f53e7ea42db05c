package dev.irc.ir.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierTest {
  private final IrContext context = new IrContext().allowUnregisteredDialects(true);

  @Test
  void aUseOfAnErasedBlockArgumentIsReported() {
    Operation module = ModuleOp.create(Location.UNKNOWN);
    var state = new OperationState("test.func", Location.UNKNOWN);
    Block body = state.addRegion().append(Block.withArguments(List.of(IntegerType.I64)));
    new OpBuilder(context).setInsertionPointToEnd(ModuleOp.body(module)).create(state);
    BlockArgument argument = body.argument(0);
    body.eraseArgument(0);
    new OpBuilder(context).setInsertionPointToEnd(body)
        .create("test.use", Location.UNKNOWN, List.of(argument), List.of());

    var diagnostics = new DiagnosticEngine();
    assertFalse(Verifier.verify(module, diagnostics));
    assertTrue(diagnostics.diagnostics().getFirst().message().contains("is not defined by any operation in the IR"),
        diagnostics.diagnostics().toString());
  }

  @Test
  void aUseOfAnErasedOpResultIsReported() {
    Operation module = ModuleOp.create(Location.UNKNOWN);
    var builder = new OpBuilder(context).setInsertionPointToEnd(ModuleOp.body(module));
    Operation def = builder.create("test.def", Location.UNKNOWN, List.of(), List.of(IntegerType.I64));
    def.removeFromParent();
    builder.create("test.use", Location.UNKNOWN, List.of(def.result()), List.of());

    var diagnostics = new DiagnosticEngine();
    assertFalse(Verifier.verify(module, diagnostics));
  }
}
