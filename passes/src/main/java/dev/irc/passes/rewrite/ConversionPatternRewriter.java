package dev.irc.passes.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.BuiltinDialect;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewriteListener;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rewriter of a dialect conversion. Besides the usual edits it hands conversion patterns
 * their operands already in converted types, and keeps unconverted users working: replacing an
 * op by values of converted types inserts source materializations for the users that still
 * expect the original types, and {@link #convertRegionTypes} does the same for block arguments.
 */
public final class ConversionPatternRewriter extends PatternRewriter {
  private final Map<Value, Value> targetMaterializations = new IdentityHashMap<>();

  public ConversionPatternRewriter(IrContext context, RewriteListener listener) {
    super(context, listener);
  }

  /** The operands of {@code op}, each converted by {@code converter} (unchanged when it is null or the type is legal). */
  public List<Value> remapOperands(Operation op, TypeConverter converter) {
    var operands = new ArrayList<Value>(op.numOperands());
    for (Value operand : op.operands()) {
      if (converter == null || converter.isLegal(operand.type())) {
        operands.add(operand);
        continue;
      }
      Type converted = converter.convertType(operand.type());
      Operation producer = operand.definingOp();
      if (producer != null && producer.name().equals(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name())
          && producer.numOperands() == 1 && producer.operand(0).type().equals(converted)) {
        operands.add(producer.operand(0));
        continue;
      }
      Value cached = targetMaterializations.get(operand);
      if (cached != null && cached.type().equals(converted) && cached.definingOp() != null
          && cached.definingOp().parentBlock() != null) {
        operands.add(cached);
        continue;
      }
      // Right after the definition, so that every later user can share the materialization.
      if (producer != null) {
        setInsertionPointAfter(producer);
      } else {
        setInsertionPointToStart(operand.parentBlock());
      }
      Value materialized = converter.materializeTargetConversion(this, converted, operand, op.location());
      targetMaterializations.put(operand, materialized);
      operands.add(materialized);
    }
    return operands;
  }

  /** Replaces {@code op}; results whose type changed reach their remaining users through a source materialization. */
  @Override
  public void replaceOp(Operation op, List<? extends Value> replacement) {
    var adjusted = new ArrayList<Value>(replacement.size());
    for (int i = 0; i < replacement.size(); i++) {
      Value value = replacement.get(i);
      Type original = op.result(i).type();
      if (!value.type().equals(original) && op.result(i).hasUses()) {
        setInsertionPoint(op);
        var cast = create(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name(), op.location(), List.of(value), List.of(original));
        value = cast.result();
      }
      adjusted.add(value);
    }
    super.replaceOp(op, adjusted);
  }

  /**
   * Changes the block argument types of {@code region} to their converted types; existing uses
   * keep the original type through a cast at the start of each block.
   */
  public void convertRegionTypes(Region region, TypeConverter converter) {
    for (Block block : region.blocks()) {
      for (BlockArgument argument : block.arguments()) {
        Type original = argument.type();
        Type converted = converter.convertType(original);
        if (converted.equals(original)) {
          continue;
        }
        argument.setType(converted);
        if (argument.hasUses()) {
          setInsertionPointToStart(block);
          Value back = converter.materializeSourceConversion(this, original, argument, argument.location());
          Operation cast = back.definingOp();
          replaceUsesWithIf(argument, back, use -> use.owner() != cast);
        }
      }
    }
  }
}
