package dev.irc.dialect.func;

import dev.irc.ir.Dialect;
import dev.irc.ir.OpDefinition;
import java.util.List;

/**
 * The {@code func} dialect: functions ({@code func.func}), direct calls ({@code func.call}) and
 * returns ({@code func.return}), as in MLIR; the unit of compilation every lowering targets.
 */
public final class FuncDialect implements Dialect {
  /** Public for {@code java.util.ServiceLoader}. */
  public FuncDialect() {}

  @Override
  public String namespace() {
    return "func";
  }

  @Override
  public String description() {
    return "Functions, calls and returns (MLIR's func).";
  }

  @Override
  public List<OpDefinition> operations() {
    return List.of(FuncOp.DEFINITION, CallOp.DEFINITION, ReturnOp.DEFINITION);
  }
}
