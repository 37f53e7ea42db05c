package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * A generated {@code def name(parameters..., defaulted=default...):} with its body; the last
 * {@code defaults.size()} parameters have the given default values.
 */
public record FuzzFunction(String name, List<String> parameters, List<FuzzExpr> defaults, List<FuzzStmt> body) {
  public FuzzFunction {
    parameters = List.copyOf(parameters);
    defaults = List.copyOf(defaults);
    body = List.copyOf(body);
    if (defaults.size() > parameters.size()) {
      throw new IllegalArgumentException("more defaults than parameters in " + name);
    }
  }

  public FuzzFunction withBody(List<FuzzStmt> newBody) {
    return new FuzzFunction(name, parameters, defaults, newBody);
  }
}
