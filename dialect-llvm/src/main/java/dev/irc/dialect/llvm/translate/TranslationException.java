package dev.irc.dialect.llvm.translate;

/** Raised when llvm-dialect IR cannot be translated to LLVM IR, or when LLVM rejects the result. */
public final class TranslationException extends RuntimeException {
  public TranslationException(String message) {
    super(message);
  }
}
