package dev.irc.lit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lit test: a source file and the RUN lines written in its {@code //} or {@code #} comments.
 *
 * <p>The test and its expectations are the same text file, so reading a test means finding its
 * RUN lines; a trailing {@code \} continues a command on the next RUN line.
 *
 * @param path the test file
 * @param runLines its commands, in order
 */
public record LitTestFile(Path path, List<RunLine> runLines) {
  private static final Pattern RUN = Pattern.compile("^\\s*(?://+|#+)\\s*RUN:(.*)$");

  public LitTestFile {
    runLines = List.copyOf(runLines);
  }

  /** Reads {@code path} and collects its RUN lines. */
  public static LitTestFile read(Path path) throws IOException {
    return new LitTestFile(path, parseRunLines(Files.readString(path, StandardCharsets.UTF_8)));
  }

  /** Extracts the RUN lines of a test's text, joining {@code \}-continued lines. */
  public static List<RunLine> parseRunLines(String text) {
    List<RunLine> lines = new ArrayList<>();
    StringBuilder pending = null;
    int pendingLine = 0;
    String[] sourceLines = text.split("\r?\n", -1);
    for (int i = 0; i < sourceLines.length; i++) {
      Matcher matcher = RUN.matcher(sourceLines[i]);
      if (!matcher.matches()) {
        continue;
      }
      String content = matcher.group(1).strip();
      if (pending == null) {
        pending = new StringBuilder();
        pendingLine = i + 1;
      } else {
        pending.append(' ');
      }
      if (content.endsWith("\\")) {
        pending.append(content, 0, content.length() - 1).append(' ');
        continue;
      }
      pending.append(content);
      lines.add(new RunLine(pendingLine, pending.toString().strip().replaceAll("\\s+$", "")));
      pending = null;
    }
    if (pending != null) {
      lines.add(new RunLine(pendingLine, pending.toString().strip()));
    }
    return lines;
  }

  /** Whether {@code path} holds at least one RUN line. */
  public static boolean hasRunLine(Path path) {
    try {
      return !read(path).runLines().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
