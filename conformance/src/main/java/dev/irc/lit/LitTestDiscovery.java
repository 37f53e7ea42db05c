package dev.irc.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds lit tests: every file with a RUN line under {@code <root>/<module>/src/test/lit/} of
 * this repository, or under any one directory ({@link #discoverIn}), skipping hidden files and
 * {@code Inputs} directories.
 *
 * <p>Each module keeps its text tests beside its code, and this one place collects them all so
 * a single JUnit suite runs every one.
 */
public final class LitTestDiscovery {
  /** The system property holding the repository root (set by the parent pom's surefire). */
  public static final String ROOT_PROPERTY = "irc.root";

  private LitTestDiscovery() {}

  /**
   * The repository root: the {@code irc.root} system property, else the nearest directory at
   * or above the working directory that holds {@code mvnw}.
   */
  public static Path repositoryRoot() {
    String property = System.getProperty(ROOT_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("mvnw"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find the repository root: set -D" + ROOT_PROPERTY + " or run inside the repo");
  }

  /** The lit test files of every module of the repository at {@code root}, sorted by path. */
  public static List<Path> discover(Path root) {
    List<Path> tests = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().toList()) {
        Path litDir = module.resolve("src/test/lit");
        if (Files.isDirectory(litDir)) {
          tests.addAll(discoverIn(litDir));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tests;
  }

  /**
   * The lit test files in {@code litDir} and below (files with a RUN line), sorted by path: what
   * a project outside this repository points at its own test directory.
   */
  public static List<Path> discoverIn(Path litDir) {
    try (Stream<Path> files = Files.walk(litDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(path -> isCandidate(litDir.relativize(path)))
          .filter(LitTestFile::hasRunLine)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isCandidate(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("Inputs")) {
        return false;
      }
    }
    String name = relative.getFileName().toString();
    return !name.startsWith("lit.") && !name.endsWith(".md");
  }
}
