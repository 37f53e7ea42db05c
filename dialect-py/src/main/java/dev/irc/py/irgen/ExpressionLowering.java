package dev.irc.py.irgen;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.py.ast.BinaryOperator;
import dev.irc.py.ast.BoolOperator;
import dev.irc.py.ast.CompareOperator;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.Keyword;
import dev.irc.py.ast.Node;
import dev.irc.py.ast.Parameter;
import dev.irc.py.ast.Stmt;
import dev.irc.py.ast.UnaryOperator;
import dev.irc.py.dialect.CallOps;
import dev.irc.py.dialect.OperatorOps;
import dev.irc.py.dialect.VariableOps;
import dev.irc.py.semantics.ExceptionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lowers expressions to py ops in the current block of a {@link FunctionLowering}:
 * operators, names, calls of functions, builtins and {@code math}, and the expressions with
 * control flow (short-circuit {@code and}/{@code or}, conditional expressions, chained
 * comparisons), whose value arrives as the argument of a join block.
 */
final class ExpressionLowering {
  private final FunctionLowering function;
  private final ScopeAnalysis scope;

  ExpressionLowering(FunctionLowering function, ScopeAnalysis scope) {
    this.function = function;
    this.scope = scope;
  }

  private OpBuilder builder() {
    return function.builder();
  }

  /** {@code py.truth} of {@code expr}. */
  Value truth(Expr expr) {
    return OperatorOps.truth(builder(), expr.location(), lower(expr));
  }

  Value lower(Expr expr) {
    Location location = expr.location();
    return switch (expr) {
      case Expr.IntLiteral e -> function.constant(location, ConstantFolding.constantValue(e).orElseThrow());
      case Expr.FloatLiteral e -> function.constant(location, ConstantFolding.constantValue(e).orElseThrow());
      case Expr.StringLiteral e -> function.constant(location, ConstantFolding.constantValue(e).orElseThrow());
      case Expr.BoolLiteral e -> function.constant(location, ConstantFolding.constantValue(e).orElseThrow());
      case Expr.NoneLiteral e -> function.constant(location, ConstantFolding.constantValue(e).orElseThrow());
      case Expr.Name e -> name(e);
      case Expr.Binary e -> {
        if (e.op() == BinaryOperator.MOD && e.left() instanceof Expr.StringLiteral) {
          throw Unsupported.construct(e, "string formatting with '%'");
        }
        Value left = lower(e.left());
        Value right = lower(e.right());
        yield OperatorOps.binop(builder(), location, binaryKind(e.op(), e), left, right);
      }
      case Expr.Unary e -> OperatorOps.unop(builder(), location, unaryKind(e.op()), lower(e.operand()));
      case Expr.BoolOp e -> boolOp(e);
      case Expr.Compare e -> compare(e);
      case Expr.Conditional e -> conditional(e);
      case Expr.Call e -> call(e);
      case Expr.Attribute e -> attribute(e);
      case Expr.Subscript e -> throw Unsupported.construct(e, "subscripting");
      case Expr.Slice e -> throw Unsupported.construct(e, "slicing");
      case Expr.Tuple e -> throw Unsupported.construct(e, "a tuple value");
      case Expr.ListDisplay e -> throw Unsupported.construct(e, "a list");
      case Expr.ListComprehension e -> throw Unsupported.construct(e, "a list comprehension");
    };
  }

  static String binaryKind(BinaryOperator op, Node at) {
    return switch (op) {
      case ADD -> "add";
      case SUB -> "sub";
      case MUL -> "mul";
      case DIV -> "truediv";
      case FLOOR_DIV -> "floordiv";
      case MOD -> "mod";
      case POW -> "pow";
      case LSHIFT -> "lshift";
      case RSHIFT -> "rshift";
      case BIT_AND -> "bitand";
      case BIT_OR -> "bitor";
      case BIT_XOR -> "bitxor";
      case MAT_MUL -> throw Unsupported.construct(at, "the '@' operator");
    };
  }

