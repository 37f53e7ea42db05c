package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * What callers know of a generated function: parameter and return types, how many trailing
 * parameters have defaults, its estimated cost per call, and whether it is the recursive kind
 * (first parameter the remaining depth).
 */
record FunctionSignature(String name, List<ValueType> parameters, int defaults, ValueType returns, long cost,
    boolean recursive) {}
