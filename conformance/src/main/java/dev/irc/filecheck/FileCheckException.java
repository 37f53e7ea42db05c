package dev.irc.filecheck;

/**
 * Signals a malformed check file or option: the message is the fully rendered diagnostic.
 *
 * <p>Parsing stops at the first such error, as LLVM's does, so an exception is the simplest way
 * to unwind to {@link FileCheck#check}.
 */
public final class FileCheckException extends RuntimeException {
  public FileCheckException(String renderedMessage) {
    super(renderedMessage);
  }
}
