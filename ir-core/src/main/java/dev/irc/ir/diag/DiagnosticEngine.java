package dev.irc.ir.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the diagnostics of one compilation. By default it records them; a handler (e.g. one
 * that prints, or the {@code --verify-diagnostics} checker) may also observe each as it is
 * emitted. Thread-safe, since passes may run functions in parallel.
 */
public final class DiagnosticEngine {
  private final List<Diagnostic> emitted = new ArrayList<>();
  private final List<Consumer<Diagnostic>> handlers = new ArrayList<>();
  private int errorCount;

  public synchronized void emit(Diagnostic diagnostic) {
    emitted.add(diagnostic);
    if (diagnostic.severity() == Severity.ERROR) {
      errorCount++;
    }
    for (Consumer<Diagnostic> handler : handlers) {
      handler.accept(diagnostic);
    }
  }

  public void error(Location location, String message) {
    emit(Diagnostic.error(location, message));
  }

  public synchronized void addHandler(Consumer<Diagnostic> handler) {
    handlers.add(handler);
  }

  public synchronized boolean hasErrors() {
    return errorCount > 0;
  }

  public synchronized List<Diagnostic> diagnostics() {
    return List.copyOf(emitted);
  }

  public synchronized void clear() {
    emitted.clear();
    errorCount = 0;
  }
}
