package dev.irc.targets.jit;

import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;

/** Derives the C-ABI {@link FunctionDescriptor} of an {@code llvm.func} signature for downcalls from Java. */
final class NativeSignatures {
  private NativeSignatures() {}

  static FunctionDescriptor descriptor(LlvmFunctionType type) {
    if (type.variadic()) {
      throw new JitException("variadic functions cannot be called from Java: " + type);
    }
    MemoryLayout[] arguments = type.parameters().stream().map(NativeSignatures::layout).toArray(MemoryLayout[]::new);
    return type.returnsVoid() ? FunctionDescriptor.ofVoid(arguments)
        : FunctionDescriptor.of(layout(type.result()), arguments);
  }

  private static MemoryLayout layout(Type type) {
    return switch (type) {
      case IntegerType(int width) when width == 1 -> ValueLayout.JAVA_BOOLEAN;
      case IntegerType(int width) when width == 8 -> ValueLayout.JAVA_BYTE;
      case IntegerType(int width) when width == 16 -> ValueLayout.JAVA_SHORT;
      case IntegerType(int width) when width == 32 -> ValueLayout.JAVA_INT;
      case IntegerType(int width) when width == 64 -> ValueLayout.JAVA_LONG;
      case FloatType(int width) when width == 32 -> ValueLayout.JAVA_FLOAT;
      case FloatType(int width) when width == 64 -> ValueLayout.JAVA_DOUBLE;
      case LlvmPointerType pointer -> ValueLayout.ADDRESS;
      default -> throw new JitException("type " + type + " has no Java calling-convention equivalent");
    };
  }
}
