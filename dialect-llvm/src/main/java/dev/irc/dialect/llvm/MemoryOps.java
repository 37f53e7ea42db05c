package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Memory access: {@code %p = llvm.alloca %n x i64 : (i64) -> !llvm.ptr},
 * {@code %v = llvm.load %p : !llvm.ptr -> i64}, {@code llvm.store %v, %p : i64, !llvm.ptr} and
 * {@code %q = llvm.getelementptr %p[%i, 0] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i64, f64)>},
 * whose constant and dynamic indices are recorded, as in MLIR, in {@code rawConstantIndices}
 * (dynamic ones as {@value #DYNAMIC_INDEX}).
 */
public final class MemoryOps {
  public static final String ELEM_TYPE = "elem_type";
  public static final String RAW_CONSTANT_INDICES = "rawConstantIndices";
  /** The marker of a dynamic index (an operand) in {@code rawConstantIndices}. */
  public static final int DYNAMIC_INDEX = Integer.MIN_VALUE;

  public static final OpDefinition ALLOCA = OpDefinition.builder("llvm.alloca")
      .summary("Allocates stack memory for a number of elements.")
      .operands(1)
      .results(1)
      .attribute(ELEM_TYPE, TypeAttr.class)
      .verifier((op, verification) -> {
        if (TypeKinds.INTEGER.checkOperand(op, 0, verification) && !(op.result(0).type() instanceof LlvmPointerType)) {
          verification.opError(op, "result must be !llvm.ptr");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperand(op.operand(0)).print(" x ").printType(elementType(op));
          printer.printOptionalAttrDict(op.attributes(), Set.of(ELEM_TYPE));
          printer.print(" : ").printType(new FunctionType(op.operandTypes(), op.resultTypes()));
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          OpAsmParser.UnresolvedOperand count = parser.parseOperand();
          parser.parseKeyword("x");
          state.addAttribute(ELEM_TYPE, new TypeAttr(parser.parseType()));
          parser.parseOptionalAttrDict(state);
          FunctionType type = functionType(parser);
          parser.resolveOperands(List.of(count), type.inputs(), state);
          state.addResultTypes(type.results());
        }
      })
      .build();

  public static final OpDefinition LOAD = OpDefinition.builder("llvm.load")
      .summary("Loads a value through a pointer.")
      .operands(1)
      .results(1)
      .verifier((op, verification) -> {
        if (!(op.operand(0).type() instanceof LlvmPointerType)) {
          verification.opError(op, "address must be !llvm.ptr");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperand(op.operand(0));
          printer.printOptionalAttrDict(op.attributes(), Set.of());
          printer.print(" : ").printType(op.operand(0).type()).print(" -> ").printType(op.result(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          OpAsmParser.UnresolvedOperand address = parser.parseOperand();
          parser.parseOptionalAttrDict(state);
          Type pointer = parser.parseColonType();
          parser.parsePunctuation("->");
          state.addOperand(parser.resolveOperand(address, pointer));
          state.addResultType(parser.parseType());
        }
      })
      .build();

  public static final OpDefinition STORE = OpDefinition.builder("llvm.store")
      .summary("Stores a value through a pointer.")
      .operands(2)
      .results(0)
      .verifier((op, verification) -> {
        if (!(op.operand(1).type() instanceof LlvmPointerType)) {
          verification.opError(op, "address must be !llvm.ptr");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperands(op.operands());
          printer.printOptionalAttrDict(op.attributes(), Set.of());
          printer.print(" : ").printType(op.operand(0).type()).print(", ").printType(op.operand(1).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
          parser.parseOptionalAttrDict(state);
          parser.resolveOperands(operands, parser.parseColonTypeList(), state);
        }
      })
      .build();

  public static final OpDefinition GEP = OpDefinition.builder("llvm.getelementptr")
      .summary("Computes the address of an element from a base pointer and indices.")
      .operands(dev.irc.ir.Arity.atLeast(1))
      .results(1)
      .attribute(ELEM_TYPE, TypeAttr.class)
      .attribute(RAW_CONSTANT_INDICES, ArrayAttr.class)
      .verifier((op, verification) -> {
        List<Integer> indices = rawIndices(op);
        if (indices == null || indices.stream().filter(i -> i == DYNAMIC_INDEX).count() != op.numOperands() - 1) {
          verification.opError(op, "'rawConstantIndices' must have one dynamic marker per index operand");
        } else if (!(op.operand(0).type() instanceof LlvmPointerType) || !(op.result(0).type() instanceof LlvmPointerType)) {
          verification.opError(op, "base and result must be !llvm.ptr");
        }
      })
      .syntax(new GepSyntax())
      .build();

  private MemoryOps() {}

  static List<OpDefinition> all() {
    return List.of(ALLOCA, LOAD, STORE, GEP);
  }

  /** The element type of an {@code llvm.alloca} or {@code llvm.getelementptr}. */
  public static Type elementType(Operation op) {
    return op.attribute(ELEM_TYPE, TypeAttr.class).type();
  }

  /** The GEP's indices in order: constants, or {@value #DYNAMIC_INDEX} for the next operand; null if malformed. */
  public static List<Integer> rawIndices(Operation op) {
    if (!(op.attribute(RAW_CONSTANT_INDICES).orElse(null) instanceof ArrayAttr(List<Attribute> elements))) {
      return null;
    }
    var indices = new ArrayList<Integer>();
    for (Attribute element : elements) {
      if (!(element instanceof IntegerAttr integer)) {
        return null;
      }
      indices.add((int) integer.longValue());
    }
    return indices;
  }

  private static FunctionType functionType(OpAsmParser parser) {
    parser.parsePunctuation(":");
    if (!(parser.parseType() instanceof FunctionType type)) {
      throw parser.error("expected function type");
    }
    return type;
  }

  /** {@code %base[%i, 1] {attrs} : (!llvm.ptr, i64) -> !llvm.ptr, ElemT}. */
  private static final class GepSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperand(op.operand(0)).print("[");
      int next = 1;
      List<Integer> indices = rawIndices(op);
      for (int i = 0; i < indices.size(); i++) {
        printer.print(i > 0 ? ", " : "");
        if (indices.get(i) == DYNAMIC_INDEX) {
          printer.printOperand(op.operand(next++));
        } else {
          printer.print(Integer.toString(indices.get(i)));
        }
      }
      printer.print("]");
      printer.printOptionalAttrDict(op.attributes(), Set.of(ELEM_TYPE, RAW_CONSTANT_INDICES));
      printer.print(" : ").printType(new FunctionType(op.operandTypes(), op.resultTypes()));
      printer.print(", ").printType(elementType(op));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      var operands = new ArrayList<OpAsmParser.UnresolvedOperand>();
      operands.add(parser.parseOperand());
      parser.parsePunctuation("[");
      var indices = new ArrayList<Attribute>();
      if (!parser.parseOptionalPunctuation("]")) {
        do {
          Optional<OpAsmParser.UnresolvedOperand> dynamic = parser.parseOptionalOperand();
          if (dynamic.isPresent()) {
            operands.add(dynamic.get());
            indices.add(IntegerAttr.of(DYNAMIC_INDEX, IntegerType.I32));
          } else {
            indices.add(IntegerAttr.of(parser.parseInteger().intValueExact(), IntegerType.I32));
          }
        } while (parser.parseOptionalPunctuation(","));
        parser.parsePunctuation("]");
      }
      parser.parseOptionalAttrDict(state);
      FunctionType type = functionType(parser);
      parser.parsePunctuation(",");
      state.addAttribute(ELEM_TYPE, new TypeAttr(parser.parseType()));
      state.addAttribute(RAW_CONSTANT_INDICES, new ArrayAttr(indices));
      parser.resolveOperands(operands, type.inputs(), state);
      state.addResultTypes(type.results());
    }

    @Override
    public boolean canPrint(Operation op) {
      return rawIndices(op) != null && op.attribute(ELEM_TYPE).orElse(null) instanceof TypeAttr
          && rawIndices(op).stream().filter(i -> i == DYNAMIC_INDEX).count() == op.numOperands() - 1;
    }
  }
}