  private static String unaryKind(UnaryOperator op) {
    return switch (op) {
      case NEG -> "neg";
      case POS -> "pos";
      case INVERT -> "invert";
      case NOT -> "not";
    };
  }

  private static String compareKind(CompareOperator op, Node at) {
    return switch (op) {
      case EQ -> "eq";
      case NOT_EQ -> "ne";
      case LT -> "lt";
      case LT_E -> "le";
      case GT -> "gt";
      case GT_E -> "ge";
      case IS -> "is";
      case IS_NOT -> "isnot";
      case IN, NOT_IN -> throw Unsupported.construct(at, "the '" + op.symbol() + "' operator");
    };
  }

  private Value name(Expr.Name e) {
    String id = e.id();
    if (function.isLocal(id)) {
      return function.readLocal(id, e.location());
    }
    if (scope.mathName(id) != null) {
      return mathValue(e, scope.mathName(id));
    }
    if (scope.isMathModule(id) || scope.functions().containsKey(id) || KnownFunctions.BUILTINS.containsKey(id)) {
      throw Unsupported.construct(e, "using '" + id + "' as a value");
    }
    if (id.equals("__name__")) {
      return function.constant(e.location(), new StringAttr("__main__"));
    }
    checkNotBuiltin(e, id, "using '" + id + "' as a value");
    return VariableOps.globalLoad(builder(), e.location(), id);
  }

  /**
   * A name that is no local, function or global of the program but one of CPython's builtins
   * that irc does not implement: refused here, so that it never becomes a NameError at run time.
   */
  private void checkNotBuiltin(Expr.Name e, String id, String construct) {
    if (KnownFunctions.CPYTHON_BUILTINS.contains(id) && !scope.isAssignedGlobal(id)) {
      throw Unsupported.construct(e, isExceptionClass(id) || KnownFunctions.BUILTINS.containsKey(id)
          ? construct : "the builtin '" + id + "'");
    }
  }

  /** Whether {@code id} names a builtin exception class (not shadowed by the program). */
  boolean isExceptionClass(String id) {
    return ExceptionTypes.isException(id) && !function.isLocal(id) && !scope.functions().containsKey(id)
        && !scope.isAssignedGlobal(id);
  }

  /**
   * The exception {@code raise expr} (or its {@code from} clause) raises: a builtin exception
   * class stands for an instance created without arguments, as in CPython.
   */
  Value exception(Expr expr) {
    if (expr instanceof Expr.Name name && isExceptionClass(name.id())) {
      checkConstructible(name, name.id());
      return CallOps.builtin(builder(), expr.location(), name.id(), List.of(), List.of(), List.of());
    }
    return lower(expr);
  }

  private static void checkConstructible(Node at, String type) {
    if (!ExceptionTypes.isConstructible(type)) {
      throw Unsupported.construct(at, "raising '" + type + "'");
    }
  }

  private Value mathValue(Node at, String mathName) {
    Attribute constant = KnownFunctions.mathConstant(mathName)
        .orElseThrow(() -> Unsupported.construct(at, "using 'math." + mathName + "' as a value"));
    return function.constant(at.location(), constant);
  }

  private Value attribute(Expr.Attribute e) {
    if (e.value() instanceof Expr.Name module && scope.isMathModule(module.id()) && !function.isLocal(module.id())) {
      if (!KnownFunctions.isMathName(e.attr())) {
        throw Unsupported.construct(e, "math." + e.attr());
      }
      return mathValue(e, e.attr());
    }
    throw Unsupported.construct(e, "attribute access");
  }

