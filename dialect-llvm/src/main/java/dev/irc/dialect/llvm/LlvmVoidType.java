package dev.irc.dialect.llvm;

/** {@code !llvm.void}: the result type of a function that returns nothing (only inside {@code !llvm.func}). */
public record LlvmVoidType() implements LlvmType {
  public static final LlvmVoidType INSTANCE = new LlvmVoidType();

  @Override
  public String body() {
    return "void";
  }

  @Override
  public String toString() {
    return "!llvm.void";
  }
}
