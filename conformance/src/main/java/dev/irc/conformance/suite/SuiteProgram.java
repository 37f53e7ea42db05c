package dev.irc.conformance.suite;

import dev.irc.conformance.engine.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One conformance program with the results CPython 3.11 recorded for it
 * ({@code NAME.stdout}, {@code NAME.stderr-last}, {@code NAME.exit}, written by
 * {@code conformance/record-expectations.sh}) and its {@link ProgramHeader}.
 */
public record SuiteProgram(Path source, String text, ProgramHeader header, Outcome expected) {
  /** Every {@code .py} file of {@code directory} with its expectations, sorted by name. */
  public static List<SuiteProgram> loadAll(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().map(SuiteProgram::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SuiteProgram load(Path source) {
    String base = source.toString().substring(0, source.toString().length() - ".py".length());
    String text = read(source.toString());
    var expected = new Outcome(Outcome.Kind.RAN, read(base + ".stdout"), read(base + ".stderr-last").strip(),
        Integer.parseInt(read(base + ".exit").strip()));
    return new SuiteProgram(source, text, ProgramHeader.of(text), expected);
  }

  /** The file name without {@code .py}. */
  public String name() {
    String file = source.getFileName().toString();
    return file.substring(0, file.length() - ".py".length());
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing expectation (run conformance/record-expectations.sh): " + path, e);
    }
  }
}
