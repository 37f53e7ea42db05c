package dev.irc.passes.rules;

import dev.irc.ir.IrContext;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SpellingSuggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks parsed rules against the ops loaded in an {@link IrContext} and turns them into
 * {@link DeclarativePattern}s. Every problem (unknown op, unbound or misused variable,
 * {@code type(x)} in a pattern, a rule name used twice) is reported, located in the rule
 * file, in one {@link DiagnosticException}.
 */
public final class RuleCompiler {
  /** How a variable was bound in a pattern. */
  private enum Kind { VALUE, ATTRIBUTE }

  private final IrContext context;
  private final List<Diagnostic> errors = new ArrayList<>();

  private RuleCompiler(IrContext context) {
    this.context = context;
  }

  /** Parses and compiles {@code source}. */
  public static List<DeclarativePattern> compile(SourceFile source, IrContext context) {
    return compile(RuleParser.parse(source), context);
  }

  /** Compiles {@code rules}; throws with every problem found. */
  public static List<DeclarativePattern> compile(RuleSet rules, IrContext context) {
    var compiler = new RuleCompiler(context);
    var patterns = new ArrayList<DeclarativePattern>();
    Map<String, Rule> byName = new HashMap<>();
    for (Rule rule : rules.rules()) {
      Rule previous = byName.putIfAbsent(rule.name(), rule);
      if (previous != null) {
        compiler.errors.add(Diagnostic.error(rule.location(), "redefinition of rule '" + rule.name() + "'")
            .withNote(Diagnostic.note(previous.location(), "previous definition is here")));
        continue;
      }
      if (compiler.check(rule)) {
        patterns.add(new DeclarativePattern(rule, rules.source().name()));
      }
    }
    if (!compiler.errors.isEmpty()) {
      throw new DiagnosticException(compiler.errors);
    }
    return patterns;
  }

  private boolean check(Rule rule) {
    int before = errors.size();
    var variables = new HashMap<String, Kind>();
    var typeVariables = new java.util.HashSet<String>();
    checkPattern(rule.root(), variables, typeVariables);
    checkResult(rule.result(), variables, typeVariables);
    return errors.size() == before;
  }

  private void checkPattern(RulePattern pattern, Map<String, Kind> variables, java.util.Set<String> typeVariables) {
    switch (pattern) {
      case RulePattern.Variable variable -> {
        checkPatternType(variable.type(), variable.location(), typeVariables);
        if (!variable.isWildcard()) {
          declare(variable.name(), Kind.VALUE, variable.location(), variables);
        }
      }
      case RulePattern.Op op -> {
        checkOpName(op.opName(), op.location());
        for (RulePattern operand : op.operands()) {
          checkPattern(operand, variables, typeVariables);
        }
        for (RulePattern.AttrBinding attribute : op.attributes()) {
          switch (attribute.value()) {
            case AttrExpr.Variable(String name) -> declare(name, Kind.ATTRIBUTE, attribute.location(), variables);
            case AttrExpr.IntegerLiteral(var value, TypeExpr type) -> checkPatternType(type, attribute.location(), typeVariables);
            case AttrExpr.FloatLiteral(var value, TypeExpr type) -> checkPatternType(type, attribute.location(), typeVariables);
            default -> { }
          }
        }
        checkPatternType(op.resultType(), op.location(), typeVariables);
      }
    }
  }

  private void declare(String name, Kind kind, Location location, Map<String, Kind> variables) {
    Kind previous = variables.putIfAbsent(name, kind);
    if (previous != null && previous != kind) {
      errors.add(Diagnostic.error(location, "'" + name + "' is bound to " + describe(previous) + " and cannot also bind "
          + describe(kind)));
    }
  }

  private static String describe(Kind kind) {
    return kind == Kind.VALUE ? "a value" : "an attribute";
  }

  private void checkPatternType(TypeExpr type, Location location, java.util.Set<String> typeVariables) {
    switch (type) {
      case TypeExpr.TypeOf(String value) -> errors.add(Diagnostic.error(location,
          "'type(" + value + ")' is only allowed in results; constrain types in a pattern with a type variable ('x : T')"));
      case TypeExpr.Variable(String name) -> typeVariables.add(name);
      default -> { }
    }
  }

  private void checkResult(RuleResult result, Map<String, Kind> variables, java.util.Set<String> typeVariables) {
    switch (result) {
      case RuleResult.Reference(String name, Location location) -> checkValueUse(name, location, variables);
      case RuleResult.Build build -> {
        checkOpName(build.opName(), build.location());
        for (RuleResult operand : build.operands()) {
          checkResult(operand, variables, typeVariables);
        }
        for (RulePattern.AttrBinding attribute : build.attributes()) {
          switch (attribute.value()) {
            case AttrExpr.Variable(String name) -> {
              if (variables.get(name) != Kind.ATTRIBUTE) {
                errors.add(Diagnostic.error(attribute.location(), variables.containsKey(name)
                    ? "'" + name + "' is a value, not an attribute"
                    : "use of unbound attribute variable '" + name + "'"));
              }
            }
            case AttrExpr.IntegerLiteral(var value, TypeExpr type) ->
                checkResultType(type, attribute.location(), variables, typeVariables);
            case AttrExpr.FloatLiteral(var value, TypeExpr type) ->
                checkResultType(type, attribute.location(), variables, typeVariables);
            default -> { }
          }
        }
        checkResultType(build.resultType(), build.location(), variables, typeVariables);
      }
    }
  }

  private void checkValueUse(String name, Location location, Map<String, Kind> variables) {
    Kind kind = variables.get(name);
    if (kind == null) {
      errors.add(Diagnostic.error(location, name.equals("_") ? "'_' matches anything and cannot be used in a result"
          : "use of unbound variable '" + name + "'"));
    } else if (kind != Kind.VALUE) {
      errors.add(Diagnostic.error(location, "'" + name + "' is an attribute, not a value"));
    }
  }

  private void checkResultType(TypeExpr type, Location location, Map<String, Kind> variables,
      java.util.Set<String> typeVariables) {
    switch (type) {
      case TypeExpr.TypeOf(String value) -> checkValueUse(value, location, variables);
      case TypeExpr.Variable(String name) -> {
        if (!typeVariables.contains(name)) {
          errors.add(Diagnostic.error(location, "use of unbound type variable '" + name + "'"));
        }
      }
      case TypeExpr.TypeClass typeClass -> errors.add(Diagnostic.error(location,
          "'" + typeClass.name() + "' is a class of types; a result needs one type"));
      default -> { }
    }
  }

  private void checkOpName(String name, Location location) {
    OpDefinition definition = context.lookup(name);
    if (definition != null) {
      return;
    }
    var known = new ArrayList<String>();
    for (var dialect : context.dialects()) {
      dialect.operations().forEach(op -> known.add(op.name()));
    }
    String suggestion = SpellingSuggestion.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    errors.add(Diagnostic.error(location, "unknown op '" + name + "'" + suggestion));
  }
}
