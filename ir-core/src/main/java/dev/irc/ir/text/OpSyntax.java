package dev.irc.ir.text;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;

/**
 * The custom textual form of an op kind, e.g. {@code %0 = arith.addi %a, %b : i64}. The
 * framework prints and parses the result names and the op name; the syntax does the rest.
 * print and parse must be inverse: parsing what {@link #print} wrote rebuilds the same op.
 */
public interface OpSyntax {
  void print(dev.irc.ir.Operation op, OpAsmPrinter printer);

  /** Parses the text after the op name into {@code state} (operands, result types, attributes, regions). */
  void parse(OpAsmParser parser, OperationState state);

  /** Whether {@code op} can be printed in this form (else the generic form is used). */
  default boolean canPrint(Operation op) {
    return true;
  }
}