  private Value boolOp(Expr.BoolOp e) {
    Block join = FunctionLowering.joinBlock(e.location());
    List<Expr> operands = e.operands();
    for (int i = 0; i < operands.size() - 1; i++) {
      Value value = lower(operands.get(i));
      Value condition = OperatorOps.truth(builder(), operands.get(i).location(), value);
      Block next = new Block();
      if (e.op() == BoolOperator.AND) {
        function.condBranch(e.location(), condition, next, List.of(), join, List.of(value));
      } else {
        function.condBranch(e.location(), condition, join, List.of(value), next, List.of());
      }
      function.seal(next);
      function.enter(next);
    }
    Value last = lower(operands.getLast());
    function.branch(e.location(), join, List.of(last));
    function.seal(join);
    function.enter(join);
    return join.argument(0);
  }

  private Value conditional(Expr.Conditional e) {
    Value condition = truth(e.test());
    Block then = new Block();
    Block orElse = new Block();
    Block join = FunctionLowering.joinBlock(e.location());
    function.condBranch(e.location(), condition, then, List.of(), orElse, List.of());
    function.seal(then);
    function.enter(then);
    function.branch(e.location(), join, List.of(lower(e.body())));
    function.seal(orElse);
    function.enter(orElse);
    function.branch(e.location(), join, List.of(lower(e.orElse())));
    function.seal(join);
    function.enter(join);
    return join.argument(0);
  }

  private Value compare(Expr.Compare e) {
    Value left = lower(e.left());
    int count = e.ops().size();
    if (count == 1) {
      Value right = lower(e.comparators().getFirst());
      return OperatorOps.compare(builder(), e.location(), compareKind(e.ops().getFirst(), e), left, right);
    }
    Block join = FunctionLowering.joinBlock(e.location());
    for (int i = 0; i < count; i++) {
      Value right = lower(e.comparators().get(i));
      Value result = OperatorOps.compare(builder(), e.location(), compareKind(e.ops().get(i), e), left, right);
      if (i == count - 1) {
        function.branch(e.location(), join, List.of(result));
      } else {
        Value condition = OperatorOps.truth(builder(), e.location(), result);
        Block next = new Block();
        function.condBranch(e.location(), condition, next, List.of(), join, List.of(result));
        function.seal(next);
        function.enter(next);
      }
      left = right;
    }
    function.seal(join);
    function.enter(join);
    return join.argument(0);
  }

  // ---- calls -----------------------------------------------------------------------------------

  private Value call(Expr.Call e) {
    if (e.func() instanceof Expr.Attribute attribute && attribute.value() instanceof Expr.Name module
        && scope.isMathModule(module.id()) && !function.isLocal(module.id())) {
      return mathCall(e, attribute.attr());
    }
    if (!(e.func() instanceof Expr.Name callee)) {
      throw Unsupported.construct(e.func(), "calling this kind of expression");
    }
    String id = callee.id();
    if (function.isLocal(id)) {
      throw Unsupported.construct(e.func(), "calling a local variable");
    }
    Stmt.FunctionDef def = scope.functions().get(id);
    if (def != null) {
      return userCall(e, def);
    }
    if (scope.mathName(id) != null) {
      return mathCall(e, scope.mathName(id));
    }
    if (KnownFunctions.BUILTINS.containsKey(id)) {
      return builtinCall(e, id, KnownFunctions.BUILTINS.get(id));
    }
    if (isExceptionClass(id)) {
      checkConstructible(callee, id);
      return builtinCall(e, id, Set.of());
    }
    checkNotBuiltin(callee, id, "calling '" + id + "'");
    // Not a function irc knows: a global, read first (NameError if it is unassigned), then the
    // arguments, then the call of its value.
    if (!e.keywords().isEmpty()) {
      throw Unsupported.construct(e.keywords().getFirst(), "a keyword argument in a call of a variable");
    }
    Value function = VariableOps.globalLoad(builder(), callee.location(), id);
    var positional = new ArrayList<Value>();
    for (Expr argument : e.args()) {
      positional.add(lower(argument));
    }
    return CallOps.callValue(builder(), e.location(), function, positional);
  }

