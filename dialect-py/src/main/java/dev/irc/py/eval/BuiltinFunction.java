package dev.irc.py.eval;

import java.util.List;

/**
 * The evaluator's implementation of one {@code py.builtin} function: it receives the positional
 * values, then the keyword names and values.
 */
@FunctionalInterface
interface BuiltinFunction {
  Object call(List<Object> positional, List<String> keywordNames, List<Object> keywordValues);
}
