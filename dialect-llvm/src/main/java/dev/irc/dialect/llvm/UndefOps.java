package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %s = llvm.mlir.undef : !llvm.struct<(i64, i1)>} and {@code llvm.mlir.poison : T}: LLVM's
 * {@code undef} and {@code poison} values of a type, as in MLIR. They start the
 * {@link InsertValueOp} chains that build aggregates, e.g. the struct a function with several
 * results returns.
 */
public final class UndefOps {
  public static final OpDefinition UNDEF = placeholder("llvm.mlir.undef", "An undefined value of a type (LLVM's undef).");
  public static final OpDefinition POISON = placeholder("llvm.mlir.poison", "A poison value of a type (LLVM's poison).");

  private UndefOps() {}

  static List<OpDefinition> all() {
    return List.of(UNDEF, POISON);
  }

  /** Creates {@code llvm.mlir.undef : type}. */
  public static Operation createUndef(OpBuilder builder, Type type, Location location) {
    return builder.create(new OperationState(UNDEF.name(), location).addResultType(type));
  }

  private static OpDefinition placeholder(String name, String summary) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(0)
        .results(1)
        .traits(CoreTrait.PURE)
        .syntax(new OpSyntax() {
          @Override
          public void print(Operation op, OpAsmPrinter printer) {
            printer.printOptionalAttrDict(op.attributes(), Set.of());
            printer.print(" : ").printType(op.result(0).type());
          }

          @Override
          public void parse(OpAsmParser parser, OperationState state) {
            parser.parseOptionalAttrDict(state);
            state.addResultType(parser.parseColonType());
          }
        })
        .build();
  }
}
