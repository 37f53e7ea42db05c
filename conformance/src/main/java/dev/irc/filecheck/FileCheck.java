package dev.irc.filecheck;

import java.util.List;

/**
 * Entry point of irc's FileCheck: verifies that an input text matches the directives of a check
 * file, with LLVM FileCheck's semantics and diagnostics.
 *
 * <p>irc's text tests ({@code // RUN: irc-opt %s | filecheck %s}) run inside the JVM, without an
 * LLVM installation, so the matcher lives here as a library that both the {@code filecheck}
 * command and the lit runner call.
 */
public final class FileCheck {
  private FileCheck() {}

  /**
   * Checks {@code input} against the directives in {@code checkText}.
   *
   * @param checkFileName the check file's name, as shown in diagnostics
   * @param checkText the check file's contents
   * @param inputName the input's name in diagnostics, {@code <stdin>} for standard input
   * @param input the text under test
   * @param options prefixes and matching options
   * @return {@link FileCheckResult.Passed}, or {@link FileCheckResult.Failed} with LLVM-style
   *     diagnostics and exit code 1 (mismatch) or 2 (bad check file, bad options, empty input)
   */
  public static FileCheckResult check(
      String checkFileName,
      String checkText,
      String inputName,
      String input,
      FileCheckOptions options) {
    List<CheckString> strings;
    try {
      CheckFileParser.validatePrefixes(options);
      SourceBuffer check = new SourceBuffer(checkFileName, canonicalize(checkText, options));
      strings = new CheckFileParser(check, options).parse();
    } catch (FileCheckException e) {
      return new FileCheckResult.Failed(e.getMessage(), 2);
    }
    if (input.isEmpty() && !options.allowEmptyInput()) {
      return new FileCheckResult.Failed("FileCheck error: '" + inputName + "' is empty.\n", 2);
    }
    SourceBuffer inputBuffer = new SourceBuffer(inputName, canonicalize(input, options));
    InputMatcher matcher = new InputMatcher(inputBuffer, options);
    if (matcher.run(strings)) {
      return new FileCheckResult.Passed();
    }
    return new FileCheckResult.Failed(matcher.diagnostics(), 1);
  }

  /** Checks with the default options ({@code CHECK} prefix, canonical whitespace). */
  public static FileCheckResult check(
      String checkFileName, String checkText, String inputName, String input) {
    return check(checkFileName, checkText, inputName, input, FileCheckOptions.defaults());
  }

  /**
   * Drops the {@code \r} of {@code \r\n} and, unless whitespace is strict, folds each run of
   * spaces and tabs into one space, as LLVM does to both buffers before matching.
   */
  static String canonicalize(String text, FileCheckOptions options) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (options.strictWhitespace() || (c != ' ' && c != '\t')) {
        out.append(c);
        continue;
      }
      out.append(' ');
      while (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        i++;
      }
    }
    return out.toString();
  }
}
