package dev.irc.ir.interp;

import java.util.List;

/**
 * What executing one op tells the {@link Interpreter}: continue with the op's result values,
 * branch to a successor block with arguments, or leave the region with values (a return).
 */
public sealed interface Outcome permits Outcome.Continue, Outcome.Branch, Outcome.Return {

  /** Go on with the next op; {@code results} are the op's result values, one per result. */
  record Continue(List<Object> results) implements Outcome {
    public Continue {
      results = List.copyOf(results);
    }
  }

  /** Transfer control to successor {@code successor} of the op, binding {@code arguments} to its block arguments. */
  record Branch(int successor, List<Object> arguments) implements Outcome {
    public Branch {
      arguments = List.copyOf(arguments);
    }
  }

  /** Leave the enclosing region (a function body) with {@code values}. */
  record Return(List<Object> values) implements Outcome {
    public Return {
      values = List.copyOf(values);
    }
  }

  /** Continue with no results. */
  Outcome NONE = new Continue(List.of());

  /** Continue with the given results. */
  static Outcome results(Object... values) {
    return new Continue(List.of(values));
  }
}
