package dev.irc.passes.transforms;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.analysis.DominanceInfo;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cse}: replaces a pure op by an identical one (same name, attributes, operands and
 * result types; operands of {@code COMMUTATIVE} ops compared in either order) that dominates it.
 * Each region is walked along its dominator tree with a scoped table of the ops seen on the
 * path, and nested regions see the enclosing scope unless their op is isolated from above.
 */
public final class CommonSubexpressionElimination extends Pass {
  private final PassStatistic numCsed = statistic("num-cse'd", "Number of operations CSE'd");

  public CommonSubexpressionElimination() {
    super("cse", "CSE", "Eliminate common sub-expressions");
  }

  /** The identity of a pure op's computation; operands compare by identity. */
  private record OpKey(String name, DictionaryAttr attributes, List<Object> operands, List<Type> resultTypes) {}

  /** The first two operands of a commutative op, equal in either order. */
  private record UnorderedPair(Value first, Value second) {
    @Override
    public boolean equals(Object other) {
      return other instanceof UnorderedPair(Value a, Value b)
          && ((a == first && b == second) || (a == second && b == first));
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(first) ^ System.identityHashCode(second);
    }
  }

  /** The ops available on the current dominator-tree path; lookups fall back to the enclosing scope. */
  private record Scope(Map<OpKey, Operation> known, Scope parent) {
    Scope child() {
      return new Scope(new HashMap<>(), this);
    }

    Operation lookup(OpKey key) {
      for (Scope scope = this; scope != null; scope = scope.parent) {
        Operation op = scope.known.get(key);
        if (op != null) {
          return op;
        }
      }
      return null;
    }
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    var dominance = new DominanceInfo();
    var root = new Scope(new HashMap<>(), null);
    for (Region region : op.regions()) {
      simplifyRegion(region, root, dominance);
    }
  }

  private void simplifyRegion(Region region, Scope enclosing, DominanceInfo dominance) {
    if (region.isEmpty()) {
      return;
    }
    Map<Block, List<Block>> children = new IdentityHashMap<>();
    var unreachable = new ArrayList<Block>();
    for (Block block : region.blocks()) {
      if (block.isEntryBlock()) {
        continue;
      }
      Block idom = dominance.isReachable(block) ? dominance.immediateDominator(block) : null;
      if (idom == null) {
        unreachable.add(block);
      } else {
        children.computeIfAbsent(idom, key -> new ArrayList<>()).add(block);
      }
    }
    // Explicit stack instead of recursion: dominator trees of long CFGs can be deep.
    record Frame(Block block, Scope scope) {}
    var stack = new ArrayList<Frame>();
    stack.add(new Frame(region.entryBlock(), enclosing.child()));
    for (Block block : unreachable) {
      stack.add(new Frame(block, enclosing.child()));
    }
    while (!stack.isEmpty()) {
      Frame frame = stack.removeLast();
      simplifyBlock(frame.block(), frame.scope(), dominance);
      List<Block> dominated = children.getOrDefault(frame.block(), List.of());
      for (int i = dominated.size() - 1; i >= 0; i--) {
        stack.add(new Frame(dominated.get(i), frame.scope().child()));
      }
    }
  }

  private void simplifyBlock(Block block, Scope scope, DominanceInfo dominance) {
    for (Operation op : block.operations()) {
      for (Region region : op.regions()) {
        simplifyRegion(region, op.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE) ? new Scope(new HashMap<>(), null) : scope,
            dominance);
      }
      if (!isCandidate(op)) {
        continue;
      }
      OpKey key = keyOf(op);
      Operation existing = scope.lookup(key);
      if (existing != null) {
        op.replaceAllUsesWith(existing.results());
        op.erase();
        numCsed.increment();
      } else {
        scope.known().put(key, op);
      }
    }
  }

  private static boolean isCandidate(Operation op) {
    return op.hasTrait(CoreTrait.PURE) && op.numRegions() == 0 && op.numSuccessors() == 0 && op.numResults() > 0;
  }

  private static OpKey keyOf(Operation op) {
    var operands = new ArrayList<Object>(op.numOperands());
    int start = 0;
    if (op.hasTrait(CoreTrait.COMMUTATIVE) && op.numOperands() >= 2) {
      operands.add(new UnorderedPair(op.operand(0), op.operand(1)));
      start = 2;
    }
    for (int i = start; i < op.numOperands(); i++) {
      operands.add(new IdentityKey(op.operand(i)));
    }
    return new OpKey(op.name(), op.attributes(), operands, op.resultTypes());
  }

  /** A value compared by identity inside a key. */
  private record IdentityKey(Value value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof IdentityKey(Value v) && v == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }
}
