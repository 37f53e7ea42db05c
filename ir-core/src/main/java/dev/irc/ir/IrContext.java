package dev.irc.ir;

import dev.irc.ir.builtin.BuiltinDialect;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry that gives IR its meaning: the dialects loaded for one tool or compilation and
 * the op definitions they declare, plus whether ops of unknown dialects are tolerated.
 * The builtin dialect is always loaded.
 */
public final class IrContext {
  private final Map<String, Dialect> dialects = new ConcurrentHashMap<>();
  private final Map<String, OpDefinition> operations = new ConcurrentHashMap<>();
  private volatile boolean allowUnregisteredDialects;

  public IrContext() {
    load(BuiltinDialect.INSTANCE);
  }

  /** A context with {@code extra} loaded besides the builtin dialect. */
  public static IrContext of(Dialect... extra) {
    var context = new IrContext();
    for (Dialect dialect : extra) {
      context.load(dialect);
    }
    return context;
  }

  /** Loads {@code dialect}; loading the same namespace twice keeps the first. */
  public IrContext load(Dialect dialect) {
    if (dialects.putIfAbsent(dialect.namespace(), dialect) == null) {
      for (OpDefinition op : dialect.operations()) {
        String prefix = dialect.namespace() + ".";
        if (!op.name().startsWith(prefix)) {
          throw new IllegalArgumentException("op " + op.name() + " is not in dialect " + dialect.namespace());
        }
        if (operations.putIfAbsent(op.name(), op) != null) {
          throw new IllegalArgumentException("op " + op.name() + " registered twice");
        }
      }
    }
    return this;
  }

  public Optional<Dialect> dialect(String namespace) {
    return Optional.ofNullable(dialects.get(namespace));
  }

  /** The loaded dialects, sorted by namespace. */
  public Collection<Dialect> dialects() {
    return new TreeMap<>(dialects).values();
  }

  /** The definition registered for {@code opName}, or null. */
  public OpDefinition lookup(String opName) {
    return operations.get(opName);
  }

  public boolean allowsUnregisteredDialects() {
    return allowUnregisteredDialects;
  }

  public IrContext allowUnregisteredDialects(boolean allow) {
    this.allowUnregisteredDialects = allow;
    return this;
  }

  /** Creates an operation of the kind named in {@code state}, registered or not. */
  public Operation create(OperationState state) {
    return Operation.create(state, lookup(state.name()));
  }
}
