package dev.irc.passes.transforms;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Value;
import dev.irc.ir.analysis.DominanceInfo;
import dev.irc.ir.interfaces.Speculation;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.TriviallyDeadOps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code licm}: loop-invariant code motion over CFG loops. Finds natural loops (a back edge is
 * an edge to a block that dominates its source, per {@link DominanceInfo}; the loop is the
 * header plus every block that reaches the edge without passing the header), innermost first,
 * and moves {@code PURE} ops whose operands are all defined outside the loop into the loop's
 * preheader, creating one (a block that jumps to the header) when the header has several
 * predecessors outside the loop. An op that could fail ({@link Speculation}) moves only when it
 * runs on every entry to the loop anyway: in the header, after nothing but pure ops.
 */
public final class LoopInvariantCodeMotion extends Pass {
  private final PassStatistic numHoisted = statistic("num-hoisted", "Number of ops moved out of loops");

  public LoopInvariantCodeMotion() {
    super("licm", "LoopInvariantCodeMotion", "Hoist loop-invariant pure ops into loop preheaders");
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    var regions = new ArrayList<Region>();
    op.walkPreOrder(nested -> {
      if (!nested.hasTrait(CoreTrait.GRAPH_REGIONS)) {
        regions.addAll(nested.regions());
      }
    });
    for (Region region : regions) {
      if (region.blocks().size() > 1) {
        processRegion(region, ControlFlowOps.unconditionalBranch(execution.context(), region).orElse(null), execution);
      }
    }
  }

  private void processRegion(Region region, UnconditionalBranch jump, PassExecution execution) {
    Set<Block> done = Collections.newSetFromMap(new IdentityHashMap<>());
    while (true) {
      // Preheaders change the CFG, so loops are found again after each one is processed.
      Loop next = null;
      for (Loop loop : findLoops(region)) {
        if (!done.contains(loop.header()) && (next == null || loop.blocks().size() < next.blocks().size())) {
          next = loop;
        }
      }
      if (next == null) {
        return;
      }
      done.add(next.header());
      hoist(next, jump, execution);
    }
  }

  /** A natural loop: its header and all its blocks (the header included). */
  private record Loop(Block header, Set<Block> blocks) {}

  private static List<Loop> findLoops(Region region) {
    var dominance = new DominanceInfo();
    Map<Block, Set<Block>> byHeader = new LinkedHashMap<>();
    for (Block block : region.blocks()) {
      if (!dominance.isReachable(block)) {
        continue;
      }
      for (Block successor : block.successors()) {
        if (successor.parent() == region && dominance.dominates(successor, block)) {
          Set<Block> body = byHeader.computeIfAbsent(successor, h -> {
            Set<Block> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.add(h);
            return set;
          });
          var work = new ArrayDeque<Block>();
          if (body.add(block)) {
            work.add(block);
          }
          while (!work.isEmpty()) {
            for (Block predecessor : work.poll().predecessors()) {
              if (dominance.isReachable(predecessor) && body.add(predecessor)) {
                work.add(predecessor);
              }
            }
          }
        }
      }
    }
    var loops = new ArrayList<Loop>();
    byHeader.forEach((header, blocks) -> loops.add(new Loop(header, blocks)));
    return loops;
  }

  private void hoist(Loop loop, UnconditionalBranch jump, PassExecution execution) {
    List<Operation> invariant = invariantOps(loop);
    if (invariant.isEmpty()) {
      return;
    }
    Block preheader = preheader(loop, jump, execution);
    if (preheader == null) {
      return;
    }
    Operation anchor = preheader.lastOp();
    for (Operation op : invariant) {
      op.moveBefore(anchor);
      numHoisted.increment();
    }
  }

  /** The ops to hoist, in an order where each comes after the hoisted ops it uses. */
  private static List<Operation> invariantOps(Loop loop) {
    var hoisted = new ArrayList<Operation>();
    Set<Operation> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block block : loop.header().parent().blocks()) {
        if (!loop.blocks().contains(block)) {
          continue;
        }
        boolean onlyPureBefore = block == loop.header();
        for (Operation op : block.operations()) {
          boolean pure = TriviallyDeadOps.hasNoEffects(op);
          if (!chosen.contains(op) && canHoist(op, loop, chosen, onlyPureBefore)) {
            chosen.add(op);
            hoisted.add(op);
            changed = true;
          }
          onlyPureBefore &= pure;
        }
      }
    }
    return hoisted;
  }

  private static boolean canHoist(Operation op, Loop loop, Set<Operation> chosen, boolean runsOnEveryEntry) {
    if (op.isTerminator() || op.numRegions() > 0 || op.numResults() == 0 || !TriviallyDeadOps.hasNoEffects(op)) {
      return false;
    }
    if (!Speculation.speculatable(op) && !runsOnEveryEntry) {
      return false;
    }
    for (Value operand : op.operands()) {
      Operation definition = operand.definingOp();
      boolean inside = loop.blocks().contains(operand.parentBlock()) && (definition == null || !chosen.contains(definition));
      if (inside) {
        return false;
      }
    }
    return true;
  }

  /** The block that alone enters the loop, made if needed; null if the loop cannot get one. */
  private static Block preheader(Loop loop, UnconditionalBranch jump, PassExecution execution) {
    Block header = loop.header();
    var outside = new ArrayList<Block>();
    for (Block predecessor : header.predecessors()) {
      if (!loop.blocks().contains(predecessor) && !outside.contains(predecessor)) {
        outside.add(predecessor);
      }
    }
    if (outside.isEmpty() || header.isEntryBlock()) {
      return null;
    }
    if (outside.size() == 1 && outside.getFirst().lastOp().numSuccessors() == 1) {
      return outside.getFirst();
    }
    if (jump == null) {
      return null;
    }
    Block preheader = new Block();
    for (var argument : header.arguments()) {
      preheader.addArgument(argument.type(), argument.location());
    }
    header.parent().insert(header.parent().indexOf(header), preheader);
    for (Block predecessor : outside) {
      Operation terminator = predecessor.lastOp();
      for (int i = 0; i < terminator.numSuccessors(); i++) {
        if (terminator.successor(i) == header) {
          terminator.setSuccessor(i, preheader);
        }
      }
    }
    var builder = new OpBuilder(execution.context()).setInsertionPointToEnd(preheader);
    jump.create(builder, header, new ArrayList<>(preheader.arguments()), header.arguments().isEmpty()
        ? dev.irc.ir.diag.Location.UNKNOWN : header.argument(0).location());
    return preheader;
  }
}
