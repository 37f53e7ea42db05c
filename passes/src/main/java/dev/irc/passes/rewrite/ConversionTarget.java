package dev.irc.passes.rewrite;

import dev.irc.ir.Operation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a dialect conversion must reach: which ops are legal afterwards, by op name or by whole
 * dialect, either always, never, or when a predicate holds (dynamically legal, e.g.
 * "{@code func.func} is legal once its signature has no {@code !py.object}"). An op-level
 * rule overrides its dialect's rule. Conversions say what is legal, not how to walk.
 */
public final class ConversionTarget {
  /** How an op stands against the target. */
  public enum Legality {
    LEGAL,
    ILLEGAL,
    /** No rule covers the op: a full conversion rejects it, a partial conversion leaves it. */
    UNKNOWN
  }

  private static final Predicate<Operation> ALWAYS = op -> true;
  private static final Predicate<Operation> NEVER = op -> false;

  private final Map<String, Predicate<Operation>> ops = new HashMap<>();
  private final Map<String, Predicate<Operation>> dialects = new HashMap<>();
  private Predicate<Operation> unknown;

  public ConversionTarget addLegalOp(String... names) {
    for (String name : names) {
      ops.put(name, ALWAYS);
    }
    return this;
  }

  public ConversionTarget addIllegalOp(String... names) {
    for (String name : names) {
      ops.put(name, NEVER);
    }
    return this;
  }

  public ConversionTarget addDynamicallyLegalOp(String name, Predicate<Operation> isLegal) {
    ops.put(name, isLegal);
    return this;
  }

  public ConversionTarget addLegalDialect(String... namespaces) {
    for (String namespace : namespaces) {
      dialects.put(namespace, ALWAYS);
    }
    return this;
  }

  public ConversionTarget addIllegalDialect(String... namespaces) {
    for (String namespace : namespaces) {
      dialects.put(namespace, NEVER);
    }
    return this;
  }

  public ConversionTarget addDynamicallyLegalDialect(String namespace, Predicate<Operation> isLegal) {
    dialects.put(namespace, isLegal);
    return this;
  }

  /** Decides ops no other rule covers with {@code isLegal} instead of leaving them unknown. */
  public ConversionTarget markUnknownOpDynamicallyLegal(Predicate<Operation> isLegal) {
    this.unknown = isLegal;
    return this;
  }

  public Legality legality(Operation op) {
    Predicate<Operation> rule = ops.get(op.name());
    if (rule == null) {
      rule = dialects.get(op.dialectNamespace());
    }
    if (rule == null) {
      rule = unknown;
    }
    if (rule == null) {
      return Legality.UNKNOWN;
    }
    return rule.test(op) ? Legality.LEGAL : Legality.ILLEGAL;
  }

  public boolean isLegal(Operation op) {
    return legality(op) == Legality.LEGAL;
  }
}
