package dev.irc.ir;

import dev.irc.ir.text.OpSyntax;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one declaration of an operation kind: its name, shape (how many operands, results,
 * regions and successors; which attributes it requires), traits, verifier, custom syntax and
 * the interfaces it implements (folding, interpretation, ...). Everything the framework knows
 * about an op kind comes from here; build one with {@link #builder(String)}.
 */
public final class OpDefinition {
  private final String name;
  private final String summary;
  private final Arity operands;
  private final Arity results;
  private final Arity regions;
  private final Arity successors;
  private final Map<String, Class<? extends Attribute>> requiredAttributes;
  private final Set<OpTrait> traits;
  private final OpVerifier verifier;
  private final OpSyntax syntax;
  private final Map<Class<?>, Object> interfaces;
  private final String defaultDialect;

  private OpDefinition(Builder builder) {
    this.name = builder.name;
    this.summary = builder.summary;
    this.operands = builder.operands;
    this.results = builder.results;
    this.regions = builder.regions;
    this.successors = builder.successors;
    this.requiredAttributes = Map.copyOf(builder.requiredAttributes);
    this.traits = Set.copyOf(builder.traits);
    this.verifier = builder.verifier;
    this.syntax = builder.syntax;
    this.interfaces = Map.copyOf(builder.interfaces);
    this.defaultDialect = builder.defaultDialect;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public String summary() {
    return summary;
  }

  public boolean hasTrait(OpTrait trait) {
    return traits.contains(trait);
  }

  public Set<OpTrait> traits() {
    return traits;
  }

  public <T extends OpTrait> Optional<T> trait(Class<T> kind) {
    return traits.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  /** The custom syntax, or empty when the op only has the generic form. */
  public Optional<OpSyntax> syntax() {
    return Optional.ofNullable(syntax);
  }

  /**
   * The dialect assumed for op names written without a dialect prefix inside this op's regions
   * (MLIR prints {@code return} for {@code func.return} inside {@code func.func}), if any.
   */
  public Optional<String> defaultDialect() {
    return Optional.ofNullable(defaultDialect);
  }

  public <I> Optional<I> getInterface(Class<I> iface) {
    return Optional.ofNullable(iface.cast(interfaces.get(iface)));
  }

  /** Runs the checks implied by the declaration, the traits, then the op's own verifier. */
  public void verify(Operation op, Verification verification) {
    if (!checkArity(op, "operand", operands, op.numOperands(), verification)
        || !checkArity(op, "result", results, op.numResults(), verification)
        || !checkArity(op, "region", regions, op.numRegions(), verification)
        || !checkArity(op, "successor", successors, op.numSuccessors(), verification)) {
      return;
    }
    for (var required : requiredAttributes.entrySet()) {
      Attribute value = op.attribute(required.getKey()).orElse(null);
      if (value == null) {
        verification.opError(op, "requires attribute '" + required.getKey() + "'");
        return;
      }
      if (!required.getValue().isInstance(value)) {
        verification.opError(op, "attribute '" + required.getKey() + "' failed to satisfy constraint: "
            + describeAttributeKind(required.getValue()));
        return;
      }
    }
    if (op.numSuccessors() > 0 && !traits.contains(CoreTrait.TERMINATOR)) {
      verification.opError(op, "has successors but is not a terminator");
      return;
    }
    int errorsBefore = verification.errorCount();
    for (OpTrait trait : traits) {
      trait.verify(op, verification);
    }
    // The op's own verifier may rely on what the traits guarantee, so it runs only if they held.
    if (verifier != null && verification.errorCount() == errorsBefore) {
      verifier.verify(op, verification);
    }
  }

  private static boolean checkArity(Operation op, String what, Arity arity, int count, Verification verification) {
    if (arity.accepts(count)) {
      return true;
    }
    verification.opError(op, "requires " + arity.describe() + " " + what + (arity.min() == 1 && !arity.variadic() ? "" : "s")
        + ", but found " + count);
    return false;
  }

  private static String describeAttributeKind(Class<? extends Attribute> kind) {
    String simple = kind.getSimpleName();
    return simple.endsWith("Attr") ? simple.substring(0, simple.length() - 4).toLowerCase(java.util.Locale.ROOT) + " attribute" : simple;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Collects the parts of an {@link OpDefinition}. */
  public static final class Builder {
    private final String name;
    private String summary = "";
    private Arity operands = Arity.ANY;
    private Arity results = Arity.ANY;
    private Arity regions = Arity.NONE;
    private Arity successors = Arity.NONE;
    private final Map<String, Class<? extends Attribute>> requiredAttributes = new LinkedHashMap<>();
    private final java.util.LinkedHashSet<OpTrait> traits = new java.util.LinkedHashSet<>();
    private OpVerifier verifier;
    private OpSyntax syntax;
    private final Map<Class<?>, Object> interfaces = new LinkedHashMap<>();
    private String defaultDialect;

    private Builder(String name) {
      if (name.indexOf('.') <= 0) {
        throw new IllegalArgumentException("op name must be 'dialect.op': " + name);
      }
      this.name = name;
    }

    public Builder summary(String text) {
      this.summary = text;
      return this;
    }

    public Builder operands(int count) {
      return operands(Arity.exactly(count));
    }

    public Builder operands(Arity arity) {
      this.operands = arity;
      return this;
    }

    public Builder results(int count) {
      return results(Arity.exactly(count));
    }

    public Builder results(Arity arity) {
      this.results = arity;
      return this;
    }

    public Builder regions(int count) {
      return regions(Arity.exactly(count));
    }

    public Builder regions(Arity arity) {
      this.regions = arity;
      return this;
    }

    public Builder successors(int count) {
      return successors(Arity.exactly(count));
    }

    public Builder successors(Arity arity) {
      this.successors = arity;
      return this;
    }

    public Builder attribute(String attributeName, Class<? extends Attribute> kind) {
      requiredAttributes.put(attributeName, kind);
      return this;
    }

    public Builder traits(OpTrait... added) {
      traits.addAll(List.of(added));
      return this;
    }

    public Builder verifier(OpVerifier check) {
      this.verifier = check;
      return this;
    }

    public Builder syntax(OpSyntax customSyntax) {
      this.syntax = customSyntax;
      return this;
    }

    /** Unprefixed op names in this op's regions resolve in {@code namespace} first. */
    public Builder defaultDialect(String namespace) {
      this.defaultDialect = namespace;
      return this;
    }

    public <I> Builder implement(Class<I> iface, I implementation) {
      interfaces.put(iface, implementation);
      return this;
    }

    public OpDefinition build() {
      return new OpDefinition(this);
    }
  }
}
