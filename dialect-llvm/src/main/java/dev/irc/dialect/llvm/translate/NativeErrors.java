package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeErrorMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMGetErrorMessage;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;

/** Turns LLVM's error objects and owned C strings into Java strings, freeing the native memory. */
public final class NativeErrors {
  private NativeErrors() {}

  /** Throws a {@link TranslationException} saying {@code what} failed if {@code error} is set; consumes it. */
  public static void check(LLVMErrorRef error, String what) {
    if (error != null && !error.isNull()) {
      BytePointer message = LLVMGetErrorMessage(error);
      String text = message.getString();
      LLVMDisposeErrorMessage(message);
      throw new TranslationException(what + ": " + text);
    }
  }

  /** The text of a message LLVM allocated for us ({@code LLVMPrintModuleToString}, ...), disposed afterwards. */
  public static String takeMessage(BytePointer message) {
    if (message == null || message.isNull()) {
      return "";
    }
    try {
      return message.getString();
    } finally {
      LLVMDisposeMessage(message);
    }
  }
}
