package dev.irc.dialect.llvm;

import dev.irc.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code !llvm.func<i64 (i64, ptr, ...)>}: the signature of an {@code llvm.func}, with one
 * result ({@link LlvmVoidType} for none) and an optional C variadic tail.
 */
public record LlvmFunctionType(Type result, List<Type> parameters, boolean variadic) implements LlvmType {
  public LlvmFunctionType {
    parameters = List.copyOf(parameters);
  }

  public boolean returnsVoid() {
    return result instanceof LlvmVoidType;
  }

  /** The result types as an op sees them: empty for void. */
  public List<Type> results() {
    return returnsVoid() ? List.of() : List.of(result);
  }

  @Override
  public String body() {
    var parts = new ArrayList<String>();
    parameters.forEach(p -> parts.add(LlvmType.nested(p)));
    if (variadic) {
      parts.add("...");
    }
    return "func<" + LlvmType.nested(result) + " (" + String.join(", ", parts) + ")>";
  }

  @Override
  public String toString() {
    return "!llvm." + body();
  }
}
