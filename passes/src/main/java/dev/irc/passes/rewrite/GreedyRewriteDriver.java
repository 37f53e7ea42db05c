package dev.irc.passes.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Value;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.Folding;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewriteListener;
import dev.irc.ir.rewrite.RewritePattern;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Applies folders and patterns to everything nested in an op until nothing changes: the engine
 * of {@code canonicalize} and of most simplifications.
 *
 * <p>Each scan puts every nested op on a worklist (in program order); for each op taken from it,
 * the driver erases it if it is trivially dead, else tries its folder, else its patterns by
 * decreasing benefit. Every change reported through the rewriter's listener puts the affected
 * ops (new ops, modified ops, users of replaced values, producers of erased ops' operands) back
 * on the worklist. A scan that changes nothing ends the run (converged); reaching the iteration
 * or rewrite cap first ends it unconverged. Folded constants are placed at the top of the
 * enclosing function-like region and shared.
 */
public final class GreedyRewriteDriver {
  private final IrContext context;
  private final Operation root;
  private final FrozenPatternSet patterns;
  private final GreedyRewriteConfig config;
  private final ArrayDeque<Operation> worklist = new ArrayDeque<>();
  private final Set<Operation> queued = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Operation> erased = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ConstantScope constants;
  private final PatternRewriter rewriter;
  private boolean changed;
  private int rewrites;
  private int patternRewrites;
  private int folds;
  private int dead;

  private GreedyRewriteDriver(IrContext context, Operation root, FrozenPatternSet patterns, GreedyRewriteConfig config) {
    this.context = context;
    this.root = root;
    this.patterns = patterns;
    this.config = config;
    this.constants = new ConstantScope(context, root);
    this.rewriter = new PatternRewriter(context, new WorklistListener());
  }

  /** Rewrites the regions of {@code root} (not {@code root} itself) to a fixpoint. */
  public static GreedyRewriteResult apply(IrContext context, Operation root, FrozenPatternSet patterns,
      GreedyRewriteConfig config) {
    return new GreedyRewriteDriver(context, root, patterns, config).run();
  }

  private GreedyRewriteResult run() {
    boolean everChanged = false;
    int iteration = 0;
    boolean converged = false;
    while (iteration < config.maxIterations()) {
      iteration++;
      changed = false;
      seedWorklist();
      while (!worklist.isEmpty() && !rewriteLimitReached()) {
        Operation op = worklist.pollFirst();
        queued.remove(op);
        if (erased.contains(op) || op.parentBlock() == null) {
          continue;
        }
        process(op);
      }
      if (config.regionSimplification()) {
        for (Region region : regionsOf(root)) {
          if (UnreachableBlocks.erase(region, rewriter) > 0) {
            changed = true;
          }
        }
      }
      everChanged |= changed;
      if (!changed) {
        converged = true;
        break;
      }
      if (rewriteLimitReached()) {
        break;
      }
    }
    worklist.clear();
    queued.clear();
    return new GreedyRewriteResult(converged, everChanged, iteration, patternRewrites, folds, dead);
  }

  private boolean rewriteLimitReached() {
    return config.maxRewrites() >= 0 && rewrites >= config.maxRewrites();
  }

  private void seedWorklist() {
    for (Region region : root.regions()) {
      for (Block block : region.blocks()) {
        for (Operation op : block.operations()) {
          op.walkPreOrder(this::enqueue);
        }
      }
    }
  }

  private static List<Region> regionsOf(Operation root) {
    var regions = new ArrayList<Region>();
    root.walkPreOrder(op -> regions.addAll(op.regions()));
    return regions;
  }

  private void enqueue(Operation op) {
    if (op != root && queued.add(op)) {
      worklist.addLast(op);
    }
  }

  private void process(Operation op) {
    if (TriviallyDeadOps.isTriviallyDead(op)) {
      rewriter.eraseOp(op);
      dead++;
      countRewrite();
      return;
    }
    if (config.fold() && op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
      if (constants.hoist(op, rewriter)) {
        countRewrite();
      }
      return;
    }
    if (config.fold() && tryFold(op)) {
      folds++;
      countRewrite();
      return;
    }
    for (RewritePattern pattern : patterns.candidates(op)) {
      rewriter.setInsertionPoint(op);
      if (pattern.matchAndRewrite(op, rewriter)) {
        patternRewrites++;
        countRewrite();
        return;
      }
    }
  }

  private void countRewrite() {
    changed = true;
    rewrites++;
  }

  private boolean tryFold(Operation op) {
    List<FoldResult> results = Folding.fold(op);
    if (results.isEmpty()) {
      return false;
    }
    if (OpFolder.isInPlace(op, results)) {
      rewriter.listener().notifyOperationModified(op);
      return true;
    }
    var replacements = new ArrayList<Value>(results.size());
    var created = new ArrayList<Operation>();
    for (int i = 0; i < results.size(); i++) {
      switch (results.get(i)) {
        case FoldResult.Existing(Value value) -> replacements.add(value);
        case FoldResult.Constant(var value) -> {
          Operation constant = constants.constantFor(op, value, op.result(i).type(), created::add);
          if (constant == null) {
            created.forEach(Operation::erase);
            created.forEach(constants::forget);
            return false;
          }
          replacements.add(constant.result(0));
        }
      }
    }
    created.forEach(rewriter.listener()::notifyOperationInserted);
    rewriter.replaceOp(op, replacements);
    return true;
  }

  /** Keeps the worklist in step with every change made through the rewriter. */
  private final class WorklistListener implements RewriteListener {
    @Override
    public void notifyOperationInserted(Operation op) {
      op.walkPreOrder(GreedyRewriteDriver.this::enqueue);
    }

    @Override
    public void notifyOperationModified(Operation op) {
      enqueue(op);
    }

    @Override
    public void notifyOperationReplaced(Operation op, List<? extends Value> replacement) {
      for (var result : op.results()) {
        result.users().forEach(GreedyRewriteDriver.this::enqueue);
      }
    }

    @Override
    public void notifyOperationErased(Operation op) {
      erased.add(op);
      constants.forget(op);
      for (Value operand : op.operands()) {
        // Operands of ops in dead blocks were dropped (null) before the blocks are erased.
        Operation producer = operand == null ? null : operand.definingOp();
        if (producer != null) {
          enqueue(producer);
        }
      }
    }
  }
}
