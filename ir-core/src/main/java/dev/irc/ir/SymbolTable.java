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
  /** The tables cached by {@link #withCachedTables} on this thread, if any. */
  private static final ThreadLocal<CacheScope> CACHE = new ThreadLocal<>();

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
    return withCachedTables(null, null, action);
  }

  /**
   * Like {@link #withCachedTables(Supplier)} for work on {@code root}, but the tables of the
   * symbol-table ops enclosing {@code root} come from (and go to) {@code enclosing}, which
   * outlives this call: verifying each function after a function pass then builds the module's
   * table once, not once per function. Valid while nothing changes the enclosing ops' symbols,
   * which holds for passes on isolated ops (they may not touch IR outside themselves).
   */
  public static <T> T withCachedTables(EnclosingTables enclosing, Operation root, Supplier<T> action) {
    if (CACHE.get() != null) {
      return action.get();
    }
    CACHE.set(new CacheScope(enclosing, root, new IdentityHashMap<>()));
    try {
      return action.get();
    } finally {
      CACHE.remove();
    }
  }

  /** Symbol tables of ops enclosing the IR some work runs on, shared across threads. */
  public static final class EnclosingTables {
    private final Map<Operation, SymbolTable> tables = new java.util.concurrent.ConcurrentHashMap<>();
  }

  private record CacheScope(EnclosingTables enclosing, Operation root, Map<Operation, SymbolTable> local) {
    SymbolTable tableOf(Operation owner) {
      if (enclosing != null && owner != root && owner.isAncestorOf(root)) {
        return enclosing.tables.computeIfAbsent(owner, SymbolTable::new);
      }
      return local.computeIfAbsent(owner, SymbolTable::new);
    }
  }

  private static SymbolTable tableOf(Operation owner) {
    CacheScope scope = CACHE.get();
    return scope == null ? new SymbolTable(owner) : scope.tableOf(owner);
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
