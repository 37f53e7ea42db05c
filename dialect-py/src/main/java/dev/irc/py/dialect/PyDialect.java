package dev.irc.py.dialect;

import dev.irc.ir.Dialect;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Type;
import dev.irc.ir.text.DialectAsmParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code py} dialect: dynamically typed Python operations in a control-flow graph, the
 * output of SSA construction and the input of the reference evaluator and of {@code py-to-arith}.
 * Registered as a {@link java.util.ServiceLoader} service so that {@code irc-opt} knows it.
 */
public final class PyDialect implements Dialect {
  /** The shared instance (the dialect is stateless). */
  public static final PyDialect INSTANCE = new PyDialect();

  @Override
  public String namespace() {
    return "py";
  }

  @Override
  public String description() {
    return "Dynamically typed Python values and operations (the front end's output).";
  }

  @Override
  public List<OpDefinition> operations() {
    var operations = new ArrayList<>(List.of(
        FuncOp.DEFINITION, ConstantOp.DEFINITION,
        OperatorOps.BINOP, OperatorOps.UNOP, OperatorOps.COMPARE, OperatorOps.TRUTH,
        CallOps.CALL, CallOps.BUILTIN, CallOps.CALL_VALUE,
        VariableOps.GLOBAL_LOAD, VariableOps.GLOBAL_STORE, VariableOps.UNBOUND, VariableOps.CHECK_BOUND,
        VariableOps.GLOBAL_DELETE, VariableOps.LOCAL_LOAD, VariableOps.LOCAL_STORE,
        IterationOps.ITER, IterationOps.NEXT, IterationOps.UNPACK,
        ControlOps.BR, ControlOps.COND_BR, ControlOps.RETURN, ControlOps.ASSERT, ControlOps.RAISE));
    operations.addAll(ExceptionOps.ALL);
    return List.copyOf(operations);
  }

  @Override
  public Type parseType(DialectAsmParser parser) {
    String mnemonic = parser.parseIdentifier();
    if (!mnemonic.equals("object")) {
      throw parser.error("unknown py type '" + mnemonic + "'");
    }
    return PyObjectType.INSTANCE;
  }
}
