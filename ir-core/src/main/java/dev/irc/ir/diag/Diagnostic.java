package dev.irc.ir.diag;

import java.util.List;

/**
 * One message about the user's input: a severity, a location and text, plus attached notes.
 *
 * <p>Diagnostics are data; {@link DiagnosticRenderer} turns them into the
 * {@code file:line:col: error: message} form with the source line and a caret.
 */
public record Diagnostic(Severity severity, Location location, String message, List<Diagnostic> notes) {

  public Diagnostic {
    notes = List.copyOf(notes);
  }

  public static Diagnostic error(Location location, String message) {
    return new Diagnostic(Severity.ERROR, location, message, List.of());
  }

  public static Diagnostic warning(Location location, String message) {
    return new Diagnostic(Severity.WARNING, location, message, List.of());
  }

  public static Diagnostic note(Location location, String message) {
    return new Diagnostic(Severity.NOTE, location, message, List.of());
  }

  /** Returns a copy with {@code note} attached. */
  public Diagnostic withNote(Diagnostic note) {
    var all = new java.util.ArrayList<>(notes);
    all.add(note);
    return new Diagnostic(severity, location, message, all);
  }
}
