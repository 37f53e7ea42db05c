package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Module-level data: {@code llvm.mlir.global internal constant @str("hi\0A\00")} (a string as an
 * {@code !llvm.array<N x i8>}, or a scalar {@code @g(0 : i64) : i64}) and
 * {@code %p = llvm.mlir.addressof @str : !llvm.ptr}, its address. The runtime uses them for
 * the text it prints.
 */
public final class GlobalOps {
  public static final String SYM_NAME = "sym_name";
  public static final String GLOBAL_TYPE = "global_type";
  public static final String VALUE = "value";
  public static final String CONSTANT = "constant";
  public static final String LINKAGE = "linkage";
  public static final String GLOBAL_NAME = "global_name";

  public static final OpDefinition GLOBAL = OpDefinition.builder("llvm.mlir.global")
      .summary("A global variable or constant with an initial value.")
      .operands(0)
      .results(0)
      .attribute(GLOBAL_TYPE, TypeAttr.class)
      .traits(CoreTrait.SYMBOL)
      .verifier(GlobalOps::verifyGlobal)
      .syntax(new GlobalSyntax())
      .build();

  public static final OpDefinition ADDRESSOF = OpDefinition.builder("llvm.mlir.addressof")
      .summary("The address of a global or function.")
      .operands(0)
      .results(1)
      .attribute(GLOBAL_NAME, SymbolRefAttr.class)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> {
        Operation target = SymbolTable.lookupNearest(op, op.attribute(GLOBAL_NAME, SymbolRefAttr.class)).orElse(null);
        if (target == null || !(target.name().equals(GLOBAL.name()) || target.name().equals(FuncOp.NAME))) {
          verification.opError(op, "must reference a global defined by 'llvm.mlir.global' or 'llvm.func'");
        } else if (!(op.result(0).type() instanceof LlvmPointerType)) {
          verification.opError(op, "result must be !llvm.ptr");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printAttribute(op.attribute(GLOBAL_NAME).orElseThrow());
          printer.printOptionalAttrDict(op.attributes(), Set.of(GLOBAL_NAME));
          printer.print(" : ").printType(op.result(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          state.addAttribute(GLOBAL_NAME, SymbolRefAttr.of(parser.parseSymbolName()));
          parser.parseOptionalAttrDict(state);
          state.addResultType(parser.parseColonType());
        }
      })
      .build();

  private GlobalOps() {}

  static List<OpDefinition> all() {
    return List.of(GLOBAL, ADDRESSOF);
  }

  /** Creates a detached internal constant global holding the bytes of {@code text} (add the NUL yourself). */
  public static Operation createString(String name, String text, Location location) {
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    var state = new OperationState(GLOBAL.name(), location)
        .addAttribute(SYM_NAME, new StringAttr(name))
        .addAttribute(GLOBAL_TYPE, new TypeAttr(new LlvmArrayType(size, IntegerType.I8)))
        .addAttribute(CONSTANT, UnitAttr.UNIT)
        .addAttribute(LINKAGE, new LinkageAttr(Linkage.INTERNAL))
        .addAttribute(VALUE, new StringAttr(text));
    return Operation.create(state, GLOBAL);
  }

  public static Operation createAddressOf(OpBuilder builder, String global, Location location) {
    return builder.create(new OperationState(ADDRESSOF.name(), location)
        .addAttribute(GLOBAL_NAME, SymbolRefAttr.of(global)).addResultType(LlvmPointerType.INSTANCE));
  }

  public static Type globalType(Operation global) {
    return global.attribute(GLOBAL_TYPE, TypeAttr.class).type();
  }

  public static boolean isConstant(Operation global) {
    return global.attribute(CONSTANT).isPresent();
  }

  private static void verifyGlobal(Operation op, Verification verification) {
    Type type = globalType(op);
    Attribute value = op.attribute(VALUE).orElse(null);
    boolean fits = switch (value) {
      case null -> true;
      case StringAttr(String text) -> type instanceof LlvmArrayType(long size, Type element)
          && element.equals(IntegerType.I8) && size == text.getBytes(StandardCharsets.UTF_8).length;
      case IntegerAttr integer -> integer.type().equals(type);
      case FloatAttr real -> real.type().equals(type);
      default -> false;
    };
    if (!fits) {
      verification.opError(op, "initial value " + value + " does not fit the global's type '" + type + "'");
    }
    if (op.attribute(LINKAGE).isPresent() && !(op.attribute(LINKAGE).get() instanceof LinkageAttr)) {
      verification.opError(op, "requires attribute 'linkage' to be a #llvm.linkage");
    }
  }

  /** {@code [linkage] [constant] @name(value) {attrs} [: type]}; the type is elided for strings, as MLIR does. */
  private static final class GlobalSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").print(FuncOp.linkage(op).keyword());
      if (isConstant(op)) {
        printer.print(" constant");
      }
      printer.print(" ").printSymbolName(op.attribute(SYM_NAME, StringAttr.class).value()).print("(");
      op.attribute(VALUE).ifPresent(printer::printAttribute);
      printer.print(")");
      printer.printOptionalAttrDict(op.attributes(), Set.of(SYM_NAME, GLOBAL_TYPE, VALUE, CONSTANT, LINKAGE));
      if (!(op.attribute(VALUE).orElse(null) instanceof StringAttr)) {
        printer.print(" : ").printType(globalType(op));
      }
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      for (Linkage linkage : Linkage.values()) {
        if (parser.parseOptionalKeyword(linkage.keyword())) {
          state.addAttribute(LINKAGE, new LinkageAttr(linkage));
          break;
        }
      }
      if (parser.parseOptionalKeyword(CONSTANT)) {
        state.addAttribute(CONSTANT, UnitAttr.UNIT);
      }
      state.addAttribute(SYM_NAME, new StringAttr(parser.parseSymbolName()));
      parser.parsePunctuation("(");
      Attribute value = null;
      if (!parser.parseOptionalPunctuation(")")) {
        value = parser.parseAttribute();
        state.addAttribute(VALUE, value);
        parser.parsePunctuation(")");
      }
      parser.parseOptionalAttrDict(state);
      Type type;
      if (parser.parseOptionalPunctuation(":")) {
        type = parser.parseType();
      } else if (value instanceof StringAttr(String text)) {
        type = new LlvmArrayType(text.getBytes(StandardCharsets.UTF_8).length, IntegerType.I8);
      } else {
        throw parser.error("expected ':' and the global's type");
      }
      state.addAttribute(GLOBAL_TYPE, new TypeAttr(type));
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.attribute(SYM_NAME).orElse(null) instanceof StringAttr
          && op.attribute(LINKAGE).map(LinkageAttr.class::isInstance).orElse(true);
    }
  }
}
