package dev.irc.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded generator of random tier-1 Python programs that are valid, deterministic and finish
 * quickly: functions (some recursive with a literal depth), bounded loops, branches, int/float
 * arithmetic with big-int growth, globals, math calls and prints, and now and then a statement
 * that raises on purpose; try statements whose bodies raise now and then (by a conditional
 * {@code raise}, by an operation such as a division by zero, in a called function), caught by
 * one of their handlers most of the time. The same seed and options always give the same
 * program.
 *
 * <p>Termination and speed hold by construction: loops have literal trip counts, recursion
 * depth is a literal, and a cost estimate (statements executed, counting loop trips and callee
 * costs) caps how often functions are called in loops. Values that flow around loops are reduced
 * modulo a constant when updated multiplicatively, so ints grow at most linearly in bits there.
 * A {@code break} or {@code continue} in a {@code finally} cannot skip a counted while's
 * increment, which comes first in its body.
 *
 * <p>Exceptions keep the program valid: variables bound in a try body are only read in it and
 * in its {@code else} (which runs after the whole body), never in its handlers, its
 * {@code finally} or after it; the name of {@code except E as e} is only printed in that
 * handler (Python deletes it at the handler's end), and every handler has a name of its own.
 */
public final class ProgramGenerator {
  private static final String[] SEPARATORS = {"", " ", ", ", "-", "|"};
  private static final String[] ENDS = {"", " ", ";\n", "\n\n", "!\n"};
  private static final String[] MESSAGES = {"bad value", "oops", "negative", "too big", "it's odd", "", "x", "say \"hi\"",
      "nope", "y"};
  /** Relative weights of {@link ExceptionTypes#NAMES} in except clauses: the classes operations raise come more often. */
  private static final int[] HANDLER_WEIGHTS = {4, 1, 4, 3, 2, 1, 2, 1, 1, 1, 1, 2};
  /** How many kinds of failing operations there are. */
  private static final int FAILING_KINDS = 6;

  private final GeneratorOptions options;

  public ProgramGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /** The program for {@code seed}. */
  public FuzzProgram generate(long seed) {
    return new Draft(new SplittableRandom(seed)).program();
  }

  /** The generation of one program: its random source and the names handed out so far. */
  private final class Draft {
    private final SplittableRandom random;
    private final ExpressionGenerator exprs;
    private final List<String> globalNames = new ArrayList<>();
    private final List<ValueType> globalTypes = new ArrayList<>();
    private int localCounter;
    private int handlerCounter;
    private String currentFunction;
    private ValueType currentReturn;

    Draft(SplittableRandom random) {
      this.random = random;
      this.exprs = new ExpressionGenerator(random, options);
      exprs.hazardsLeft = random.nextInt(100) < options.weights().hazards() * 20 ? 1 : 0;
    }

    FuzzProgram program() {
      int globals = 1 + random.nextInt(3);
      for (int i = 0; i < globals; i++) {
        globalNames.add("g" + i);
        globalTypes.add(exprs.randomType());
      }
      var functions = new ArrayList<FuzzFunction>();
      int count = options.maxFunctions() == 0 ? 0 : random.nextInt(options.maxFunctions() + 1);
      for (int i = 0; i < count; i++) {
        boolean recursive = exprs.chance(options.weights().recursion() * 8);
        functions.add(recursive ? recursiveFunction("r" + i) : function("f" + i));
      }
      currentFunction = null;
      Scope scope = Scope.module();
      exprs.cost = 0;
      var main = new ArrayList<FuzzStmt>();
      // A function called here could read a global not assigned yet (a NameError in most programs).
      exprs.callsAllowed = false;
      for (int i = 0; i < globalNames.size(); i++) {
        main.add(new FuzzStmt.Assign(globalNames.get(i), exprs.of(globalTypes.get(i), scope, 3)));
        scope.bind(globalNames.get(i), globalTypes.get(i), true);
      }
      exprs.callsAllowed = true;
      main.addAll(block(scope, 2 + random.nextInt(options.maxStatements() + 3)));
      var finalValues = new ArrayList<FuzzExpr>();
      for (String name : globalNames) {
        finalValues.add(new FuzzExpr.Name(name));
      }
      main.add(new FuzzStmt.Print(finalValues, Optional.empty(), Optional.empty()));
      return new FuzzProgram(functions, main);
    }

    private Scope functionScope(boolean loopCarried) {
      Scope scope = Scope.function(loopCarried);
      for (int i = 0; i < globalNames.size(); i++) {
        scope.bind(globalNames.get(i), globalTypes.get(i), false);
      }
      return scope;
    }

    private FuzzFunction function(String name) {
      currentFunction = name;
      currentReturn = exprs.randomType();
      exprs.cost = 1;
      exprs.escapes.clear();
      Scope scope = functionScope(false);
      var parameterNames = new ArrayList<String>();
      var parameterTypes = new ArrayList<ValueType>();
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        parameterNames.add("p" + i);
        parameterTypes.add(exprs.randomType());
      }
      int defaults = count > 0 && exprs.chance(30) ? 1 : 0;
      var defaultValues = new ArrayList<FuzzExpr>();
      for (int i = count - defaults; i < count; i++) {
        defaultValues.add(exprs.literalOf(parameterTypes.get(i)));
      }
      for (int i = 0; i < count; i++) {
        scope.bind(parameterNames.get(i), parameterTypes.get(i), true);
      }
      var body = new ArrayList<FuzzStmt>();
      if (!globalNames.isEmpty() && exprs.chance(options.weights().globals() * 12)) {
        String global = globalNames.get(random.nextInt(globalNames.size()));
        body.add(new FuzzStmt.Global(List.of(global)));
        scope.bind(global, scope.typeOf(global), true);
        // A function that writes a global runs once per call site: its updates flow around.
        scope = scope.loopCarried();
      }
      body.addAll(block(scope, 1 + random.nextInt(options.maxStatements())));
      body.add(new FuzzStmt.Return(exprs.of(currentReturn, scope, options.maxExprDepth())));
      exprs.addCallable(new FunctionSignature(name, parameterTypes, defaults, currentReturn, exprs.cost, false,
          List.copyOf(exprs.escapes)));
      return new FuzzFunction(name, parameterNames, defaultValues, body);
    }

    /** {@code def r(n, x): if n <= 0: return x; ...; return r(n - 1, e) + e}. */
    private FuzzFunction recursiveFunction(String name) {
      currentFunction = name;
      currentReturn = exprs.randomType();
      exprs.cost = 1;
      exprs.escapes.clear();
      Scope scope = functionScope(true);
      scope.bind("n", ValueType.INT, false);
      scope.bind("x", currentReturn, true);
      var body = new ArrayList<FuzzStmt>();
      body.add(new FuzzStmt.If(new FuzzExpr.Compare(List.of(new FuzzExpr.Name("n"), ExpressionGenerator.literal(0)), List.of("<=")),
          List.of(new FuzzStmt.Return(new FuzzExpr.Name("x"))), List.of()));
      body.addAll(block(scope, random.nextInt(options.maxStatements())));
      FuzzExpr argument = exprs.of(currentReturn, scope, 3);
      FuzzExpr next = new FuzzExpr.Call(name, List.of(
          new FuzzExpr.Binary("-", new FuzzExpr.Name("n"), ExpressionGenerator.literal(1)),
          Growth.isMultiplicative(argument) ? exprs.reduced(argument) : argument));
      body.add(new FuzzStmt.Return(exprs.chance(50) ? next
          : new FuzzExpr.Binary(exprs.oneOf("+", "-"), next, exprs.of(currentReturn, scope, 2))));
      long cost = exprs.cost * 9;
      exprs.addCallable(new FunctionSignature(name, List.of(ValueType.INT, currentReturn), 0, currentReturn, cost, true,
          List.copyOf(exprs.escapes)));
      return new FuzzFunction(name, List.of("n", "x"), List.of(), body);
    }

    private List<FuzzStmt> block(Scope scope, int count) {
      var statements = new ArrayList<FuzzStmt>();
      for (int i = 0; i < count; i++) {
        exprs.cost += scope.multiplier;
        statements.add(statement(scope));
      }
      return statements;
    }

    private FuzzStmt statement(Scope scope) {
      FeatureWeights w = options.weights();
      boolean nest = scope.blockDepth < options.maxBlockDepth();
      boolean loop = scope.loopDepth > 0;
      // The exception features come last: with their weights 0, the other choices are drawn as if they did not exist.
      int choice = exprs.pick(w.assign(), loop ? w.augAssign() : w.augAssign() / 2, w.print(), nest ? w.branch() : 0,
          nest ? w.forLoop() : 0, nest ? w.whileLoop() : 0, loop ? 2 : 0, scope.inFunction ? 1 : 0,
          exprs.hazardsLeft > 0 ? w.hazards() : 0, loop ? w.bigInt() : 0, w.calls() / 2, nest && cheap(scope) ? w.tries() : 0,
          scope.inFunction || !scope.catching.isEmpty() || scope.handled.isPresent() ? w.raises() : 0);
      return switch (choice) {
        case 0 -> assignment(scope);
        case 1 -> augmented(scope);
        case 2 -> print(scope);
        case 3 -> branch(scope);
        case 4 -> forLoop(scope);
        case 5 -> whileLoop(scope);
        case 6 -> exprs.chance(70)
            ? new FuzzStmt.If(exprs.condition(scope, 2), List.of(exprs.chance(50) ? new FuzzStmt.Break() : new FuzzStmt.Continue()), List.of())
            : exprs.chance(50) ? new FuzzStmt.Break() : new FuzzStmt.Continue();
        case 7 -> new FuzzStmt.If(exprs.condition(scope, 2),
            List.of(new FuzzStmt.Return(exprs.of(currentReturn, scope, 2))), List.of());
        case 8 -> hazard(scope);
        case 9 -> growth(scope);
        case 11 -> tryStatement(scope);
        case 12 -> raiseStatement(scope, Optional.empty());
        default -> new FuzzStmt.ExprStmt(exprs.of(exprs.randomType(), scope, 2));
      };
    }

    /**
     * Whether a try fits here: not in a function that already costs a quarter of the budget (a
     * try costs about as much as an if with both branches, and a function over the budget is
     * never called).
     */
    private boolean cheap(Scope scope) {
      return !scope.inFunction || exprs.cost * 4 < options.maxCost();
    }

    private FuzzStmt assignment(Scope scope) {
      ValueType type = exprs.randomType();
      List<String> existing = scope.assignable(type);
      String target;
      if (!existing.isEmpty() && exprs.chance(50)) {
        target = existing.get(random.nextInt(existing.size()));
      } else {
        target = (scope.inFunction ? "v" : "m") + localCounter++;
      }
      FuzzExpr value = exprs.of(type, scope, options.maxExprDepth());
      if (needsReduction(scope, value)) {
        value = exprs.reduced(value);
      }
      scope.bind(target, type, true);
      return new FuzzStmt.Assign(target, value);
    }

    private boolean needsReduction(Scope scope, FuzzExpr value) {
      return Growth.isMultiplicative(value) && (scope.loopCarried || exprs.chance(40));
    }

    private FuzzStmt augmented(Scope scope) {
      ValueType type = exprs.randomType();
      List<String> existing = scope.assignable(type);
      if (existing.isEmpty()) {
        return assignment(scope);
      }
      String target = existing.get(random.nextInt(existing.size()));
      String op = type == ValueType.FLOAT ? exprs.oneOf("+", "-", "*", "/", "//", "%") : exprs.oneOf("+", "-", "*", "//", "%", "+");
      FuzzExpr value = switch (op) {
        case "/", "//", "%" -> exprs.divisor(type == ValueType.INT ? ValueType.INT : exprs.randomType(), scope, 3);
        default -> exprs.of(type == ValueType.INT ? ValueType.INT : exprs.randomType(), scope, 3);
      };
      if (op.equals("*") || Growth.isMultiplicative(value)) {
        if (scope.loopCarried || exprs.chance(40)) {
          return new FuzzStmt.Assign(target, exprs.reduced(new FuzzExpr.Binary(op, new FuzzExpr.Name(target), value)));
        }
      }
      return new FuzzStmt.AugAssign(target, op, value);
    }

    private FuzzStmt print(Scope scope) {
      var arguments = new ArrayList<FuzzExpr>();
      if (exprs.chance(40)) {
        arguments.add(new FuzzExpr.Literal("\"" + exprs.oneOf("at", "v", "x =", "sum", "") + "\""));
      }
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        arguments.add(exprs.chance(20) ? exprs.condition(scope, 2) : exprs.of(exprs.randomType(), scope, options.maxExprDepth()));
      }
      Optional<String> sep = exprs.chance(20) ? Optional.of(exprs.oneOf(SEPARATORS)) : Optional.empty();
      Optional<String> end = exprs.chance(15) ? Optional.of(exprs.oneOf(ENDS)) : Optional.empty();
      return new FuzzStmt.Print(arguments, sep, end);
    }

    private FuzzStmt branch(Scope scope) {
      FuzzExpr condition = exprs.condition(scope, 3);
      List<FuzzStmt> then = block(scope.child(1, false), 1 + random.nextInt(options.maxStatements()));
      List<FuzzStmt> otherwise = switch (random.nextInt(3)) {
        case 0 -> List.of();
        case 1 -> List.of(branch(scope));
        default -> block(scope.child(1, false), 1 + random.nextInt(options.maxStatements()));
      };
      return new FuzzStmt.If(condition, then, otherwise);
    }

    private FuzzStmt forLoop(Scope scope) {
      String variable = "i" + scope.loopDepth;
      int max = options.maxTripCount();
      List<Long> bounds;
      long trips;
      switch (random.nextInt(3)) {
        case 0 -> {
          long k = random.nextInt(max + 1);
          bounds = List.of(k);
          trips = k;
        }
        case 1 -> {
          long start = random.nextInt(-3, 6);
          long stop = start + random.nextInt(max + 1);
          bounds = List.of(start, stop);
          trips = stop - start;
        }
        default -> {
          long step = exprs.oneOf(2L, 3L, -1L, -2L);
          long start = random.nextInt(-3, 8);
          long stop = start + step * random.nextInt(max + 1);
          bounds = List.of(start, stop, step);
          trips = (stop - start) / step;
        }
      }
      Scope body = scope.child(trips, true);
      body.bind(variable, ValueType.INT, false);
      List<FuzzStmt> statements = block(body, 1 + random.nextInt(options.maxStatements()));
      List<FuzzStmt> orelse = exprs.chance(25) ? block(scope.child(1, false), 1 + random.nextInt(2)) : List.of();
      return new FuzzStmt.ForRange(variable, bounds, statements, orelse);
    }

    private FuzzStmt whileLoop(Scope scope) {
      String counter = "c" + scope.loopDepth;
      long limit = random.nextInt(options.maxTripCount() + 1);
      Scope body = scope.child(limit, true);
      body.bind(counter, ValueType.INT, false);
      List<FuzzStmt> statements = block(body, 1 + random.nextInt(options.maxStatements()));
      List<FuzzStmt> orelse = exprs.chance(30) ? block(scope.child(1, false), 1 + random.nextInt(2)) : List.of();
      return new FuzzStmt.CountedWhile(counter, limit, statements, orelse);
    }

    /** {@code b = b * K + e}: a big int growing linearly in bits with the trip count. */
    private FuzzStmt growth(Scope scope) {
      List<String> existing = scope.assignable(ValueType.INT);
      String target = existing.isEmpty() ? (scope.inFunction ? "v" : "m") + localCounter++ : existing.get(random.nextInt(existing.size()));
      FuzzExpr base = existing.isEmpty() ? ExpressionGenerator.literal(1) : new FuzzExpr.Name(target);
      FuzzExpr factor = ExpressionGenerator.literal(exprs.chance(50) ? 2 + random.nextInt(30) : random.nextLong(1L << 30, 1L << 62));
      // The addend is drawn before a new target is bound: it must not read the target.
      FuzzExpr addend = exprs.leaf(ValueType.INT, scope);
      scope.bind(target, ValueType.INT, true);
      return new FuzzStmt.Assign(target, new FuzzExpr.Binary("+", new FuzzExpr.Binary("*", base, factor), addend));
    }

    private FuzzStmt hazard(Scope scope) {
      exprs.hazardsLeft--;
      return switch (random.nextInt(options.weights().raises() > 0 ? 6 : 5)) {
        case 0 -> new FuzzStmt.Print(List.of(new FuzzExpr.Binary(exprs.oneOf("/", "//", "%"), exprs.of(exprs.randomType(), scope, 2),
            exprs.chance(50) ? ExpressionGenerator.literal(0) : new FuzzExpr.Literal("0.0"))), Optional.empty(), Optional.empty());
        case 1, 2 -> new FuzzStmt.Assert(new FuzzExpr.Compare(List.of(exprs.of(exprs.randomType(), scope, 2), ExpressionGenerator.literal(5)), List.of("<")),
            exprs.chance(70) ? Optional.of(exprs.oneOf("msg", "too big", "x must be small")) : Optional.empty());
        case 3 -> new FuzzStmt.ExprStmt(ExpressionGenerator.call("math.sqrt",
            new FuzzExpr.Binary("-", ExpressionGenerator.literal(-1), ExpressionGenerator.call("abs", exprs.of(exprs.randomType(), scope, 2)))));
        case 4 -> new FuzzStmt.Print(List.of(ExpressionGenerator.call(exprs.oneOf("math.log", "math.floor", "int"),
            new FuzzExpr.Binary("*", exprs.of(ValueType.FLOAT, scope, 2), new FuzzExpr.Name(exprs.oneOf("math.inf", "math.nan"))))),
            Optional.empty(), Optional.empty());
        // A raise nothing may catch, under a condition that sometimes holds.
        default -> new FuzzStmt.If(exprs.condition(scope, 2),
            List.of(new FuzzStmt.Raise(exceptionValue(exprs.oneOf(ExceptionTypes.NAMES.toArray(String[]::new)), scope), Optional.empty())),
            List.of());
      };
    }

    /**
     * {@code try:} with 0 to {@link GeneratorOptions#maxHandlers()} handlers (then a
     * {@code finally} for sure), {@code else} sometimes, {@code finally} sometimes (with a
     * {@code return} that overrides, or a {@code break}/{@code continue}), and a body that
     * raises now and then: what it raises is planned first, and most of the time one of the
     * handlers catches it (by its class, a tuple with it, a base class or a bare except).
     */
    private FuzzStmt tryStatement(Scope scope) {
      int count = exprs.chance(15) ? 0 : 1 + random.nextInt(options.maxHandlers());
      Optional<Plan> plan = exprs.chance(80) ? plan(scope) : Optional.empty();
      int covering = plan.isPresent() && count > 0 && exprs.chance(85) ? random.nextInt(count) : -1;
      var classes = new ArrayList<List<String>>();
      var caught = new ArrayList<String>();
      for (int i = 0; i < count; i++) {
        boolean last = i == count - 1;
        List<String> types;
        if (i == covering) {
          types = covering(plan.get().classes(), last);
        } else if (last && exprs.chance(20)) {
          types = List.of();
        } else if (exprs.chance(25)) {
          var tuple = new java.util.LinkedHashSet<String>();
          int size = 2 + random.nextInt(2);
          while (tuple.size() < size) {
            tuple.add(handlerClass());
          }
          types = List.copyOf(tuple);
        } else {
          types = List.of(handlerClass());
        }
        classes.add(types);
        caught.addAll(types.isEmpty() ? List.of(ExceptionTypes.ANY) : types);
      }
      Scope bodyScope = scope.tryBody(caught);
      int statements = 1 + random.nextInt(options.maxStatements() / 2 + 1);
      // The raising statement goes somewhere in the body, drawn with the variables bound before it.
      int raiserAt = plan.isPresent() ? random.nextInt(statements + 1) : -1;
      var body = new ArrayList<FuzzStmt>();
      for (int i = 0; i <= statements; i++) {
        if (i == raiserAt) {
          exprs.cost += bodyScope.multiplier;
          body.add(raiser(bodyScope, plan.get()));
        }
        if (i < statements) {
          body.addAll(block(bodyScope, 1));
        }
      }
      if (scope.inFunction && exprs.chance(10)) {
        body.add(new FuzzStmt.Return(exprs.of(currentReturn, bodyScope, 2)));
      }
      var handlers = new ArrayList<FuzzStmt.Handler>();
      for (List<String> types : classes) {
        handlers.add(handler(scope, types));
      }
      List<FuzzStmt> orelse = count > 0 && exprs.chance(25)
          ? block(bodyScope.catchingAs(scope), 1 + random.nextInt(2)) : List.of();
      List<FuzzStmt> finalbody = count == 0 || exprs.chance(35) ? finallyBlock(scope) : List.of();
      return new FuzzStmt.Try(body, handlers, orelse, finalbody);
    }

    /**
     * What a try body will raise, and how: a {@code raise} of a class, a failing operation of a
     * kind of {@link #failingOperation}, or a call of a generated function that may raise.
     */
    private record Plan(List<String> classes, int how, String raised, int kind, FunctionSignature callee) {}

    private Optional<Plan> plan(Scope scope) {
      Optional<FunctionSignature> callee = exprs.raisingCallee(scope);
      // A call most of the time when there is a function to call: the only way most raising functions are called at all.
      int how = exprs.pick(options.weights().raises() > 0 ? 4 : 0, 4, callee.isPresent() ? 8 : 0);
      return Optional.of(switch (how) {
        case 0 -> {
          String type = handlerClass();
          yield new Plan(List.of(type), 0, type, -1, null);
        }
        case 1 -> {
          int kind = random.nextInt(FAILING_KINDS);
          yield new Plan(failingClasses(kind), 1, null, kind, null);
        }
        default -> new Plan(callee.get().raises(), 2, null, -1, callee.get());
      });
    }

    /** An except clause that catches every one of {@code classes}: by name, in a tuple, by a base class, or bare. */
    private List<String> covering(List<String> classes, boolean last) {
      if (classes.size() > 1) {
        return switch (random.nextInt(5)) {
          case 0 -> List.of(ExceptionTypes.ANY);
          case 1 -> last ? List.of() : List.of(ExceptionTypes.ANY);
          default -> classes.size() <= 3 ? classes : List.of(ExceptionTypes.ANY);
        };
      }
      String type = classes.getFirst();
      List<String> bases = ExceptionTypes.NAMES.stream().filter(b -> !b.equals(type) && ExceptionTypes.catches(b, type)).toList();
      return switch (exprs.pick(5, 2, 2, 1)) {
        case 0 -> List.of(type);
        case 1 -> {
          String other = handlerClass();
          yield other.equals(type) ? List.of(type) : exprs.chance(50) ? List.of(type, other) : List.of(other, type);
        }
        case 2 -> bases.isEmpty() ? List.of(type) : List.of(bases.get(random.nextInt(bases.size())));
        default -> last ? List.of() : List.of(ExceptionTypes.ANY);
      };
    }

    private String handlerClass() {
      return ExceptionTypes.NAMES.get(exprs.pick(HANDLER_WEIGHTS));
    }

    /** {@code except types as e:} with {@code print(e)} first when it binds a name, then a few statements. */
    private FuzzStmt.Handler handler(Scope scope, List<String> types) {
      Scope handlerScope = scope.handler(types.isEmpty() ? List.of(ExceptionTypes.ANY) : types);
      Optional<String> name = !types.isEmpty() && exprs.chance(50) ? Optional.of("e" + handlerCounter++) : Optional.empty();
      var body = new ArrayList<FuzzStmt>();
      name.ifPresent(e -> body.add(new FuzzStmt.Print(
          exprs.chance(50) ? List.of(new FuzzExpr.Name(e)) : List.of(new FuzzExpr.Literal("\"caught\""), new FuzzExpr.Name(e)),
          Optional.empty(), Optional.empty())));
      int more = body.isEmpty() ? 1 + random.nextInt(2) : random.nextInt(2);
      body.addAll(block(handlerScope, more));
      // Re-raise (sometimes) what this handler caught, if an outer handler catches it or it may leave.
      if (options.weights().raises() > 0 && exprs.chance(20)
          && handlerScope.handled.get().stream().allMatch(t -> scope.catches(t) || mayEscape(scope, t))) {
        body.add(exprs.chance(50) ? new FuzzStmt.Reraise()
            : new FuzzStmt.If(exprs.condition(handlerScope, 2), List.of(new FuzzStmt.Reraise()), List.of()));
      }
      if (scope.inFunction && exprs.chance(15)) {
        body.add(new FuzzStmt.Return(exprs.of(currentReturn, handlerScope, 2)));
      } else if (scope.loopDepth > 0 && exprs.chance(10)) {
        body.add(exprs.chance(50) ? new FuzzStmt.Break() : new FuzzStmt.Continue());
      }
      return new FuzzStmt.Handler(types, name, body);
    }

    /**
     * A finally block; in a function it may end in a {@code return} (which overrides the
     * body's return and swallows an exception in flight), in a loop in a {@code break} or a
     * {@code continue} (which swallow it too).
     */
    private List<FuzzStmt> finallyBlock(Scope scope) {
      var statements = new ArrayList<>(block(scope.child(1, false), 1 + random.nextInt(2)));
      if (scope.inFunction && exprs.chance(20)) {
        statements.add(new FuzzStmt.Return(exprs.of(currentReturn, scope, 2)));
      } else if (scope.loopDepth > 0 && exprs.chance(25)) {
        FuzzStmt jump = exprs.chance(50) ? new FuzzStmt.Break() : new FuzzStmt.Continue();
        statements.add(exprs.chance(50) ? jump : new FuzzStmt.If(exprs.condition(scope, 2), List.of(jump), List.of()));
      }
      return statements;
    }

    /**
     * The statement of a try body that raises (sometimes) what {@code plan} says: a
     * {@code raise}, an operation that raises (division by zero, a math domain or range error,
     * an int too large for a float, a failing assert) or a call of a generated function that
     * may raise.
     */
    private FuzzStmt raiser(Scope scope, Plan plan) {
      return switch (plan.how()) {
        case 0 -> raiseStatement(scope, Optional.of(plan.raised()));
        case 1 -> {
          FuzzStmt failing = failingOperation(scope, plan.kind());
          yield exprs.chance(40) ? new FuzzStmt.If(exprs.condition(scope, 2), List.of(failing), List.of()) : failing;
        }
        default -> {
          FuzzExpr call = exprs.callOf(plan.callee(), scope);
          yield exprs.chance(50) ? new FuzzStmt.ExprStmt(call) : new FuzzStmt.Print(List.of(call), Optional.empty(), Optional.empty());
        }
      };
    }

    /** An operation of {@code kind} that raises; what nothing here catches leaves the function. */
    private FuzzStmt failingOperation(Scope scope, int kind) {
      if (scope.inFunction) {
        failingClasses(kind).stream().filter(t -> !scope.catches(t)).forEach(exprs.escapes::add);
      }
      FuzzExpr operand = exprs.of(exprs.randomType(), scope, 2);
      return switch (kind) {
        case 0 -> new FuzzStmt.Print(List.of(new FuzzExpr.Binary(exprs.oneOf("/", "//", "%"), operand,
            exprs.chance(50) ? ExpressionGenerator.literal(0) : new FuzzExpr.Literal("0.0"))), Optional.empty(), Optional.empty());
        case 1 -> new FuzzStmt.ExprStmt(ExpressionGenerator.call(exprs.oneOf("math.sqrt", "math.log"),
            new FuzzExpr.Binary("-", ExpressionGenerator.literal(-1), ExpressionGenerator.call("abs", operand))));
        case 2 -> new FuzzStmt.Print(List.of(ExpressionGenerator.call("math.factorial",
            new FuzzExpr.Binary("-", ExpressionGenerator.literal(-1), ExpressionGenerator.call("abs", exprs.of(ValueType.INT, scope, 2))))),
            Optional.empty(), Optional.empty());
        case 3 -> new FuzzStmt.Print(List.of(ExpressionGenerator.call(exprs.oneOf("float", "math.sqrt"),
            new FuzzExpr.Binary("*", exprs.of(ValueType.INT, scope, 2),
                new FuzzExpr.Binary("**", ExpressionGenerator.literal(10), ExpressionGenerator.literal(400))))),
            Optional.empty(), Optional.empty());
        case 4 -> new FuzzStmt.ExprStmt(ExpressionGenerator.call("math.exp",
            new FuzzExpr.Binary("+", ExpressionGenerator.literal(1000), ExpressionGenerator.call("abs", operand))));
        default -> new FuzzStmt.Assert(new FuzzExpr.Compare(List.of(operand, ExpressionGenerator.literal(5)), List.of("<")),
            exprs.chance(70) ? Optional.of(exprs.oneOf("msg", "too big", "x must be small")) : Optional.empty());
      };
    }

    /** What {@link #failingOperation} of {@code kind} may raise. */
    private static List<String> failingClasses(int kind) {
      return switch (kind) {
        case 0 -> List.of("ZeroDivisionError");
        case 1, 2 -> List.of("ValueError");
        case 3, 4 -> List.of("OverflowError");
        default -> List.of("AssertionError");
      };
    }

    /**
     * {@code raise E(...)} (under a condition most of the time), mostly of a class an enclosing
     * handler catches; in a handler sometimes a bare {@code raise}; now and then
     * {@code raise E(...) from E2(...)}. A class nothing here catches leaves the function, or at
     * module level is the program's one uncaught hazard.
     */
    private FuzzStmt raiseStatement(Scope scope, Optional<String> planned) {
      FuzzStmt raise = null;
      if (planned.isEmpty() && scope.handled.isPresent() && exprs.chance(30)
          && scope.handled.get().stream().allMatch(t -> scope.catches(t) || mayEscape(scope, t))) {
        raise = new FuzzStmt.Reraise();
      }
      if (raise == null) {
        List<String> caught = ExceptionTypes.caughtBy(scope.catching);
        String type = planned.isPresent() ? planned.get()
            : !caught.isEmpty() && exprs.chance(90) ? caught.get(random.nextInt(caught.size()))
            : ExceptionTypes.NAMES.get(random.nextInt(ExceptionTypes.NAMES.size()));
        if (!scope.catches(type) && !mayEscape(scope, type)) {
          if (caught.isEmpty()) {
            return print(scope);
          }
          type = caught.get(random.nextInt(caught.size()));
        }
        Optional<FuzzStmt.ExceptionValue> cause = exprs.chance(10)
            ? Optional.of(new FuzzStmt.ExceptionValue(ExceptionTypes.NAMES.get(random.nextInt(ExceptionTypes.NAMES.size())),
                Optional.of(string(exprs.oneOf(MESSAGES)))))
            : Optional.empty();
        raise = new FuzzStmt.Raise(exceptionValue(type, scope), cause);
      }
      boolean conditional = exprs.chance(scope.catching.isEmpty() ? 90 : 50);
      return conditional ? new FuzzStmt.If(exprs.condition(scope, 2), List.of(raise), List.of()) : raise;
    }

    /** Whether {@code type}, which nothing in this frame catches, may leave it: always from a function, else as the hazard. */
    private boolean mayEscape(Scope scope, String type) {
      if (scope.inFunction) {
        exprs.escapes.add(type);
        return true;
      }
      if (exprs.hazardsLeft > 0) {
        exprs.hazardsLeft--;
        return true;
      }
      return false;
    }

    /** {@code E}, {@code E("message")} or {@code E(int expression)}. */
    private FuzzStmt.ExceptionValue exceptionValue(String type, Scope scope) {
      return switch (random.nextInt(10)) {
        case 0, 1, 2 -> new FuzzStmt.ExceptionValue(type, Optional.empty());
        case 3, 4, 5 -> new FuzzStmt.ExceptionValue(type, Optional.of(exprs.of(ValueType.INT, scope, 2)));
        default -> new FuzzStmt.ExceptionValue(type, Optional.of(string(exprs.oneOf(MESSAGES))));
      };
    }

    private static FuzzExpr string(String text) {
      return new FuzzExpr.Literal("\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
  }
}
