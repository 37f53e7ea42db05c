package dev.irc.passes.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.rewrite.PatternRewriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Erases the blocks of a region that control cannot reach from its entry block. Their ops may
 * refer to each other (an unreachable loop), so all references are dropped before erasure;
 * verified IR never uses their values from reachable code (those would not dominate the use).
 */
public final class UnreachableBlocks {
  private UnreachableBlocks() {}

  /** Erases the unreachable blocks of {@code region}; returns how many were erased. */
  public static int erase(Region region, PatternRewriter rewriter) {
    if (region.blocks().size() <= 1) {
      return 0;
    }
    Set<Block> reachable = Collections.newSetFromMap(new IdentityHashMap<>());
    var work = new ArrayDeque<Block>();
    work.add(region.entryBlock());
    reachable.add(region.entryBlock());
    while (!work.isEmpty()) {
      for (Block successor : work.poll().successors()) {
        if (successor.parent() == region && reachable.add(successor)) {
          work.add(successor);
        }
      }
    }
    List<Block> dead = new ArrayList<>();
    for (Block block : region.blocks()) {
      if (!reachable.contains(block)) {
        dead.add(block);
      }
    }
    for (Block block : dead) {
      for (Operation op : block.operations()) {
        op.dropAllReferences();
      }
    }
    for (Block block : dead) {
      rewriter.eraseBlock(block);
    }
    return dead.size();
  }
}
