package dev.irc.passes.transforms;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.fold.ConstantMaterializer;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewriteListener;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.TriviallyDeadOps;
import dev.irc.passes.rewrite.UnreachableBlocks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sccp}: sparse conditional constant propagation (Wegman and Zadeck) over the CFG of
 * every region of the op. A lattice per value (unknown, one constant, overdefined) and a set of
 * executable edges are solved together, evaluating ops with their folders
 * ({@link Folding}) and branches with {@link BranchOpInterface}; then values proven constant
 * are replaced by materialized constants, branches with one live edge become jumps, and blocks
 * no live edge reaches are erased.
 */
public final class SparseConditionalConstantPropagation extends Pass {
  private final PassStatistic numConstants = statistic("num-constant", "Number of values replaced by constants");
  private final PassStatistic numBranches = statistic("num-branches-folded", "Number of branches with one live edge");

  public SparseConditionalConstantPropagation() {
    super("sccp", "SCCP", "Sparse conditional constant propagation: fold constants along executable paths, prune dead edges");
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
      if (!region.isEmpty() && region.parentOp() != null) {
        var solver = new Solver(region);
        solver.solve();
        rewrite(region, solver, execution.context());
      }
    }
  }

  // ---- rewriting --------------------------------------------------------------------------

  private void rewrite(Region region, Solver solver, IrContext context) {
    var rewriter = new PatternRewriter(context, RewriteListener.NONE);
    var builder = new OpBuilder(context);
    Map<Attribute, Operation> constants = new HashMap<>();
    for (Operation op : region.entryBlock().operations()) {
      Attribute existing = op.hasTrait(CoreTrait.CONSTANT_LIKE) ? ConstantMatcher.constantOf(op.result(0)) : null;
      if (existing != null) {
        constants.putIfAbsent(existing, op);
      }
    }
    for (Block block : region.blocks()) {
      if (!solver.executable.contains(block)) {
        continue;
      }
      var values = new ArrayList<Value>(block.arguments());
      for (Operation op : block.operations()) {
        if (!op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
          values.addAll(op.results());
        }
      }
      for (Value value : values) {
        Attribute constant = solver.constantOf(value);
        if (constant == null || !value.hasUses()) {
          continue;
        }
        Operation materialized = constants.get(constant);
        if (materialized == null || !materialized.result(0).type().equals(value.type())) {
          builder.setInsertionPointToStart(region.entryBlock());
          materialized = materialize(context, value, constant, builder);
          if (materialized == null) {
            continue;
          }
          constants.put(constant, materialized);
        } else if (isAfterUse(materialized, value)) {
          materialized.moveBefore(region.entryBlock().firstOp());
        }
        value.replaceAllUsesWith(materialized.result(0));
        numConstants.increment();
        Operation definition = value.definingOp();
        if (definition != null && TriviallyDeadOps.isTriviallyDead(definition)) {
          definition.erase();
        }
      }
    }
    Optional<UnconditionalBranch> jump = ControlFlowOps.unconditionalBranch(context, region);
    for (Block block : region.blocks()) {
      Operation terminator = block.lastOp();
      if (jump.isEmpty() || !solver.executable.contains(block) || terminator == null || terminator.numSuccessors() < 2
          || terminator.getInterface(BranchOpInterface.class).isEmpty() || !TriviallyDeadOps.hasNoEffects(terminator)) {
        continue;
      }
      List<Integer> live = solver.liveEdges(terminator);
      if (live.size() == 1) {
        int successor = live.getFirst();
        builder.setInsertionPoint(terminator);
        jump.get().create(builder, terminator.successor(successor),
            ControlFlowOps.successorOperands(terminator, successor), terminator.location());
        terminator.erase();
        numBranches.increment();
      }
    }
    UnreachableBlocks.erase(region, rewriter);
    for (Block block : region.blocks()) {
      for (Operation op = block.lastOp(); op != null; ) {
        Operation previous = op.prevOp();
        if (TriviallyDeadOps.isTriviallyDead(op)) {
          op.erase();
        }
        op = previous;
      }
    }
  }

  /** Whether {@code constant} (in the entry block) comes after some use of {@code value} in that block. */
  private static boolean isAfterUse(Operation constant, Value value) {
    for (Operation user : value.users()) {
      Operation ancestor = dev.irc.ir.analysis.DominanceInfo.ancestorIn(constant.parentRegion(), user);
      if (ancestor != null && ancestor.parentBlock() == constant.parentBlock() && ancestor.isBeforeInBlock(constant)) {
        return true;
      }
    }
    return false;
  }

  /** A constant op for {@code constant}, asked of the dialect of the value's definer or users, else of any dialect. */
  private static Operation materialize(IrContext context, Value value, Attribute constant, OpBuilder builder) {
    var candidates = new ArrayList<Dialect>();
    if (value.definingOp() != null) {
      context.dialect(value.definingOp().dialectNamespace()).ifPresent(candidates::add);
    }
    for (Operation user : value.users()) {
      context.dialect(user.dialectNamespace()).ifPresent(candidates::add);
    }
    candidates.addAll(context.dialects());
    Type type = value.type();
    for (Dialect dialect : candidates) {
      if (dialect instanceof ConstantMaterializer materializer) {
        Operation op = materializer.materializeConstant(builder, constant, type, value.definingOp() != null
            ? value.definingOp().location() : dev.irc.ir.diag.Location.UNKNOWN);
        if (op != null) {
          return op;
        }
      }
    }
    return null;
  }

  // ---- the analysis -----------------------------------------------------------------------

  /** The lattice and executable edges of one region, solved to a fixpoint. */
  private static final class Solver {
    /** The top of the lattice: more than one value reaches. Absent from the map means unknown (bottom). */
    private static final Object OVERDEFINED = new Object();

    private final Region region;
    private final Map<Value, Object> lattice = new IdentityHashMap<>();
    private final Set<Block> executable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Operation, Set<Integer>> edges = new IdentityHashMap<>();
    private final ArrayDeque<Operation> work = new ArrayDeque<>();

    Solver(Region region) {
      this.region = region;
    }

    void solve() {
      Block entry = region.entryBlock();
      for (Value argument : entry.arguments()) {
        lattice.put(argument, OVERDEFINED);
      }
      markExecutable(entry);
      while (!work.isEmpty()) {
        Operation op = work.poll();
        if (op.parentBlock() != null && executable.contains(op.parentBlock())) {
          visit(op);
        }
      }
    }

    /** The constant {@code value} is proven to be, or null. */
    Attribute constantOf(Value value) {
      return lattice.get(value) instanceof Attribute constant ? constant : null;
    }

    List<Integer> liveEdges(Operation terminator) {
      return new ArrayList<>(edges.getOrDefault(terminator, Set.of()));
    }

    private Object stateOf(Value value) {
      if (value.parentRegion() == region) {
        return lattice.get(value);
      }
      Attribute constant = ConstantMatcher.constantOf(value);
      return constant != null ? constant : OVERDEFINED;
    }

    private void markExecutable(Block block) {
      if (executable.add(block)) {
        block.operations().forEach(work::add);
      }
    }

    private void update(Value value, Object state) {
      Object old = lattice.get(value);
      Object merged = old == null ? state : old.equals(state) ? old : OVERDEFINED;
      if (merged != old) {
        lattice.put(value, merged);
        work.addAll(value.users());
      }
    }

    private void overdefine(Operation op) {
      op.results().forEach(result -> update(result, OVERDEFINED));
    }

    private void visit(Operation op) {
      if (op.numSuccessors() > 0) {
        visitBranch(op);
        return;
      }
      if (op.numResults() == 0) {
        return;
      }
      if (op.numRegions() > 0) {
        overdefine(op);
        return;
      }
      if (op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
        Attribute constant = ConstantMatcher.constantOf(op.result(0));
        update(op.result(0), constant != null ? constant : OVERDEFINED);
        return;
      }
      var operands = new ArrayList<Attribute>();
      for (Value operand : op.operands()) {
        Object state = stateOf(operand);
        if (state == null) {
          return; // wait until every operand is known
        }
        operands.add(state instanceof Attribute constant ? constant : null);
      }
      List<FoldResult> folded = op.isRegistered() ? Folding.fold(op, operands) : List.of();
      if (folded.isEmpty()) {
        overdefine(op);
        return;
      }
      for (int i = 0; i < folded.size(); i++) {
        Object state = switch (folded.get(i)) {
          case FoldResult.Constant(Attribute value) -> value;
          case FoldResult.Existing(Value value) -> value == op.result(i) ? OVERDEFINED : stateOf(value);
        };
        if (state != null) {
          update(op.result(i), state);
        }
      }
    }

    private void visitBranch(Operation terminator) {
      BranchOpInterface branch = terminator.getInterface(BranchOpInterface.class).orElse(null);
      if (branch == null) {
        for (int i = 0; i < terminator.numSuccessors(); i++) {
          markEdge(terminator, i);
          terminator.successor(i).arguments().forEach(argument -> update(argument, OVERDEFINED));
        }
        return;
      }
      var operands = new ArrayList<Attribute>();
      for (Value operand : terminator.operands()) {
        Object state = stateOf(operand);
        if (state == null) {
          return;
        }
        operands.add(state instanceof Attribute constant ? constant : null);
      }
      Optional<Integer> decided = branch.successorForOperands(terminator, operands);
      if (decided.isPresent()) {
        markEdge(terminator, decided.get());
      } else {
        for (int i = 0; i < terminator.numSuccessors(); i++) {
          markEdge(terminator, i);
        }
      }
      for (int successor : edges.getOrDefault(terminator, Set.of())) {
        List<Value> passed = branch.successorOperands(terminator, successor);
        List<? extends Value> arguments = terminator.successor(successor).arguments();
        for (int i = 0; i < arguments.size() && i < passed.size(); i++) {
          Object state = stateOf(passed.get(i));
          if (state != null) {
            update(arguments.get(i), state);
          }
        }
      }
    }

    private void markEdge(Operation terminator, int successor) {
      edges.computeIfAbsent(terminator, key -> new java.util.TreeSet<>()).add(successor);
      Block target = terminator.successor(successor);
      if (target.parent() == region) {
        markExecutable(target);
      }
    }
  }
}
