package dev.irc.passes.transforms;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.NamedAttribute;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code symbol-dce}: erases private symbols ({@code sym_visibility = "private"}) of a symbol
 * table op that nothing live refers to. Public symbols and every non-symbol op are live; a
 * symbol becomes live when a live op mentions it in a {@code @name} reference anywhere in its
 * attributes or those of ops nested in it.
 */
public final class SymbolDeadCodeElimination extends Pass {
  private final PassStatistic numErased = statistic("num-dce'd", "Number of symbols DCE'd");

  public SymbolDeadCodeElimination() {
    super("symbol-dce", "SymbolDCE", "Eliminate dead private symbols");
  }

  /** Whether {@code op} is a symbol with private visibility. */
  public static boolean isPrivate(Operation op) {
    return op.attribute("sym_visibility").orElse(null) instanceof StringAttr(String visibility)
        && visibility.equals("private");
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    if (!op.hasTrait(CoreTrait.SYMBOL_TABLE)) {
      return;
    }
    var table = new SymbolTable(op);
    Set<Operation> live = Collections.newSetFromMap(new IdentityHashMap<>());
    var work = new ArrayDeque<Operation>();
    var children = new ArrayList<Operation>();
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        for (Operation child : block.operations()) {
          children.add(child);
          if (SymbolTable.symbolName(child).isEmpty() || !isPrivate(child)) {
            live.add(child);
            work.add(child);
          }
        }
      }
    }
    while (!work.isEmpty()) {
      Operation next = work.poll();
      next.walkPreOrder(nested -> {
        for (NamedAttribute attribute : nested.attributes().entries()) {
          collectReferences(attribute.value(), name -> table.lookup(name).ifPresent(symbol -> {
            if (live.add(symbol)) {
              work.add(symbol);
            }
          }));
        }
      });
    }
    for (Operation child : children) {
      if (!live.contains(child) && child.resultsUnused()) {
        table.erase(child);
        numErased.increment();
      }
    }
  }

  private static void collectReferences(Attribute attribute, java.util.function.Consumer<String> found) {
    switch (attribute) {
      case SymbolRefAttr reference -> found.accept(reference.root());
      case ArrayAttr(List<Attribute> elements) -> elements.forEach(element -> collectReferences(element, found));
      case DictionaryAttr dictionary -> dictionary.entries().forEach(entry -> collectReferences(entry.value(), found));
      default -> {}
    }
  }
}
