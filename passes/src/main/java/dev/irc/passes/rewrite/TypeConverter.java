package dev.irc.passes.rewrite;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.BuiltinDialect;
import dev.irc.ir.diag.Location;
import dev.irc.ir.rewrite.PatternRewriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps the types of a source type system to those of a target one (one to one) and builds the
 * casts that join the two while a conversion is in progress: a <em>target</em> materialization
 * turns a value of a source type into the converted type for a converted op's operand; a
 * <em>source</em> materialization turns a converted value back into the original type for users
 * not converted (yet). Both default to {@code builtin.unrealized_conversion_cast}, which later
 * passes cancel out or a full conversion must leave none of.
 */
public final class TypeConverter {
  /** Builds a value of {@code type} from {@code inputs} at the rewriter's insertion point, or returns null. */
  @FunctionalInterface
  public interface Materializer {
    Value materialize(PatternRewriter rewriter, Type type, List<Value> inputs, Location location);
  }

  private final List<Function<Type, Optional<Type>>> conversions = new ArrayList<>();
  private final List<Materializer> sourceMaterializations = new ArrayList<>();
  private final List<Materializer> targetMaterializations = new ArrayList<>();

  /**
   * Adds a conversion rule: empty means "not mine, ask the next rule". Rules added later are
   * tried first; a type no rule converts is kept as it is (legal).
   */
  public TypeConverter addConversion(Function<Type, Optional<Type>> conversion) {
    conversions.addFirst(conversion);
    return this;
  }

  public TypeConverter addSourceMaterialization(Materializer materializer) {
    sourceMaterializations.addFirst(materializer);
    return this;
  }

  public TypeConverter addTargetMaterialization(Materializer materializer) {
    targetMaterializations.addFirst(materializer);
    return this;
  }

  /** The converted form of {@code type} ({@code type} itself when no rule changes it). */
  public Type convertType(Type type) {
    for (Function<Type, Optional<Type>> conversion : conversions) {
      Optional<Type> converted = conversion.apply(type);
      if (converted.isPresent()) {
        return converted.get();
      }
    }
    return type;
  }

  public List<Type> convertTypes(List<Type> types) {
    return types.stream().map(this::convertType).toList();
  }

  /** Whether {@code type} is already in the target type system. */
  public boolean isLegal(Type type) {
    return convertType(type).equals(type);
  }

  /** Whether every operand and result type of {@code op} is legal (regions' block arguments too). */
  public boolean isLegal(Operation op) {
    return op.operandTypes().stream().allMatch(this::isLegal) && op.resultTypes().stream().allMatch(this::isLegal)
        && op.regions().stream().allMatch(r -> r.blocks().stream().allMatch(b -> b.argumentTypes().stream().allMatch(this::isLegal)));
  }

  /** A value of the converted type {@code type} computed from {@code input}. */
  public Value materializeTargetConversion(PatternRewriter rewriter, Type type, Value input, Location location) {
    return materialize(targetMaterializations, rewriter, type, input, location);
  }

  /** A value of the original type {@code type} computed from the converted {@code input}. */
  public Value materializeSourceConversion(PatternRewriter rewriter, Type type, Value input, Location location) {
    return materialize(sourceMaterializations, rewriter, type, input, location);
  }

  private static Value materialize(List<Materializer> materializers, PatternRewriter rewriter, Type type, Value input,
      Location location) {
    for (Materializer materializer : materializers) {
      Value value = materializer.materialize(rewriter, type, List.of(input), location);
      if (value != null) {
        return value;
      }
    }
    Operation cast = rewriter.create(new OperationState(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name(), location)
        .addOperand(input).addResultType(type));
    return cast.result();
  }
}
