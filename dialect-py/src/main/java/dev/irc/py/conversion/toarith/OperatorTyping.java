package dev.irc.py.conversion.toarith;

import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.OperatorOps;
import java.util.Optional;

/**
 * The result types of {@code py.binop}, {@code py.unop} and {@code py.compare} from their operand
 * types, following Python's numeric tower: bool and int give int (i64, overflow-guarded), any
 * float operand gives float, {@code /} always gives float, and {@code int ** int} is an int only
 * when the exponent is a non-negative constant (a negative one gives a float).
 */
final class OperatorTyping {
  private OperatorTyping() {}

  static PyType binary(Operation op, PyType a, PyType b) {
    String kind = OperatorOps.kind(op);
    if (!a.isNumber() || !b.isNumber()) {
      return PyType.DYNAMIC;
    }
    boolean ints = a.isIntLike() && b.isIntLike();
    return switch (kind) {
      case "add", "sub", "mul", "floordiv", "mod" -> ints ? PyType.INT : PyType.FLOAT;
      case "truediv" -> PyType.FLOAT;
      case "pow" -> {
        if (!ints) {
          yield PyType.FLOAT;
        }
        Optional<Long> exponent = constantInt(op.operand(1));
        yield exponent.isEmpty() ? PyType.DYNAMIC : exponent.get() >= 0 ? PyType.INT : PyType.FLOAT;
      }
      case "lshift", "rshift" -> ints ? PyType.INT : PyType.DYNAMIC;
      case "bitand", "bitor", "bitxor" -> a instanceof PyType.Bool && b instanceof PyType.Bool ? PyType.BOOL
          : ints ? PyType.INT : PyType.DYNAMIC;
      default -> PyType.DYNAMIC;
    };
  }

  static PyType unary(Operation op, PyType a) {
    return switch (OperatorOps.kind(op)) {
      case "neg", "pos" -> a.isIntLike() ? PyType.INT : a instanceof PyType.Float ? PyType.FLOAT : PyType.DYNAMIC;
      case "invert" -> a.isIntLike() ? PyType.INT : PyType.DYNAMIC;
      case "not" -> BuiltinSignatures.isScalar(a) ? PyType.BOOL : PyType.DYNAMIC;
      default -> PyType.DYNAMIC;
    };
  }

  static PyType compare(Operation op, PyType a, PyType b) {
    String kind = OperatorOps.kind(op);
    boolean none = a instanceof PyType.None || b instanceof PyType.None;
    if (a instanceof PyType.Str && b instanceof PyType.Str) {
      // Constant strings (such as __name__ == "__main__") compare at compile time.
      return kind.equals("eq") || kind.equals("ne") ? PyType.BOOL : PyType.DYNAMIC;
    }
    return switch (kind) {
      case "eq", "ne" -> (a.isNumber() && b.isNumber()) || (none && BuiltinSignatures.isScalar(a) && BuiltinSignatures.isScalar(b))
          ? PyType.BOOL : PyType.DYNAMIC;
      case "lt", "le", "gt", "ge" -> a.isNumber() && b.isNumber() ? PyType.BOOL : PyType.DYNAMIC;
      case "is", "isnot" -> (none && BuiltinSignatures.isScalar(a) && BuiltinSignatures.isScalar(b))
          || (a instanceof PyType.Bool && b instanceof PyType.Bool) ? PyType.BOOL : PyType.DYNAMIC;
      default -> PyType.DYNAMIC;
    };
  }

  /** The value of {@code value} if it is an int constant or the negation of one. */
  static Optional<Long> constantInt(Value value) {
    Operation def = value.definingOp();
    if (def == null) {
      return Optional.empty();
    }
    if (def.name().equals(ConstantOp.NAME) && ConstantOp.value(def) instanceof IntegerAttr integer
        && integer.type().equals(dev.irc.ir.builtin.IntegerType.I64)) {
      return Optional.of(integer.longValue());
    }
    if (def.name().equals(OperatorOps.UNOP.name()) && OperatorOps.kind(def).equals("neg")) {
      return constantInt(def.operand(0)).filter(v -> v != Long.MIN_VALUE).map(v -> -v);
    }
    return Optional.empty();
  }
}
