package dev.irc.py.conversion.toarith;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One compiled version of a {@code py.func}: the function and the types of its arguments. Each
 * distinct argument-type signature of a call gets its own specialization (monomorphization),
 * named {@code @fib$i64} in the lowered module; {@code @__main__} keeps its name.
 */
public record Specialization(String function, List<PyType> argumentTypes) {
  public Specialization {
    argumentTypes = List.copyOf(argumentTypes);
  }

  /** The symbol of the lowered {@code func.func}: {@code fib$i64}, {@code f$i64_f64}, {@code g$} for no arguments. */
  public String symbol() {
    if (function.equals(dev.irc.py.dialect.FuncOp.MAIN)) {
      return function;
    }
    return function + "$" + argumentTypes.stream().map(PyType::mnemonic).collect(Collectors.joining("_"));
  }

  @Override
  public String toString() {
    return "@" + symbol();
  }
}
