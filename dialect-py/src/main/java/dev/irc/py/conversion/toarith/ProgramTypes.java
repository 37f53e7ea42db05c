package dev.irc.py.conversion.toarith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link TypeInference}: the types of every reachable specialization, the types of
 * the module's globals, and reasons that concern the whole program. The program can be lowered
 * when every specialization is typed; otherwise it runs on the reference evaluator and
 * {@link #explain()} says which function could not be typed and why.
 */
public record ProgramTypes(Map<Specialization, FunctionTypes> functions, Map<String, PyType> globals,
    List<UntypedReason> programReasons) {

  /** Whether every reachable specialization is typed, so the whole program can be compiled. */
  public boolean isTyped() {
    return programReasons.isEmpty() && functions.values().stream().allMatch(FunctionTypes::isTyped);
  }

  /** Per specialization, one line saying whether it is compiled, and the reasons it is not (with locations). */
  public List<String> explain() {
    var lines = new ArrayList<String>();
    programReasons.forEach(r -> lines.add("program: not compiled: " + r));
    boolean all = isTyped();
    for (FunctionTypes types : functions.values()) {
      String name = types.specialization().function().equals(dev.irc.py.dialect.FuncOp.MAIN)
          ? "<module>" : types.specialization().function();
      String signature = name + "(" + String.join(", ", types.specialization().argumentTypes().stream()
          .map(PyType::mnemonic).toList()) + ") -> " + types.returnType().mnemonic();
      if (types.isTyped()) {
        lines.add(signature + ": " + (all ? "compiled as " + types.specialization()
            : "typed as " + types.specialization() + ", but runs on the evaluator with the rest of the program"));
      } else {
        lines.add(signature + ": not compiled (runs on the reference evaluator):");
        types.reasons().forEach(r -> lines.add("  " + r));
      }
    }
    return lines;
  }
}
