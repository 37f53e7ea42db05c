package dev.irc.lit;

import java.nio.file.Path;

/**
 * Lit's {@code %} substitutions for one test: {@code %s} (the test file), {@code %S} and
 * {@code %p} (its directory), {@code %t} (a per-test temporary path), {@code %T} (the temporary
 * directory), and {@code %%} (a literal percent sign).
 *
 * <p>RUN lines name files relative to the test, so every command is rewritten with these
 * absolute paths before it is parsed.
 *
 * @param testFile the test file
 * @param tempPath the path {@code %t} stands for
 */
public record Substitutions(Path testFile, Path tempPath) {

  /** Replaces the substitutions in {@code command}, left to right in one pass. */
  public String apply(String command) {
    StringBuilder out = new StringBuilder(command.length() + 32);
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c != '%' || i + 1 == command.length()) {
        out.append(c);
        continue;
      }
      char next = command.charAt(i + 1);
      String replacement =
          switch (next) {
            case '%' -> "%";
            case 's' -> testFile.toString();
            case 'S', 'p' -> testFile.toAbsolutePath().getParent().toString();
            case 't' -> tempPath.toString();
            case 'T' -> tempPath.toAbsolutePath().getParent().toString();
            default -> null;
          };
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
        i++;
      }
    }
    return out.toString();
  }
}
