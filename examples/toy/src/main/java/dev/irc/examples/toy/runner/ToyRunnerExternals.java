package dev.irc.examples.toy.runner;

import dev.irc.examples.toy.toarith.ToyToArithPass;
import dev.irc.ir.interp.ExternalFunctionProvider;
import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * {@code toy_print_i64} for {@code irc-runner}: the function lowered {@code toy.print} calls,
 * in Java, printing the number and a newline to the runner's output. The runner binds it as an
 * upcall for the JIT ({@code --jit}) and as an external function of the IR interpreter
 * ({@code --interp}), so a lowered toy program prints the same on both.
 */
public final class ToyRunnerExternals implements ExternalFunctionProvider {
  private static final MethodHandle PRINTLN;

  static {
    try {
      PRINTLN = MethodHandles.lookup().findStatic(ToyRunnerExternals.class, "printI64",
          MethodType.methodType(void.class, PrintStream.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Public for {@code java.util.ServiceLoader}. */
  public ToyRunnerExternals() {}

  @Override
  public List<External> externals(PrintStream out) {
    return List.of(new External(ToyToArithPass.PRINT_FUNCTION, FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG),
        MethodHandles.insertArguments(PRINTLN, 0, out)));
  }

  private static void printI64(PrintStream out, long value) {
    out.println(value);
    out.flush();
  }
}
