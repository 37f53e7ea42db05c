package dev.irc.py.conversion.toarith;

import dev.irc.dialect.func.FuncOp;
import dev.irc.ir.Operation;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime functions lowered programs call, declared on demand as
 * {@code func.func private @irc_print_i64(i64)} (see the package documentation for the ABI).
 * Fallible helpers return their results followed by an {@code i1} that is true when they raised.
 */
final class RuntimeAbi {
  static final Type I1 = IntegerType.I1;
  static final Type I64 = IntegerType.I64;
  static final Type F64 = FloatType.F64;

  private static final Map<String, FunctionType> SIGNATURES = new HashMap<>();

  static {
    sig("irc_print_i64", List.of(I64), List.of());
    sig("irc_print_f64", List.of(F64), List.of());
    sig("irc_print_bool", List.of(I1), List.of());
    sig("irc_print_none", List.of(), List.of());
    sig("irc_print_str", List.of(I64), List.of());
    sig("irc_raise", List.of(I64), List.of());
    sig("irc_raise_in_caller", List.of(I64), List.of());
    sig("irc_deopt", List.of(I64), List.of());
    sig("irc_traceback", List.of(I64), List.of());
    sig("irc_global_bound", List.of(I64), List.of(I1));
    sig("irc_global_get_i64", List.of(I64), List.of(I64));
    sig("irc_global_get_f64", List.of(I64), List.of(F64));
    sig("irc_global_get_bool", List.of(I64), List.of(I1));
    sig("irc_global_set_i64", List.of(I64, I64), List.of());
    sig("irc_global_set_f64", List.of(I64, F64), List.of());
    sig("irc_global_set_bool", List.of(I64, I1), List.of());
    sig("irc_global_set_none", List.of(I64), List.of());
    sig("irc_int_truediv", List.of(I64, I64), List.of(F64, I1));
    sig("irc_float_pow", List.of(F64, F64), List.of(F64, I1));
    sig("irc_round_f64", List.of(F64), List.of(I64, I1));
    sig("irc_round_f64_digits", List.of(F64, I64), List.of(F64, I1));
    sig("irc_math_gcd", List.of(I64, I64), List.of(I64, I1));
    for (String f : BuiltinSignatures.FLOAT_UNARY) {
      sig("irc_math_" + f, List.of(F64), List.of(F64, I1));
    }
    for (String f : BuiltinSignatures.FLOAT_BINARY) {
      sig("irc_math2_" + f, List.of(F64, F64), List.of(F64, I1));
    }
    for (String f : BuiltinSignatures.TO_INT) {
      sig("irc_math_" + f, List.of(F64), List.of(I64, I1));
    }
    sig("floor", List.of(F64), List.of(F64));
    for (String f : BuiltinSignatures.LIBM_CAN_OVERFLOW.keySet()) {
      sig(f, List.of(F64), List.of(F64));
    }
    sig("fabs", List.of(F64), List.of(F64));
    sig("erf", List.of(F64), List.of(F64));
    sig("erfc", List.of(F64), List.of(F64));
    sig("nextafter", List.of(F64, F64), List.of(F64));
    for (String f : BuiltinSignatures.INT_UNARY) {
      sig("irc_math_" + f, List.of(I64), List.of(I64, I1));
    }
    for (String f : BuiltinSignatures.INT_BINARY) {
      sig("irc_math_" + f, List.of(I64, I64), List.of(I64, I1));
    }
    sig("irc_math_ldexp", List.of(F64, I64), List.of(F64, I1));
    sig("irc_norm_scale", List.of(F64), List.of(F64));
    sig("irc_norm_add", List.of(F64, F64, F64, F64, F64, F64, F64), List.of(F64, F64, F64, F64));
    sig("irc_norm_finish", List.of(F64, F64, F64, F64, F64, F64, I1, I1), List.of(F64));
    sig("irc_int_pow_mod", List.of(I64, I64, I64), List.of(I64, I1));
  }

  private RuntimeAbi() {}

  private static void sig(String name, List<Type> inputs, List<Type> results) {
    SIGNATURES.put(name, new FunctionType(inputs, results));
  }

  /** The signature of runtime function {@code name}. */
  static FunctionType signature(String name) {
    FunctionType type = SIGNATURES.get(name);
    if (type == null) {
      throw new IllegalArgumentException("no runtime function @" + name);
    }
    return type;
  }

  /** Every runtime function and its signature. */
  static Map<String, FunctionType> all() {
    return Map.copyOf(SIGNATURES);
  }

  /** Adds {@code func.func private @name} to {@code module} unless it is there. */
  static void declare(Operation module, String name) {
    if (new SymbolTable(module).lookup(name).isPresent()) {
      return;
    }
    ModuleOp.body(module).append(FuncOp.createDeclaration(name, signature(name), Location.UNKNOWN));
  }
}
