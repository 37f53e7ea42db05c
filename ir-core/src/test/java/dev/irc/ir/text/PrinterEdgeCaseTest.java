package dev.irc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Printer cases found by {@link ParserFuzzTest}: text the parser accepts must print without
 * crashing, and when valid print back to text that parses to the same IR.
 */
class PrinterEdgeCaseTest {
  private static final IrContext CONTEXT = new IrContext().allowUnregisteredDialects(true);

  private static Operation parse(String text) {
    return IrParser.parseModule(CONTEXT, new SourceFile("edge.mlir", text));
  }

  private static String roundTrip(String text) {
    String printed = AsmPrinter.printToString(parse(text), PrintOptions.DEFAULT);
    assertEquals(printed, AsmPrinter.printToString(parse(printed), PrintOptions.DEFAULT));
    return printed;
  }

  @Test
  void opNameWithQuoteIsEscapedInTheGenericForm() {
    assertTrue(roundTrip("\"t\\22.x\"() : () -> ()").contains("\"t\\\".x\"()"));
  }

  @Test
  void nonAsciiAttributeNameIsQuoted() {
    assertTrue(roundTrip("\"t.x\"() {\"\u00e9\" = 1} : () -> ()").contains("{\"\\C3\\A9\" = 1 : i64}"));
  }

  @Test
  void moduleWithNonStringNameFallsBackToTheGenericForm() {
    Operation module = parse("module @m attributes {sym_name = 1} {}");
    assertEquals("\"builtin.module\"() ({\n^bb0:\n}) {sym_name = 1 : i64} : () -> ()\n",
        AsmPrinter.printToString(module, PrintOptions.DEFAULT));
    assertTrue(ModuleOp.symbolName(module).isEmpty());
  }

  @Test
  void halfPrecisionLiteralsAreReadAsHalves() {
    Operation module = parse("\"t.x\"() {a = 0x3C00 : f16, b = 0.1 : f16, c = 0x7E00 : f16} : () -> ()");
    Operation op = ModuleOp.body(module).firstOp();
    assertEquals(1.0, op.attribute("a", FloatAttr.class).value());
    assertEquals(0.0999755859375, op.attribute("b", FloatAttr.class).value());
    String printed = roundTrip("\"t.x\"() {a = 0x3C00 : f16, b = 0.1 : f16, c = 0x7E00 : f16} : () -> ()");
    assertTrue(printed.contains("{a = 1.0 : f16, b = 0.099975586 : f16, c = 0x7E00 : f16}"), printed);
  }
}
