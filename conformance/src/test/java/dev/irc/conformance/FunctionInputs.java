package dev.irc.conformance;

import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.interp.RuntimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random arguments for the {@code func.func}s of a module whose parameters are all integers, in
 * the interpreter's representation ({@link RuntimeValue}): it exists so that two versions of a
 * function can be run on the same inputs and compared. Small values are as likely as arbitrary
 * bit patterns, since folds and branches tend to hinge on them.
 */
final class FunctionInputs {
  private FunctionInputs() {}

  /** The function definitions of {@code module} with only integer (or index) parameters. */
  static List<Operation> integerFunctions(Operation module) {
    var functions = new ArrayList<Operation>();
    module.region(0).blocks().getFirst().operations().forEach(op -> {
      if (op.name().equals("func.func") && op.numRegions() == 1 && !op.region(0).isEmpty()
          && op.region(0).blocks().getFirst().arguments().stream().allMatch(arg -> RuntimeValue.integerWidth(arg.type()) > 0)) {
        functions.add(op);
      }
    });
    return functions;
  }

  static List<Object> random(Operation function, SplittableRandom random) {
    var arguments = new ArrayList<Object>();
    for (Value parameter : function.region(0).blocks().getFirst().arguments()) {
      arguments.add(value(parameter.type(), random));
    }
    return arguments;
  }

  private static Object value(Type type, SplittableRandom random) {
    int width = RuntimeValue.integerWidth(type);
    if (type.equals(IntegerType.I1)) {
      return random.nextBoolean();
    }
    long bits = random.nextBoolean() ? random.nextLong(-8, 9) : random.nextLong();
    return width == 64 ? bits : bits << (64 - width) >> (64 - width);
  }
}
