package dev.irc.ir.builtin;

import dev.irc.ir.Type;
import java.util.List;
import java.util.stream.Collectors;

/** The type of a function: {@code (i64, f64) -> i1}; several results print in parentheses. */
public record FunctionType(List<Type> inputs, List<Type> results) implements Type {
  public FunctionType {
    inputs = List.copyOf(inputs);
    results = List.copyOf(results);
  }

  @Override
  public String toString() {
    String in = inputs.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
    return in + " -> " + resultsToString(results);
  }

  /** How a result list prints after an arrow: bare for one non-function type, else parenthesized. */
  public static String resultsToString(List<Type> results) {
    if (results.size() == 1 && !(results.getFirst() instanceof FunctionType)) {
      return results.getFirst().toString();
    }
    return results.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
