package dev.irc.py.irgen;

import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.Operation;
import dev.irc.ir.Use;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.PyObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SSA construction for the local variables of one function, after Braun et al., "Simple and
 * Efficient Construction of Static Single Assignment Form" (CC 2013): definitions are recorded
 * per block, reads look backwards through the predecessors, blocks whose predecessors are not all
 * known yet are "unsealed" and get incomplete phis, and trivial phis are removed as soon as they
 * are complete. Phis are block arguments; their incoming values are the operands the
 * predecessors' {@code py.br}/{@code py.cond_br} forward.
 *
 * <p>A read that reaches the function entry (or an unreachable block) without a definition
 * yields the function's {@code py.unbound} value.
 */
final class SsaBuilder {
  /** A control-flow edge: successor {@code index} of the terminator {@code branch}. */
  private record Edge(Operation branch, int index) {
    Block from() {
      return branch.parentBlock();
    }
  }

  private final Supplier<Value> unbound;
  private final Map<String, Map<Block, Value>> currentDef = new HashMap<>();
  private final Map<Block, Map<String, BlockArgument>> incompletePhis = new IdentityHashMap<>();
  private final Set<Block> sealed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Block, List<Edge>> predecessors = new IdentityHashMap<>();
  private final Map<BlockArgument, String> phiVariables = new IdentityHashMap<>();
  private final Map<Value, Value> replaced = new IdentityHashMap<>();

  /** {@code unbound} creates (once) the value read for a variable with no definition. */
  SsaBuilder(Supplier<Value> unbound) {
    this.unbound = unbound;
  }

  /** Records the edges of a new terminator; their targets must not be sealed yet. */
  void addEdges(Operation branch) {
    for (int i = 0; i < branch.numSuccessors(); i++) {
      Block target = branch.successor(i);
      if (sealed.contains(target)) {
        throw new IllegalStateException("edge into a sealed block");
      }
      predecessors.computeIfAbsent(target, b -> new ArrayList<>()).add(new Edge(branch, i));
    }
  }

  boolean hasPredecessors(Block block) {
    return !predecessors.getOrDefault(block, List.of()).isEmpty();
  }

  void write(String variable, Block block, Value value) {
    currentDef.computeIfAbsent(variable, v -> new IdentityHashMap<>()).put(block, value);
  }

  Value read(String variable, Block block) {
    Value value = currentDef.getOrDefault(variable, Map.of()).get(block);
    // A phi met while reading may have been removed as trivial by the time the read returns.
    return resolve(value != null ? value : readRecursive(variable, block));
  }

  /** Declares that {@code block} will get no more predecessors and completes its phis. */
  void seal(Block block) {
    Map<String, BlockArgument> pending = incompletePhis.remove(block);
    sealed.add(block);
    if (pending != null) {
      for (var entry : pending.entrySet()) {
        addPhiOperands(entry.getKey(), entry.getValue());
      }
    }
  }

  private Value resolve(Value value) {
    Value current = value;
    while (replaced.containsKey(current)) {
      current = replaced.get(current);
    }
    return current;
  }

  private Value readRecursive(String variable, Block block) {
    List<Edge> preds = predecessors.getOrDefault(block, List.of());
    Value value;
    if (!sealed.contains(block)) {
      BlockArgument phi = newPhi(variable, block);
      incompletePhis.computeIfAbsent(block, b -> new LinkedHashMap<>()).put(variable, phi);
      value = phi;
    } else if (preds.isEmpty()) {
      value = unbound.get();
    } else if (preds.size() == 1) {
      value = read(variable, preds.getFirst().from());
    } else {
      BlockArgument phi = newPhi(variable, block);
      write(variable, block, phi);
      value = addPhiOperands(variable, phi);
    }
    value = resolve(value);
    write(variable, block, value);
    return value;
  }

  private BlockArgument newPhi(String variable, Block block) {
    BlockArgument phi = block.addArgument(PyObjectType.INSTANCE, Location.UNKNOWN);
    phiVariables.put(phi, variable);
    return phi;
  }

  private Value addPhiOperands(String variable, BlockArgument phi) {
    for (Edge edge : predecessors.getOrDefault(phi.owner(), List.of())) {
      Value incoming = read(variable, edge.from());
      ControlOps.appendSuccessorOperand(edge.branch(), edge.index(), incoming);
    }
    return tryRemoveTrivialPhi(phi);
  }

  private Value tryRemoveTrivialPhi(BlockArgument phi) {
    List<Edge> preds = predecessors.getOrDefault(phi.owner(), List.of());
    Value same = null;
    for (Edge edge : preds) {
      Value incoming = ControlOps.successorOperands(edge.branch(), edge.index()).get(phi.index());
      if (incoming == same || incoming == phi) {
        continue;
      }
      if (same != null) {
        return phi;
      }
      same = incoming;
    }
    if (same == null) {
      same = unbound.get();
    }
    for (Edge edge : preds) {
      ControlOps.removeSuccessorOperand(edge.branch(), edge.index(), phi.index());
    }
    List<BlockArgument> users = phiUsers(phi);
    phi.replaceAllUsesWith(same);
    replaced.put(phi, same);
    phiVariables.remove(phi);
    phi.owner().eraseArgument(phi.index());
    for (BlockArgument user : users) {
      if (phiVariables.containsKey(user)) {
        tryRemoveTrivialPhi(user);
      }
    }
    return same;
  }

  /** The phis that receive {@code value} over some edge. */
  private List<BlockArgument> phiUsers(Value value) {
    var users = new ArrayList<BlockArgument>();
    for (Use<Value> use : value.uses()) {
      Operation branch = use.owner();
      for (int s = 0; s < branch.numSuccessors(); s++) {
        List<Value> forwarded = ControlOps.successorOperands(branch, s);
        for (int i = 0; i < forwarded.size(); i++) {
          BlockArgument target = branch.successor(s).argument(i);
          if (forwarded.get(i) == value && phiVariables.containsKey(target) && target != value && !users.contains(target)) {
            users.add(target);
          }
        }
      }
    }
    return users;
  }
}
