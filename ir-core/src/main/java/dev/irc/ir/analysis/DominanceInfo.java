package dev.irc.ir.analysis;

import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "does this definition dominate that use?" for IR with nested regions. Dominator trees
 * are built per region on demand (Cooper, Harvey and Kennedy's iterative algorithm over reverse
 * post-order) and cached, so the analysis must be recomputed after the CFG changes.
 *
 * <p>Blocks unreachable from the entry are dominated by everything, as in MLIR; in graph regions
 * (ops with {@link CoreTrait#GRAPH_REGIONS}) every value dominates every use in the region.
 */
public final class DominanceInfo {
  private final Map<Region, RegionDominators> trees = new IdentityHashMap<>();

  /** Whether block {@code a} dominates block {@code b}; both must be in one region. */
  public boolean dominates(Block a, Block b) {
    if (a == b) {
      return true;
    }
    return treeOf(a.parent()).dominates(a, b);
  }

  /** Whether {@code block} can be reached from its region's entry block. */
  public boolean isReachable(Block block) {
    return treeOf(block.parent()).isReachable(block);
  }

  /** The immediate dominator of {@code block}, or null for the entry and unreachable blocks. */
  public Block immediateDominator(Block block) {
    return treeOf(block.parent()).immediateDominator(block);
  }

  /** Whether op {@code a} properly dominates op {@code b}: every path to b passes a first, and a is not b. */
  public boolean properlyDominates(Operation a, Operation b) {
    Region region = a.parentRegion();
    Operation ancestor = ancestorIn(region, b);
    if (ancestor == null) {
      return false;
    }
    if (ancestor == a) {
      return false;
    }
    Block blockA = a.parentBlock();
    Block blockB = ancestor.parentBlock();
    if (blockA == blockB) {
      return isGraphRegion(region) || a.isBeforeInBlock(ancestor);
    }
    return isGraphRegion(region) || dominates(blockA, blockB);
  }

  /** Whether {@code value} is available at {@code user}: its definition dominates the use. */
  public boolean dominatesUse(Value value, Operation user) {
    if (value instanceof BlockArgument argument) {
      Block block = argument.owner();
      Region region = block.parent();
      if (region == null) {
        return false;
      }
      Operation ancestor = ancestorIn(region, user);
      if (ancestor == null) {
        return false;
      }
      return isGraphRegion(region) || dominates(block, ancestor.parentBlock());
    }
    Operation definition = value.definingOp();
    if (definition.parentBlock() == null) {
      return false;
    }
    return properlyDominates(definition, user);
  }

  private static boolean isGraphRegion(Region region) {
    Operation owner = region.parentOp();
    return owner != null && owner.hasTrait(CoreTrait.GRAPH_REGIONS);
  }

  /** The ancestor of {@code op} (possibly op itself) that sits directly in {@code region}, or null. */
  public static Operation ancestorIn(Region region, Operation op) {
    for (Operation current = op; current != null; current = current.parentOp()) {
      if (current.parentRegion() == region) {
        return current;
      }
    }
    return null;
  }

  private RegionDominators treeOf(Region region) {
    return trees.computeIfAbsent(region, RegionDominators::new);
  }

  /** The dominator tree of one region. */
  private static final class RegionDominators {
    private final Map<Block, Integer> order = new IdentityHashMap<>();
    private final List<Block> postOrder = new ArrayList<>();
    private final int[] idom;

    RegionDominators(Region region) {
      Block entry = region.entryBlock();
      if (entry != null) {
        computePostOrder(entry);
      }
      int n = postOrder.size();
      for (int i = 0; i < n; i++) {
        order.put(postOrder.get(i), i);
      }
      idom = new int[n];
      java.util.Arrays.fill(idom, -1);
      if (n == 0) {
        return;
      }
      int entryIndex = n - 1;
      idom[entryIndex] = entryIndex;
      var predecessors = new ArrayList<List<Integer>>(n);
      for (int i = 0; i < n; i++) {
        var preds = new ArrayList<Integer>();
        for (Block pred : postOrder.get(i).predecessors()) {
          Integer index = order.get(pred);
          if (index != null) {
            preds.add(index);
          }
        }
        predecessors.add(preds);
      }
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int b = n - 2; b >= 0; b--) {
          int newIdom = -1;
          for (int p : predecessors.get(b)) {
            if (idom[p] == -1) {
              continue;
            }
            newIdom = newIdom == -1 ? p : intersect(p, newIdom);
          }
          if (newIdom != -1 && idom[b] != newIdom) {
            idom[b] = newIdom;
            changed = true;
          }
        }
      }
    }

    private void computePostOrder(Block entry) {
      var visited = java.util.Collections.newSetFromMap(new IdentityHashMap<Block, Boolean>());
      var stack = new java.util.ArrayDeque<Object[]>();
      visited.add(entry);
      stack.push(new Object[] {entry, entry.successors(), 0});
      while (!stack.isEmpty()) {
        Object[] frame = stack.peek();
        @SuppressWarnings("unchecked")
        List<Block> successors = (List<Block>) frame[1];
        int next = (Integer) frame[2];
        if (next < successors.size()) {
          frame[2] = next + 1;
          Block successor = successors.get(next);
          if (successor.parent() == entry.parent() && visited.add(successor)) {
            stack.push(new Object[] {successor, successor.successors(), 0});
          }
        } else {
          stack.pop();
          postOrder.add((Block) frame[0]);
        }
      }
    }

    private int intersect(int a, int b) {
      while (a != b) {
        while (a < b) {
          a = idom[a];
        }
        while (b < a) {
          b = idom[b];
        }
      }
      return a;
    }

    boolean isReachable(Block block) {
      return order.containsKey(block);
    }

    Block immediateDominator(Block block) {
      Integer index = order.get(block);
      if (index == null || idom[index] == index) {
        return null;
      }
      return postOrder.get(idom[index]);
    }

    boolean dominates(Block a, Block b) {
      Integer ia = order.get(a);
      Integer ib = order.get(b);
      if (ib == null) {
        return true;
      }
      if (ia == null) {
        return false;
      }
      int current = ib;
      while (current != ia) {
        int parent = idom[current];
        if (parent == current || parent == -1) {
          return false;
        }
        current = parent;
      }
      return true;
    }
  }
}
