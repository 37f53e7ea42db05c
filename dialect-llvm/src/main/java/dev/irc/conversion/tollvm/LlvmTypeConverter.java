package dev.irc.conversion.tollvm;

import dev.irc.ir.Type;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.Optional;

/**
 * The type mapping of {@code convert-to-llvm}: builtin integers and floats stay as they are
 * (the llvm dialect uses them directly) and {@code index} becomes {@code i64} (x86-64,
 * aarch64 and riscv64 are 64-bit targets).
 */
final class LlvmTypeConverter {
  private LlvmTypeConverter() {}

  static TypeConverter create() {
    return new TypeConverter().addConversion(type -> type instanceof IndexType
        ? Optional.<Type>of(IntegerType.I64) : Optional.empty());
  }
}
