package dev.irc.ir;

import dev.irc.ir.builtin.StringAttr;

/** The traits the core understands, with the checks each implies. */
public enum CoreTrait implements OpTrait {
  /** Ends a block; control leaves through the successors or to the parent op. */
  TERMINATOR {
    @Override
    public void verify(Operation op, Verification verification) {
      Block block = op.parentBlock();
      if (block != null && block.lastOp() != op) {
        verification.opError(op, "must be the last operation in the parent block");
      }
    }
  },
  /** Ends a region's execution and hands values back to the parent op (e.g. a return). */
  RETURN_LIKE,
  /** Its regions may not use values defined outside it; it starts a new value-numbering scope. */
  ISOLATED_FROM_ABOVE,
  /**
   * No side effects: may be removed when unused and deduplicated. It may still be undefined for
   * some operands (integer division by zero), so moving it onto a path where it did not run
   * (hoisting) also needs {@code dev.irc.ir.interfaces.Speculation} to allow it.
   */
  PURE,
  /** The first two operands may be swapped without changing the result. */
  COMMUTATIVE,
  /** Produces a constant from its attributes alone; a folder's result materializes as this op. */
  CONSTANT_LIKE,
  /** All operands and results have one type. */
  SAME_OPERANDS_AND_RESULT_TYPE {
    @Override
    public void verify(Operation op, Verification verification) {
      Type first = op.numResults() > 0 ? op.result(0).type() : op.numOperands() > 0 ? op.operand(0).type() : null;
      for (int i = 0; i < op.numOperands(); i++) {
        if (!op.operand(i).type().equals(first)) {
          verification.opError(op, "requires the same type for all operands and results");
          return;
        }
      }
      for (int i = 0; i < op.numResults(); i++) {
        if (!op.result(i).type().equals(first)) {
          verification.opError(op, "requires the same type for all operands and results");
          return;
        }
      }
    }
  },
  /** Defines a symbol: it has a {@code sym_name} string attribute unique in the enclosing symbol table. */
  SYMBOL {
    @Override
    public void verify(Operation op, Verification verification) {
      if (!(op.attribute("sym_name").orElse(null) instanceof StringAttr)) {
        verification.opError(op, "requires string attribute 'sym_name'");
      }
    }
  },
  /** Its single region holds symbols whose names must be unique. */
  SYMBOL_TABLE {
    @Override
    public void verify(Operation op, Verification verification) {
      var seen = new java.util.HashMap<String, Operation>();
      for (Region region : op.regions()) {
        for (Block block : region.blocks()) {
          for (Operation child : block.operations()) {
            if (child.attribute("sym_name").orElse(null) instanceof StringAttr(String name)) {
              Operation previous = seen.putIfAbsent(name, child);
              if (previous != null) {
                verification.emit(dev.irc.ir.diag.Diagnostic.error(child.location(),
                        "redefinition of symbol named '" + name + "'")
                    .withNote(dev.irc.ir.diag.Diagnostic.note(previous.location(), "see existing symbol definition here")));
              }
            }
          }
        }
      }
    }
  },
  /** Its blocks need not end with a terminator (e.g. a module body). */
  NO_TERMINATOR,
  /** Each of its regions has at most one block. */
  SINGLE_BLOCK {
    @Override
    public void verify(Operation op, Verification verification) {
      for (Region region : op.regions()) {
        if (region.blocks().size() > 1) {
          verification.opError(op, "expects region to have 0 or 1 blocks");
        }
      }
    }
  },
  /** Its regions are graph regions: no dominance requirement, no terminators (a module body). */
  GRAPH_REGIONS
}
