package dev.irc.dialect.llvm;

import dev.irc.ir.Type;

/**
 * A type of the {@code llvm} dialect ({@code !llvm.ptr}, {@code !llvm.struct<(i64, i1)>}).
 * Nested inside another llvm type it prints without the {@code !llvm.} prefix, as MLIR does,
 * so every type exposes its {@link #body()} besides its full {@link #toString()} form.
 */
public sealed interface LlvmType extends Type
    permits LlvmPointerType, LlvmVoidType, LlvmStructType, LlvmArrayType, LlvmFunctionType {
  /** The text after {@code !llvm.}: {@code ptr}, {@code struct<(i64, i1)>}. */
  String body();

  /** How {@code type} prints nested in an llvm type: the body for llvm types, the full text otherwise. */
  static String nested(Type type) {
    return type instanceof LlvmType llvm ? llvm.body() : type.toString();
  }
}
