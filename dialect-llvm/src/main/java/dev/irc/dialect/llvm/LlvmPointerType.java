package dev.irc.dialect.llvm;

/** {@code !llvm.ptr}: an opaque pointer in address space 0, the only pointer type lowered code needs. */
public record LlvmPointerType() implements LlvmType {
  public static final LlvmPointerType INSTANCE = new LlvmPointerType();

  @Override
  public String body() {
    return "ptr";
  }

  @Override
  public String toString() {
    return "!llvm.ptr";
  }
}
