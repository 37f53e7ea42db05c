package dev.irc.examples.toy;

import dev.irc.ir.Attribute;
import dev.irc.ir.Dialect;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.ConstantMaterializer;
import dev.irc.ir.rewrite.RewriteRuleSource;
import java.util.List;

/**
 * The {@code toy} dialect of MLIR's Toy tutorial, cut down to integers: {@code toy.constant},
 * {@code toy.add}, {@code toy.mul} and {@code toy.print} on {@code i64} ({@link ToyOps}). It is
 * a plugin: nothing in irc names it; irc-opt and irc-runner find it through
 * {@code META-INF/services/dev.irc.ir.Dialect}.
 *
 * <p>It materializes folded constants as {@code toy.constant} (so {@code canonicalize} keeps
 * toy IR in toy) and carries its declarative rules ({@code toy.rules}, next to this class),
 * which {@code canonicalize} applies whenever the dialect is loaded.
 */
public final class ToyDialect implements Dialect, ConstantMaterializer, RewriteRuleSource {
  private static final List<RuleFile> RULES = List.of(RuleFile.resource(ToyDialect.class, "toy.rules"));

  /** Public for {@code java.util.ServiceLoader}. */
  public ToyDialect() {}

  @Override
  public String namespace() {
    return "toy";
  }

  @Override
  public String description() {
    return "MLIR's Toy tutorial on i64: constant, add, mul, print (an out-of-tree example).";
  }

  @Override
  public List<OpDefinition> operations() {
    return ToyOps.all();
  }

  @Override
  public Operation materializeConstant(OpBuilder builder, Attribute value, Type type, Location location) {
    if (!ToyOps.isI64Constant(value) || !type.equals(ToyOps.I64)) {
      return null;
    }
    return builder.create(ToyOps.constant(((IntegerAttr) value).longValue(), location));
  }

  @Override
  public String dialectNamespace() {
    return namespace();
  }

  @Override
  public List<RuleFile> ruleFiles() {
    return RULES;
  }
}
