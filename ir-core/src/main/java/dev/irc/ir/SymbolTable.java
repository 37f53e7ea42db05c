package dev.irc.ir;

import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The symbols defined directly in a symbol-table op (a module): name to defining op, for
 * resolving {@code @f} references in calls and for symbol-level passes.
 */
public final class SymbolTable {
  private final Operation owner;
  private final Map<String, Operation> symbols = new HashMap<>();

  public SymbolTable(Operation owner) {
    this.owner = owner;
    for (Region region : owner.regions()) {
      for (Block block : region.blocks()) {
        for (Operation op : block.operations()) {
          symbolName(op).ifPresent(name -> symbols.putIfAbsent(name, op));
        }
      }
    }
  }

  public Operation owner() {
    return owner;
  }

  /** The {@code sym_name} of {@code op}, if it defines a symbol. */
  public static Optional<String> symbolName(Operation op) {
    return op.attribute("sym_name").filter(StringAttr.class::isInstance).map(a -> ((StringAttr) a).value());
  }

  public Optional<Operation> lookup(String name) {
    return Optional.ofNullable(symbols.get(name));
  }

  /** Resolves {@code reference} from {@code from}: the nearest enclosing symbol table that defines it. */
  public static Optional<Operation> lookupNearest(Operation from, SymbolRefAttr reference) {
    for (Operation scope = from; scope != null; scope = scope.parentOp()) {
      if (scope.hasTrait(CoreTrait.SYMBOL_TABLE)) {
        Optional<Operation> found = new SymbolTable(scope).lookup(reference.root());
        for (String nested : reference.nested()) {
          found = found.flatMap(op -> new SymbolTable(op).lookup(nested));
        }
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Adds {@code op} (already inserted in the owner's body) under its symbol name. */
  public void insert(Operation op) {
    symbolName(op).ifPresent(name -> symbols.put(name, op));
  }

  public void erase(Operation op) {
    symbolName(op).ifPresent(name -> symbols.remove(name, op));
    op.erase();
  }
}
