package dev.irc.py.conversion.toarith;

import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassProvider;
import dev.irc.passes.PassRegistration;
import java.util.List;

/**
 * The {@code py-to-arith} pass on a {@code builtin.module} of py IR: infers types from
 * {@code @__main__} and lowers the whole program to func/arith/cf. A program that cannot be
 * typed is left unchanged, with a warning per reason (the driver then runs it on the evaluator).
 */
public final class PyToArithPass extends Pass {
  public PyToArithPass() {
    super("py-to-arith", "PyToArith",
        "Type the py program from @__main__ and lower it to func/arith/cf (specialized per signature, guarded)",
        "builtin.module");
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    ProgramTypes types = TypeInference.infer(op);
    if (!types.isTyped()) {
      for (FunctionTypes function : types.functions().values()) {
        for (UntypedReason reason : function.reasons()) {
          execution.diagnostics().emit(Diagnostic.warning(reason.location(),
              "not compiled (" + function.specialization() + "): " + reason.message()));
        }
      }
      return;
    }
    ModuleLowering.lower(op, types, execution.context());
  }

  /** Registers {@code py-to-arith} with the pass registry. */
  public static final class Provider implements PassProvider {
    @Override
    public List<PassRegistration> passes() {
      return List.of(PassRegistration.of(PyToArithPass::new));
    }
  }
}
