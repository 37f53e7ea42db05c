package dev.irc.passes.rules;

import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a rule file into a {@link RuleSet} (the grammar is in the package documentation).
 * Stops at the first syntax error with a {@link DiagnosticException} located in the file;
 * whether op names exist is checked later by {@link RuleCompiler}.
 */
public final class RuleParser {
  private static final Pattern INTEGER_TYPE = Pattern.compile("i([1-9][0-9]*)");

  private final SourceFile source;
  private final RuleLexer lexer;
  private RuleToken token;

  private RuleParser(SourceFile source) {
    this.source = source;
    this.lexer = new RuleLexer(source);
    this.token = lexer.next();
  }

  /** Parses every rule of {@code source}. */
  public static RuleSet parse(SourceFile source) {
    return new RuleParser(source).parseFile();
  }

  private RuleSet parseFile() {
    var rules = new ArrayList<Rule>();
    while (token.kind() != RuleToken.Kind.EOF) {
      rules.add(parseRule());
    }
    return new RuleSet(source, rules);
  }

  private Rule parseRule() {
    Location start = here();
    if (!token.is(RuleToken.Kind.IDENTIFIER, "rule")) {
      throw errorHere("expected 'rule', but found " + token.describe());
    }
    advance();
    String name = expectIdentifier("a rule name");
    expect(":");
    Location rootLocation = here();
    RulePattern root = parsePattern();
    if (!(root instanceof RulePattern.Op op)) {
      throw error(rootLocation, "the root of a rule must be an op, not a variable");
    }
    expect("=>");
    RuleResult result = parseResult();
    return new Rule(name, op, result, start);
  }

  // ---- patterns ---------------------------------------------------------------------------

  private RulePattern parsePattern() {
    Location location = here();
    String name = expectIdentifier("an op name or a variable");
    if (name.indexOf('.') >= 0) {
      List<RulePattern> operands = new ArrayList<>();
      expect("(");
      if (!accept(")")) {
        do {
          operands.add(parsePattern());
        } while (accept(","));
        expect(")");
      }
      List<RulePattern.AttrBinding> attributes = parseAttributes();
      TypeExpr type = accept(":") ? parseType(false) : TypeExpr.ANY;
      return new RulePattern.Op(name, operands, attributes, type, location);
    }
    checkVariableName(name, location);
    TypeExpr type = accept(":") ? parseType(false) : TypeExpr.ANY;
    return new RulePattern.Variable(name, type, location);
  }

  private List<RulePattern.AttrBinding> parseAttributes() {
    var attributes = new ArrayList<RulePattern.AttrBinding>();
    if (!accept("{")) {
      return attributes;
    }
    do {
      Location location = here();
      String name = expectIdentifier("an attribute name");
      expect("=");
      attributes.add(new RulePattern.AttrBinding(name, parseAttrExpr(), location));
    } while (accept(","));
    expect("}");
    return attributes;
  }

  private AttrExpr parseAttrExpr() {
    RuleToken literal = token;
    switch (literal.kind()) {
      case INTEGER -> {
        advance();
        return new AttrExpr.IntegerLiteral(new BigInteger(literal.text()), optionalType());
      }
      case FLOAT -> {
        advance();
        return new AttrExpr.FloatLiteral(Double.parseDouble(literal.text()), optionalType());
      }
      case STRING -> {
        advance();
        return new AttrExpr.StringLiteral(literal.text());
      }
      case IDENTIFIER -> {
        advance();
        if (literal.text().equals("true") || literal.text().equals("false")) {
          return new AttrExpr.BoolLiteral(literal.text().equals("true"));
        }
        checkVariableName(literal.text(), location(literal));
        return new AttrExpr.Variable(literal.text());
      }
      default -> throw errorHere("expected an attribute value, but found " + token.describe());
    }
  }

  private TypeExpr optionalType() {
    return accept(":") ? parseType(true) : TypeExpr.ANY;
  }

  /** A type after ':'; {@code type(x)} is accepted everywhere and rejected in patterns by the compiler. */
  private TypeExpr parseType(boolean allowTypeOf) {
    Location location = here();
    String name = expectIdentifier("a type");
    if (name.equals("type")) {
      expect("(");
      String value = expectIdentifier("a variable");
      expect(")");
      return new TypeExpr.TypeOf(value);
    }
    if (name.equals("int") || name.equals("float")) {
      return new TypeExpr.TypeClass(name);
    }
    Type builtin = builtinType(name);
    if (builtin != null) {
      return new TypeExpr.Exact(builtin);
    }
    if (name.indexOf('.') >= 0) {
      throw error(location, "expected a type, but found '" + name + "'");
    }
    return new TypeExpr.Variable(name);
  }

  private static Type builtinType(String name) {
    var integer = INTEGER_TYPE.matcher(name);
    if (integer.matches() && integer.group(1).length() <= 5) {
      return new IntegerType(Integer.parseInt(integer.group(1)));
    }
    return switch (name) {
      case "index" -> IndexType.INDEX;
      case "f16" -> FloatType.F16;
      case "f32" -> FloatType.F32;
      case "f64" -> FloatType.F64;
      default -> null;
    };
  }

  // ---- results ----------------------------------------------------------------------------

  private RuleResult parseResult() {
    Location location = here();
    String name = expectIdentifier("an op name or a variable");
    if (name.indexOf('.') < 0) {
      checkVariableName(name, location);
      return new RuleResult.Reference(name, location);
    }
    List<RuleResult> operands = new ArrayList<>();
    expect("(");
    if (!accept(")")) {
      do {
        operands.add(parseResult());
      } while (accept(","));
      expect(")");
    }
    List<RulePattern.AttrBinding> attributes = parseAttributes();
    TypeExpr type = accept(":") ? parseType(true) : TypeExpr.ANY;
    return new RuleResult.Build(name, operands, attributes, type, location);
  }

  // ---- tokens -----------------------------------------------------------------------------

  private void checkVariableName(String name, Location location) {
    if (name.equals("rule") || name.equals("type") || name.equals("true") || name.equals("false")) {
      throw error(location, "'" + name + "' is a keyword and cannot name a variable");
    }
  }

  private String expectIdentifier(String what) {
    if (token.kind() != RuleToken.Kind.IDENTIFIER) {
      throw errorHere("expected " + what + ", but found " + token.describe());
    }
    String text = token.text();
    advance();
    return text;
  }

  private void expect(String punctuation) {
    if (!accept(punctuation)) {
      throw errorHere("expected '" + punctuation + "', but found " + token.describe());
    }
  }

  private boolean accept(String punctuation) {
    if (token.isPunctuation(punctuation)) {
      advance();
      return true;
    }
    return false;
  }

  private void advance() {
    token = lexer.next();
  }

  private Location here() {
    return location(token);
  }

  private Location location(RuleToken at) {
    return source.locationOf(at.offset());
  }

  private DiagnosticException errorHere(String message) {
    return error(here(), message);
  }

  private static DiagnosticException error(Location location, String message) {
    return new DiagnosticException(dev.irc.ir.diag.Diagnostic.error(location, message));
  }
}
