package dev.irc.passes.rewrite;

import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewritePattern;
import java.util.List;

/**
 * A pattern of a dialect conversion: rewrites one op into legal ops, receiving the op's
 * operands already converted by its {@link TypeConverter} (through target materializations).
 *
 * <p>The conversion driver does not roll back: a pattern must decide whether it applies before
 * it changes anything, and return false without touching the IR when it does not.
 */
public abstract class ConversionPattern extends RewritePattern {
  private final TypeConverter typeConverter;

  protected ConversionPattern(String rootName, int benefit, TypeConverter typeConverter) {
    super(rootName, benefit);
    this.typeConverter = typeConverter;
  }

  /** The body of a conversion pattern written as a lambda. */
  @FunctionalInterface
  public interface Body {
    boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);
  }

  /** A conversion pattern from a lambda. */
  public static ConversionPattern of(String name, String rootName, int benefit, TypeConverter typeConverter, Body body) {
    return new ConversionPattern(rootName, benefit, typeConverter) {
      @Override
      public boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter) {
        return body.matchAndRewrite(op, operands, rewriter);
      }

      @Override
      public String debugName() {
        return name;
      }
    };
  }

  /** The converter of this pattern's operand and result types, or null when types do not change. */
  public final TypeConverter typeConverter() {
    return typeConverter;
  }

  /** Converts {@code op} given its converted {@code operands}; returns whether it did. */
  public abstract boolean matchAndRewrite(Operation op, List<Value> operands, ConversionPatternRewriter rewriter);

  @Override
  public final boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
    if (!(rewriter instanceof ConversionPatternRewriter conversion)) {
      throw new IllegalStateException("conversion pattern " + debugName() + " used outside a dialect conversion");
    }
    return matchAndRewrite(op, conversion.remapOperands(op, typeConverter), conversion);
  }
}
