package dev.irc.py.ast;

import dev.irc.ir.diag.SourceFile;
import java.util.List;

/**
 * A parsed Python file: its top-level statements and the source they came from.
 *
 * <p>It is the front end's result and the input of SSA construction; keeping the
 * {@link SourceFile} here lets later stages render diagnostics with source lines.
 */
public record Module(SourceFile source, List<Stmt> body) {
  public Module {
    body = List.copyOf(body);
  }
}
