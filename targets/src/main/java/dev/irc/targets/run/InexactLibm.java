package dev.irc.targets.run;

import dev.irc.dialect.llvm.FuncOp;
import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.StringAttr;
import java.util.List;

/**
 * The libm functions LLVM must not treat as builtins in compiled Python. CPython calls the
 * platform's libm for them, and a program must print what CPython prints; LLVM's libcall
 * simplifications ({@code pow(x, 2.0)} to {@code x * x}, {@code pow(2.0, y)} to {@code exp2(y)})
 * and its constant folding (with the compiling machine's libm) can differ from that libm in the
 * last bit. Functions whose result IEEE 754 defines exactly (sqrt, floor, ceil, trunc, rint,
 * fabs, copysign, fmod, fma) stay builtins, so LLVM can use instructions for them.
 */
final class InexactLibm {
  static final List<String> NAMES = List.of("pow", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin",
      "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "hypot", "cbrt", "asinh", "acosh", "atanh", "erf", "erfc");

  private static final ArrayAttr NO_BUILTINS = new ArrayAttr(
      NAMES.stream().<Attribute>map(name -> new StringAttr("no-builtin-" + name)).toList());

  private InexactLibm() {}

  /** Gives every function defined in {@code llvmModule} LLVM's {@code no-builtin-<name>} attributes. */
  static void markNoBuiltin(Operation llvmModule) {
    for (Operation op : ModuleOp.body(llvmModule).operations()) {
      if (op.name().equals(FuncOp.NAME) && !FuncOp.isExternal(op)) {
        op.setAttribute(FuncOp.PASSTHROUGH, NO_BUILTINS);
      }
    }
  }
}
