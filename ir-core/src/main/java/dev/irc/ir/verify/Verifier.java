package dev.irc.ir.verify;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.analysis.DominanceInfo;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.Location;

/**
 * Checks that IR is well formed: each op against its definition and traits, block structure
 * (terminators, successors within the region, no branches to an entry block), isolation from
 * above, and SSA dominance of every use. Problems are reported to a {@link DiagnosticEngine}
 * with the op's location; verification continues so that all errors are seen.
 */
public final class Verifier {
  private final Verification verification;
  private final DominanceInfo dominance = new DominanceInfo();

  private Verifier(DiagnosticEngine diagnostics) {
    this.verification = new Verification(diagnostics);
  }

  /** Verifies {@code root} and everything nested in it; returns whether no error was found. */
  public static boolean verify(Operation root, DiagnosticEngine diagnostics) {
    return verify(root, diagnostics, null);
  }

  /**
   * Verifies {@code root}, taking the symbol tables of the ops enclosing it from {@code enclosing}
   * (shared by the verifications of many sibling functions; null for none).
   */
  public static boolean verify(Operation root, DiagnosticEngine diagnostics, SymbolTable.EnclosingTables enclosing) {
    var verifier = new Verifier(diagnostics);
    // Verification changes no symbols, so symbol tables may be built once per scope.
    SymbolTable.withCachedTables(enclosing, root, () -> {
      verifier.verifyOperation(root);
      return null;
    });
    return !verifier.verification.failed();
  }

  private void verifyOperation(Operation op) {
    if (op.definition() != null) {
      op.definition().verify(op, verification);
    }
    for (int i = 0; i < op.numSuccessors(); i++) {
      Block successor = op.successor(i);
      if (successor.parent() != op.parentRegion()) {
        verification.opError(op, "reference to block defined in another region");
      }
    }
    for (int i = 0; i < op.numOperands(); i++) {
      checkOperand(op, i);
    }
    boolean graph = op.hasTrait(CoreTrait.GRAPH_REGIONS);
    boolean needsTerminator = op.isRegistered() && !op.hasTrait(CoreTrait.NO_TERMINATOR) && !graph;
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        verifyBlock(op, block, needsTerminator);
      }
    }
  }

  private void verifyBlock(Operation parent, Block block, boolean needsTerminator) {
    if (block.isEntryBlock() && block.hasUses()) {
      verification.emit(Diagnostic.error(block.users().getFirst().location(),
          "'" + block.users().getFirst().name() + "' op branches to the entry block of a region, which may not have predecessors"));
    }
    if (needsTerminator) {
      Operation last = block.lastOp();
      if (last == null) {
        verification.opError(parent, "empty block: expect at least a terminator");
      } else if (last.isRegistered() && !last.isTerminator()) {
        verification.emit(Diagnostic.error(last.location(), "block with no terminator, has '" + last.name() + "'"));
      }
    }
    for (Operation op = block.firstOp(); op != null; op = op.nextOp()) {
      verifyOperation(op);
    }
  }

  /** Whether {@code value} is a block argument that was removed from its block. */
  private static boolean isErasedArgument(Value value) {
    if (!(value instanceof dev.irc.ir.BlockArgument argument)) {
      return false;
    }
    Block owner = argument.owner();
    return argument.index() >= owner.arguments().size() || owner.argument(argument.index()) != argument;
  }

  private void checkOperand(Operation op, int index) {
    Value value = op.operand(index);
    Region defRegion = value.parentRegion();
    if (defRegion == null || isErasedArgument(value)) {
      verification.opError(op, "operand #" + index + " is not defined by any operation in the IR");
      return;
    }
    // Isolation: no op between the use and the definition's region may be isolated from above.
    Operation defOwner = defRegion.parentOp();
    for (Operation ancestor = op.parentOp(); ancestor != null; ancestor = ancestor.parentOp()) {
      if (defOwner != null && ancestor.isAncestorOf(defOwner)) {
        break;
      }
      if (ancestor.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE)) {
        verification.emit(Diagnostic.error(op.location(), "'" + op.name() + "' op using value defined outside the region")
            .withNote(Diagnostic.note(ancestor.location(), "required by region isolation constraints")));
        return;
      }
    }
    if (!dominance.dominatesUse(value, op)) {
      Location defined = value.definingOp() != null ? value.definingOp().location()
          : ((dev.irc.ir.BlockArgument) value).location();
      verification.emit(Diagnostic.error(op.location(), "'" + op.name() + "' op operand #" + index
              + " does not dominate this use")
          .withNote(Diagnostic.note(defined, "operand defined here")));
    }
  }
}
