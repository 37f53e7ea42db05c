package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * What callers know of a generated function: parameter and return types, how many trailing
 * parameters have defaults, its estimated cost per call, whether it is the recursive kind
 * (first parameter the remaining depth), and the exception classes its {@code raise} statements
 * (and those of its callees) may let out of it.
 */
record FunctionSignature(String name, List<ValueType> parameters, int defaults, ValueType returns, long cost,
    boolean recursive, List<String> raises) {
  FunctionSignature {
    parameters = List.copyOf(parameters);
    raises = List.copyOf(raises);
  }
}
