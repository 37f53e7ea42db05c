package dev.irc.ir;

import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The symbols defined directly in a symbol-table op (a module): name to defining op, for
 * resolving {@code @f} references in calls and for symbol-level passes.
 */
public final class SymbolTable {
  /** Tables built during a walk that changes no symbols (see {@link #withCachedTables}), by owner. */
  private static final ThreadLocal<Map<Operation, SymbolTable>> CACHE = new ThreadLocal<>();

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
        Optional<Operation> found = tableOf(scope).lookup(reference.root());
        for (String nested : reference.nested()) {
          found = found.flatMap(op -> tableOf(op).lookup(nested));
        }
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code action} with the tables {@link #lookupNearest} builds kept per owner, so that
   * resolving every call of a module costs one table per scope instead of one per call. Only for
   * work that adds, removes and renames no symbols, such as verification.
   */
  public static <T> T withCachedTables(Supplier<T> action) {
    if (CACHE.get() != null) {
      return action.get();
    }
    CACHE.set(new IdentityHashMap<>());
    try {
      return action.get();
    } finally {
      CACHE.remove();
    }
  }

  private static SymbolTable tableOf(Operation owner) {
    Map<Operation, SymbolTable> cache = CACHE.get();
    return cache == null ? new SymbolTable(owner) : cache.computeIfAbsent(owner, SymbolTable::new);
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
