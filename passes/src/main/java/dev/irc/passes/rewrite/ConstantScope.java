package dev.irc.passes.rewrite;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.rewrite.PatternRewriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where folded constants go: the start of the entry block of the nearest isolated-from-above
 * region (a function body), one op per distinct (op name, value, type), reused by every fold in
 * that region. Keeping constants at the top means they dominate every use they replace; constants
 * the driver meets elsewhere are hoisted there and deduplicated the same way.
 */
final class ConstantScope {
  private record Key(String opName, Attribute value, Type type) {}

  private final IrContext context;
  private final Operation root;
  private final Map<Region, Map<Key, Operation>> known = new IdentityHashMap<>();

  ConstantScope(IrContext context, Operation root) {
    this.context = context;
    this.root = root;
  }

  /** The region whose entry block holds the constants visible at {@code op}. */
  Region scopeOf(Operation op) {
    Region region = op.parentRegion();
    while (region != null) {
      Operation owner = region.parentOp();
      if (owner == null || owner == root || owner.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE)) {
        return region;
      }
      region = owner.parentRegion();
    }
    return op.parentRegion();
  }

  /**
   * A constant op of {@code value} and {@code type} for replacing a result of {@code folded}: an
   * existing one of the scope or a new one materialized by the folded op's dialect. Returns null
   * when the dialect cannot materialize it. {@code created} is told about new ops.
   */
  Operation constantFor(Operation folded, Attribute value, Type type, java.util.function.Consumer<Operation> created) {
    Region scope = scopeOf(folded);
    Map<Key, Operation> constants = known.computeIfAbsent(scope, this::scan);
    Block entry = scope.entryBlock();
    var builder = new OpBuilder(context);
    Operation firstNonConstant = firstNonConstant(entry);
    if (firstNonConstant == null) {
      builder.setInsertionPointToEnd(entry);
    } else {
      builder.setInsertionPoint(firstNonConstant);
    }
    Operation op = Folding.materialize(context, folded, builder, value, type, folded.location());
    if (op == null) {
      return null;
    }
    Key key = keyOf(op);
    Operation existing = constants.get(key);
    if (existing != null && existing.parentBlock() != null && existing != op) {
      op.erase();
      return existing;
    }
    constants.put(key, op);
    created.accept(op);
    return op;
  }

  /** Forgets {@code op} if it is a known constant (it is being erased). */
  void forget(Operation op) {
    if (op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
      for (Map<Key, Operation> constants : known.values()) {
        constants.values().removeIf(known -> known == op);
      }
    }
  }

  private Map<Key, Operation> scan(Region scope) {
    var constants = new HashMap<Key, Operation>();
    Block entry = scope.entryBlock();
    for (Operation op = entry == null ? null : entry.firstOp(); op != null && op.hasTrait(CoreTrait.CONSTANT_LIKE);
        op = op.nextOp()) {
      Key key = keyOf(op);
      if (key != null) {
        constants.putIfAbsent(key, op);
      }
    }
    return constants;
  }

  private static Key keyOf(Operation op) {
    if (op.numResults() != 1) {
      return null;
    }
    Attribute value = ConstantMatcher.constantOf(op.result());
    return value == null ? null : new Key(op.name(), value, op.result().type());
  }

  /** The first op after the leading run of constants of {@code entry}, or null. */
  private static Operation firstNonConstant(Block entry) {
    Operation op = entry.firstOp();
    while (op != null && op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
      op = op.nextOp();
    }
    return op;
  }

  /**
   * Moves the constant op {@code op} into the leading constants of its scope, or replaces it by
   * an equal constant already there. Returns whether anything changed.
   */
  boolean hoist(Operation op, PatternRewriter rewriter) {
    Key key = keyOf(op);
    if (key == null) {
      return false;
    }
    Region scope = scopeOf(op);
    Block entry = scope.entryBlock();
    Map<Key, Operation> constants = known.computeIfAbsent(scope, this::scan);
    Operation existing = constants.get(key);
    if (existing == op) {
      return false;
    }
    if (existing != null && existing.parentBlock() != null) {
      rewriter.replaceOp(op, existing);
      return true;
    }
    constants.put(key, op);
    if (op.parentBlock() == entry && (op.prevOp() == null || op.prevOp().hasTrait(CoreTrait.CONSTANT_LIKE))) {
      return false;
    }
    Operation anchor = firstNonConstant(entry);
    if (anchor == null) {
      op.removeFromParent();
      entry.append(op);
      rewriter.listener().notifyOperationInserted(op);
    } else {
      rewriter.moveOpBefore(op, anchor);
    }
    return true;
  }
}
