package dev.irc.dialect.cf;

import dev.irc.ir.Dialect;
import dev.irc.ir.OpDefinition;
import java.util.List;

/**
 * The {@code cf} dialect: unstructured control flow between the blocks of a region
 * ({@code cf.br}, {@code cf.cond_br}, {@code cf.switch}) and runtime assertions ({@code cf.assert}), as in MLIR.
 */
public final class CfDialect implements Dialect {
  /** Public for {@code java.util.ServiceLoader}. */
  public CfDialect() {}

  @Override
  public String namespace() {
    return "cf";
  }

  @Override
  public String description() {
    return "Branches between blocks and assertions (MLIR's cf).";
  }

  @Override
  public List<OpDefinition> operations() {
    return List.of(BranchOp.DEFINITION, CondBranchOp.DEFINITION, SwitchOp.DEFINITION, AssertOp.DEFINITION);
  }
}