  private Value mathCall(Expr.Call e, String name) {
    if (!KnownFunctions.MATH_FUNCTIONS.contains(name)) {
      throw Unsupported.construct(e.func(), "calling 'math." + name + "'");
    }
    return builtinCall(e, "math." + name, KnownFunctions.MATH_KEYWORDS.getOrDefault(name, Set.of()));
  }

  private Value builtinCall(Expr.Call e, String name, Set<String> keywordsAllowed) {
    var positional = new ArrayList<Value>();
    for (Expr argument : e.args()) {
      positional.add(lower(argument));
    }
    var keywordNames = new ArrayList<String>();
    var keywordValues = new ArrayList<Value>();
    for (Keyword keyword : e.keywords()) {
      if (!keywordsAllowed.contains(keyword.name())) {
        throw Unsupported.construct(keyword, "the keyword argument '" + keyword.name() + "' of " + name + "()");
      }
      keywordNames.add(keyword.name());
      keywordValues.add(lower(keyword.value()));
    }
    return CallOps.builtin(builder(), e.location(), name, positional, keywordNames, keywordValues);
  }

  /**
   * A call of a module function: arguments are evaluated in source order, then bound to the
   * parameters (keywords by name, defaults for the rest); a call CPython would reject raises its
   * TypeError at run time, after the arguments were evaluated, as in CPython.
   */
  private Value userCall(Expr.Call e, Stmt.FunctionDef def) {
    List<Parameter> parameters = def.parameters();
    String error = null;
    var positional = new ArrayList<Value>();
    for (Expr argument : e.args()) {
      positional.add(lower(argument));
    }
    Value[] arguments = new Value[parameters.size()];
    for (int i = 0; i < Math.min(positional.size(), arguments.length); i++) {
      arguments[i] = positional.get(i);
    }
    for (Keyword keyword : e.keywords()) {
      Value value = lower(keyword.value());
      int index = indexOf(parameters, keyword.name());
      if (index < 0) {
        error = error != null ? error : def.name() + "() got an unexpected keyword argument '" + keyword.name() + "'";
      } else if (arguments[index] != null) {
        error = error != null ? error : def.name() + "() got multiple values for argument '" + keyword.name() + "'";
      } else {
        arguments[index] = value;
      }
    }
    if (positional.size() > parameters.size()) {
      error = tooManyPositional(def, positional.size());
    }
    var missing = new ArrayList<String>();
    for (int i = 0; i < parameters.size() && error == null; i++) {
      if (arguments[i] == null) {
        var defaultValue = parameters.get(i).defaultValue().flatMap(ConstantFolding::constantValue);
        if (defaultValue.isPresent()) {
          arguments[i] = function.constant(e.location(), defaultValue.get());
        } else {
          missing.add("'" + parameters.get(i).name() + "'");
        }
      }
    }
    if (error == null && !missing.isEmpty()) {
      error = def.name() + "() missing " + missing.size() + " required positional argument"
          + (missing.size() == 1 ? "" : "s") + ": " + englishList(missing);
    }
    if (error != null) {
      return dev.irc.py.dialect.ControlOps.raise(builder(), e.location(), "TypeError", error);
    }
    return CallOps.call(builder(), e.location(), def.name(), List.of(arguments));
  }

  private static String tooManyPositional(Stmt.FunctionDef def, int given) {
    int total = def.parameters().size();
    long required = def.parameters().stream().filter(p -> p.defaultValue().isEmpty()).count();
    String takes = required == total ? Integer.toString(total) : "from " + required + " to " + total;
    return def.name() + "() takes " + takes + " positional argument" + (total == 1 && required == total ? "" : "s")
        + " but " + given + (given == 1 ? " was" : " were") + " given";
  }

  /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}: CPython's list of missing names. */
  private static String englishList(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    if (names.size() == 2) {
      return names.get(0) + " and " + names.get(1);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
  }

  private static int indexOf(List<Parameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
