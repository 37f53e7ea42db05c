package dev.irc.ir.fold;

import dev.irc.ir.Attribute;
import dev.irc.ir.Value;
import java.util.Objects;

/**
 * What one result of a folded operation becomes: a constant (to be materialized as a
 * constant op by the dialect) or a value that already exists in the IR. Folders return one
 * per result so a driver can replace the op without knowing its kind.
 */
public sealed interface FoldResult permits FoldResult.Constant, FoldResult.Existing {

  /** The result is the constant {@code value}, whose type is the result's type. */
  record Constant(Attribute value) implements FoldResult {
    public Constant {
      Objects.requireNonNull(value, "constant");
    }
  }

  /**
   * The result is {@code value}, which has the result's type and dominates the op. When every
   * result of an op folds to the op's own result, the folder updated the op in place (see
   * {@link OpFolder#inPlace}).
   */
  record Existing(Value value) implements FoldResult {
    public Existing {
      Objects.requireNonNull(value, "value");
    }
  }

  static FoldResult constant(Attribute value) {
    return new Constant(value);
  }

  static FoldResult existing(Value value) {
    return new Existing(value);
  }
}
