package dev.irc.passes;

import dev.irc.ir.Operation;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.PrintOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IR-dump instrumentation behind {@code --print-ir-before/after[-all|-change|-failure]}:
 * prints the op a pass runs on under MLIR's header
 * {@code // -----// IR Dump After Canonicalizer (canonicalize) //----- //}.
 * "Changed" is decided by comparing the printed IR before and after the pass.
 */
public final class IrPrinting implements PassInstrumentation {
  private final IrPrintingConfig config;
  private final Map<Operation, String> snapshots = new ConcurrentHashMap<>();

  public IrPrinting(IrPrintingConfig config) {
    this.config = config;
  }

  @Override
  public void beforePass(Pass pass, Operation op, StringBuilder log) {
    if (config.beforeAll() || config.before().contains(pass.argument())) {
      dump("Before " + pass.name(), pass, op, log);
    }
    if (config.afterChange() && selectsAfter(pass)) {
      snapshots.put(op, AsmPrinter.printToString(op, PrintOptions.DEFAULT));
    }
  }

  @Override
  public void afterPass(Pass pass, Operation op, StringBuilder log) {
    if (!selectsAfter(pass)) {
      return;
    }
    if (config.afterChange()) {
      String previous = snapshots.remove(op);
      if (previous != null && previous.equals(AsmPrinter.printToString(op, PrintOptions.DEFAULT))) {
        return;
      }
    }
    dump("After " + pass.name(), pass, op, log);
  }

  @Override
  public void afterPassFailed(Pass pass, Operation op, StringBuilder log) {
    snapshots.remove(op);
    if (config.afterFailure()) {
      dump("After " + pass.name() + " Failed", pass, op, log);
    }
  }

  private boolean selectsAfter(Pass pass) {
    if (config.afterAll() || config.after().contains(pass.argument())) {
      return true;
    }
    return config.afterChange() && config.after().isEmpty();
  }

  private void dump(String title, Pass pass, Operation op, StringBuilder log) {
    log.append("// -----// IR Dump ").append(title).append(" (").append(pass.argument()).append(") //----- //\n");
    AsmPrinter.print(op, config.printOptions(), log);
    log.append('\n');
  }
}
