package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.OpTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import dev.irc.ir.text.SameTypeOperandsSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LLVM's integer and float arithmetic ({@code %r = llvm.add %a, %b : i64},
 * {@code llvm.fneg %x : f64}) and the IEEE maximum/minimum intrinsics
 * ({@code llvm.intr.maximum(%a, %b) : (f64, f64) -> f64}). Float ops never carry fast-math
 * flags: irc's float code is IEEE-exact.
 */
public final class ArithmeticOps {
  private ArithmeticOps() {}

  public static final OpDefinition ADD = integer("llvm.add", "Integer addition (wraps).", CoreTrait.COMMUTATIVE);
  public static final OpDefinition SUB = integer("llvm.sub", "Integer subtraction (wraps).");
  public static final OpDefinition MUL = integer("llvm.mul", "Integer multiplication (wraps).", CoreTrait.COMMUTATIVE);
  public static final OpDefinition SDIV = integer("llvm.sdiv", "Signed division rounding toward zero.");
  public static final OpDefinition UDIV = integer("llvm.udiv", "Unsigned division.");
  public static final OpDefinition SREM = integer("llvm.srem", "Signed remainder (sign of the dividend).");
  public static final OpDefinition UREM = integer("llvm.urem", "Unsigned remainder.");
  public static final OpDefinition AND = integer("llvm.and", "Bitwise and.", CoreTrait.COMMUTATIVE);
  public static final OpDefinition OR = integer("llvm.or", "Bitwise or.", CoreTrait.COMMUTATIVE);
  public static final OpDefinition XOR = integer("llvm.xor", "Bitwise exclusive or.", CoreTrait.COMMUTATIVE);
  public static final OpDefinition SHL = integer("llvm.shl", "Shift left.");
  public static final OpDefinition ASHR = integer("llvm.ashr", "Arithmetic shift right.");
  public static final OpDefinition LSHR = integer("llvm.lshr", "Logical shift right.");
  public static final OpDefinition FADD = floating("llvm.fadd", "Float addition.", 2, CoreTrait.COMMUTATIVE);
  public static final OpDefinition FSUB = floating("llvm.fsub", "Float subtraction.", 2);
  public static final OpDefinition FMUL = floating("llvm.fmul", "Float multiplication.", 2, CoreTrait.COMMUTATIVE);
  public static final OpDefinition FDIV = floating("llvm.fdiv", "Float division.", 2);
  public static final OpDefinition FREM = floating("llvm.frem", "Float remainder with the dividend's sign (fmod).", 2);
  public static final OpDefinition FNEG = floating("llvm.fneg", "Float negation.", 1);
  public static final OpDefinition MAXIMUM = intrinsic("llvm.intr.maximum", "IEEE 754-2019 maximum (NaN-propagating, -0 < +0).");
  public static final OpDefinition MINIMUM = intrinsic("llvm.intr.minimum", "IEEE 754-2019 minimum (NaN-propagating, -0 < +0).");

  static List<OpDefinition> all() {
    return List.of(ADD, SUB, MUL, SDIV, UDIV, SREM, UREM, AND, OR, XOR, SHL, ASHR, LSHR,
        FADD, FSUB, FMUL, FDIV, FREM, FNEG, MAXIMUM, MINIMUM);
  }

  private static OpDefinition integer(String name, String summary, OpTrait... traits) {
    return build(name, summary, 2, TypeKinds.INTEGER, SameTypeOperandsSyntax.SINGLE_RESULT, traits);
  }

  private static OpDefinition floating(String name, String summary, int arity, OpTrait... traits) {
    return build(name, summary, arity, TypeKinds.FLOAT, SameTypeOperandsSyntax.SINGLE_RESULT, traits);
  }

  private static OpDefinition intrinsic(String name, String summary) {
    return build(name, summary, 2, TypeKinds.FLOAT, IntrinsicCallSyntax.INSTANCE, CoreTrait.COMMUTATIVE);
  }

  private static OpDefinition build(String name, String summary, int arity, TypeKinds kind, OpSyntax syntax,
      OpTrait... traits) {
    var all = new ArrayList<OpTrait>(List.of(CoreTrait.PURE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE));
    all.addAll(List.of(traits));
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(arity)
        .results(1)
        .traits(all.toArray(OpTrait[]::new))
        .verifier((op, verification) -> kind.checkOperand(op, 0, verification))
        .syntax(syntax)
        .build();
  }

  /** {@code (%a, %b) {attrs} : (T, T) -> T}: MLIR's form of the intrinsic ops. */
  private static final class IntrinsicCallSyntax implements OpSyntax {
    static final IntrinsicCallSyntax INSTANCE = new IntrinsicCallSyntax();

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print("(").printOperands(op.operands()).print(")");
      printer.printOptionalAttrDict(op.attributes(), Set.of());
      printer.print(" : ").printType(new FunctionType(op.operandTypes(), op.resultTypes()));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      parser.parsePunctuation("(");
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parsePunctuation(")");
      parser.parseOptionalAttrDict(state);
      parser.parsePunctuation(":");
      if (!(parser.parseType() instanceof FunctionType(List<Type> inputs, List<Type> results))) {
        throw parser.error("expected function type");
      }
      parser.resolveOperands(operands, inputs, state);
      state.addResultTypes(results);
    }
  }
}
