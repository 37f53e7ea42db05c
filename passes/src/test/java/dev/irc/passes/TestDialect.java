package dev.irc.passes;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.fold.ConstantMaterializer;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.rewrite.CanonicalizationPatterns;
import dev.irc.ir.rewrite.RewritePattern;
import dev.irc.ir.text.IrParser;
import java.util.List;

/**
 * A tiny dialect for the pass tests: {@code test.const} (constant-like), {@code test.add}
 * (pure, commutative, folds constants and {@code x + 0}), {@code test.neg} (pure, with the
 * canonicalization {@code neg(neg(x)) -> x}), {@code test.func} (isolated, symbol) and
 * {@code test.effect} (side effects).
 */
public final class TestDialect implements Dialect, ConstantMaterializer {
  public static final TestDialect INSTANCE = new TestDialect();

  static final OpDefinition CONST = OpDefinition.builder("test.const").operands(0).results(1)
      .attribute("value", IntegerAttr.class).traits(CoreTrait.PURE, CoreTrait.CONSTANT_LIKE).build();

  static final OpDefinition ADD = OpDefinition.builder("test.add").operands(2).results(1)
      .traits(CoreTrait.PURE, CoreTrait.COMMUTATIVE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE)
      .implement(OpFolder.class, (op, constants) -> {
        if (constants.get(0) instanceof IntegerAttr(var a, Type t) && constants.get(1) instanceof IntegerAttr(var b, Type u)) {
          return List.of(FoldResult.constant(new IntegerAttr(a.add(b), t)));
        }
        if (constants.get(1) instanceof IntegerAttr(var b, Type t) && b.signum() == 0) {
          return List.of(FoldResult.existing(op.operand(0)));
        }
        return List.of();
      })
      .build();

  static final RewritePattern DOUBLE_NEGATION = RewritePattern.of("DoubleNegation", "test.neg", 1, (op, rewriter) -> {
    Operation inner = op.operand(0).definingOp();
    if (inner == null || !inner.name().equals("test.neg")) {
      return false;
    }
    rewriter.replaceOp(op, List.of(inner.operand(0)));
    return true;
  });

  static final OpDefinition NEG = OpDefinition.builder("test.neg").operands(1).results(1)
      .traits(CoreTrait.PURE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE)
      .implement(CanonicalizationPatterns.class, () -> List.of(DOUBLE_NEGATION))
      .build();

  static final OpDefinition FUNC = OpDefinition.builder("test.func").operands(0).results(0).regions(1)
      .traits(CoreTrait.ISOLATED_FROM_ABOVE, CoreTrait.SYMBOL, CoreTrait.NO_TERMINATOR).build();

  static final OpDefinition EFFECT = OpDefinition.builder("test.effect").build();

  private TestDialect() {}

  /** A context with this dialect, accepting unregistered ops too. */
  public static IrContext context() {
    return IrContext.of(INSTANCE).allowUnregisteredDialects(true);
  }

  /** Parses {@code text} as a module in {@link #context()}-like {@code context}. */
  public static Operation parse(IrContext context, String text) {
    return IrParser.parseModule(context, new SourceFile("test.mlir", text));
  }

  @Override
  public String namespace() {
    return "test";
  }

  @Override
  public List<OpDefinition> operations() {
    return List.of(CONST, ADD, NEG, FUNC, EFFECT);
  }

  @Override
  public Operation materializeConstant(OpBuilder builder, Attribute value, Type type, Location location) {
    return builder.create(new OperationState("test.const", location).addAttribute("value", value).addResultType(type));
  }
}
