package dev.irc.dialect.llvm;

import dev.irc.ir.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code !llvm.struct<(i64, i1)>}: a literal (unnamed, unpacked) struct, used for the
 * {@code {result, overflow}} pairs of the overflow intrinsics and for the results of functions
 * with several results (as {@code convert-to-llvm} lowers them).
 */
public record LlvmStructType(List<Type> elements) implements LlvmType {
  public LlvmStructType {
    elements = List.copyOf(elements);
  }

  public static LlvmStructType of(Type... elements) {
    return new LlvmStructType(List.of(elements));
  }

  @Override
  public String body() {
    return elements.stream().map(LlvmType::nested).collect(Collectors.joining(", ", "struct<(", ")>"));
  }

  @Override
  public String toString() {
    return "!llvm." + body();
  }
}
