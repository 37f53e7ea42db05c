package dev.irc.passes;

import dev.irc.ir.text.PrintOptions;
import java.util.Set;

/**
 * Which IR dumps {@link IrPrinting} makes ({@code --print-ir-before=cse},
 * {@code --print-ir-after-all}, ...).
 *
 * @param before pass arguments to dump before
 * @param after pass arguments to dump after
 * @param beforeAll dump before every pass
 * @param afterAll dump after every pass
 * @param afterChange dump after a pass only when it changed the IR (the passes selected by
 *     {@code after}/{@code afterAll}, or every pass when neither selects any)
 * @param afterFailure dump after a pass that failed
 * @param printOptions how to print the IR
 */
public record IrPrintingConfig(Set<String> before, Set<String> after, boolean beforeAll, boolean afterAll,
    boolean afterChange, boolean afterFailure, PrintOptions printOptions) {

  public IrPrintingConfig {
    before = Set.copyOf(before);
    after = Set.copyOf(after);
  }

  /** Whether any dump is requested at all. */
  public boolean isEnabled() {
    return !before.isEmpty() || !after.isEmpty() || beforeAll || afterAll || afterChange || afterFailure;
  }
}
