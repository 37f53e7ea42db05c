package dev.irc.ir.diag;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input files known to one compilation, by name, so that diagnostics can quote their lines.
 */
public final class SourceManager {
  private final Map<String, SourceFile> files = new ConcurrentHashMap<>();

  /** Registers {@code file} under its name (replacing an older file of that name) and returns it. */
  public SourceFile add(SourceFile file) {
    files.put(file.name(), file);
    return file;
  }

  public Optional<SourceFile> find(String name) {
    return Optional.ofNullable(files.get(name));
  }
}
