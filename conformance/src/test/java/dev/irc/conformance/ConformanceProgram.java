package dev.irc.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of {@code conformance/programs/} with CPython 3.11's recorded results: standard
 * output, the last line of standard error (empty if none) and the exit code.
 */
record ConformanceProgram(Path source, String stdout, String stderrLast, int exitCode) {
  static final Path DIRECTORY = locate();

  /** Every program with its expectations, sorted by name. */
  static List<ConformanceProgram> all() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().map(ConformanceProgram::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    String file = source.getFileName().toString();
    return file.substring(0, file.length() - ".py".length());
  }

  private static ConformanceProgram load(Path source) {
    String base = source.toString().substring(0, source.toString().length() - ".py".length());
    return new ConformanceProgram(source, read(base + ".stdout"), read(base + ".stderr-last").strip(),
        Integer.parseInt(read(base + ".exit").strip()));
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing expectation (run conformance/record-expectations.sh): " + path, e);
    }
  }

  /** The last non-empty line of {@code text}, or "". */
  static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("conformance/programs");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      if (dir.getFileName() != null && dir.getFileName().toString().equals("conformance")
          && Files.isDirectory(dir.resolve("programs"))) {
        return dir.resolve("programs");
      }
    }
    throw new IllegalStateException("conformance/programs not found above " + Path.of("").toAbsolutePath());
  }
}
