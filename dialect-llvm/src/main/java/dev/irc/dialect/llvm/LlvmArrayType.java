package dev.irc.dialect.llvm;

import dev.irc.ir.Type;

/** {@code !llvm.array<6 x i8>}: a fixed-size array, the type of string constants in globals. */
public record LlvmArrayType(long size, Type element) implements LlvmType {
  public LlvmArrayType {
    if (size < 0) {
      throw new IllegalArgumentException("negative array size: " + size);
    }
  }

  @Override
  public String body() {
    return "array<" + size + " x " + LlvmType.nested(element) + ">";
  }

  @Override
  public String toString() {
    return "!llvm." + body();
  }
}
