package dev.irc.targets.run;

import dev.irc.dialect.llvm.FuncOp;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.targets.jit.JitException;

/**
 * Checks that a program lowered to the llvm dialect with the runtime linked in declares no
 * runtime function ({@code irc_*}) it does not define: the host provides no symbols (its one
 * function, the host write, is called through the run's context), so such a declaration is a
 * runtime function missing from {@code runtime.mlir}, reported before LLVM would fail to link it.
 */
public final class HostSymbols {
  private HostSymbols() {}

  /** Throws {@link JitException} naming the first undefined {@code irc_*} function of {@code llvmModule}. */
  public static void check(Operation llvmModule) {
    for (Operation op : ModuleOp.body(llvmModule).operations()) {
      if (op.name().equals(FuncOp.NAME) && FuncOp.isExternal(op) && FuncOp.name(op).startsWith("irc_")) {
        throw new JitException("no runtime function @" + FuncOp.name(op) + " " + FuncOp.functionType(op)
            + ": the host provides none (its write is called through the run's context)");
      }
    }
  }
}
