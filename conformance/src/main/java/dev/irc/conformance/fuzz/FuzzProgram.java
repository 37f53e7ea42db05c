package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * A generated Python program: {@code import math}, the functions, then the module-level code.
 * {@link #source()} is what every engine runs.
 */
public record FuzzProgram(List<FuzzFunction> functions, List<FuzzStmt> main) {
  public FuzzProgram {
    functions = List.copyOf(functions);
    main = List.copyOf(main);
  }

  /** The program as Python source text. */
  public String source() {
    return SourceWriter.write(this);
  }

  /** The number of statements and expressions, a measure of how far shrinking got. */
  public int size() {
    return ProgramSize.of(this);
  }
}
