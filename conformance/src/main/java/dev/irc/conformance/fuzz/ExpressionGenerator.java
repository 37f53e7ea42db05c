package dev.irc.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws typed random expressions for one program being generated. Every expression is valid for
 * its {@link ValueType}: divisors are usually made non-zero ({@code abs(e) + 1}), fractional powers
 * take an {@code abs} base (no complex results), shifts and exponents are small literals. Calls
 * of generated functions are only drawn while the caller's estimated cost stays in budget, and a
 * function that may raise is called where a handler catches what it raises, from another
 * function (which then may raise it too), or as the program's one uncaught hazard.
 */
final class ExpressionGenerator {
  private static final String[] FLOAT_LITERALS = {"0.1", "0.5", "1.5", "2.5", "3.0", "0.25", "1e-3", "7.125", "1e20",
      "0.3", "2.0", "1e16", "123.456", "1e300", "0.0"};
  private static final long[] REDUCTION_MODULI = {7, 97, 1009, 65537, 1000003};

  private final SplittableRandom random;
  private final GeneratorOptions options;
  private final List<FunctionSignature> callable = new ArrayList<>();
  /** The estimated cost of the function (or module code) being generated. */
  long cost;
  /** The exception classes that may leave the function being generated (in the order found). */
  final java.util.Set<String> escapes = new java.util.LinkedHashSet<>();
  /** How many more statements may raise where nothing catches them (at most one per program). */
  int hazardsLeft;
  /** Whether calls of generated functions may be drawn (not before the globals they read are assigned). */
  boolean callsAllowed = true;

  ExpressionGenerator(SplittableRandom random, GeneratorOptions options) {
    this.random = random;
    this.options = options;
  }

  void addCallable(FunctionSignature signature) {
    callable.add(signature);
  }

  FeatureWeights weights() {
    return options.weights();
  }

  /** An expression of {@code type}, at most {@code depth} levels deep. */
  FuzzExpr of(ValueType type, Scope scope, int depth) {
    if (depth <= 1 || random.nextInt(4) == 0) {
      return leaf(type, scope);
    }
    FeatureWeights w = options.weights();
    return type == ValueType.INT ? intExpr(scope, depth - 1, w) : floatExpr(scope, depth - 1, w);
  }

  private FuzzExpr intExpr(Scope scope, int depth, FeatureWeights w) {
    int choice = pick(6, 2, 1, w.bigInt(), w.bitwise(), w.math(), w.calls(), w.logic(), 1, w.floats());
    return switch (choice) {
      case 0 -> new FuzzExpr.Binary(oneOf("+", "-", "*", "+", "-"), of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth));
      case 1 -> new FuzzExpr.Binary(oneOf("//", "%"), of(ValueType.INT, scope, depth), divisor(ValueType.INT, scope, depth));
      case 2 -> new FuzzExpr.Binary("**", of(ValueType.INT, scope, depth), literal(random.nextInt(4)));
      case 3 -> random.nextBoolean()
          ? new FuzzExpr.Binary("**", literal(2 + random.nextInt(9)), literal(20 + random.nextInt(70)))
          : new FuzzExpr.Binary("*", of(ValueType.INT, scope, depth), literal(random.nextLong(1L << 40, 1L << 62)));
      case 4 -> switch (random.nextInt(4)) {
        case 0 -> new FuzzExpr.Binary(oneOf("&", "|", "^"), of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth));
        case 1 -> new FuzzExpr.Binary("<<", of(ValueType.INT, scope, depth), literal(random.nextInt(41)));
        case 2 -> new FuzzExpr.Binary(">>", of(ValueType.INT, scope, depth), literal(random.nextInt(11)));
        default -> new FuzzExpr.Unary("~", of(ValueType.INT, scope, depth));
      };
      case 5 -> intBuiltin(scope, depth);
      case 6 -> call(ValueType.INT, scope, depth);
      case 7 -> logic(ValueType.INT, scope, depth);
      case 8 -> new FuzzExpr.Unary("-", of(ValueType.INT, scope, depth));
      default -> switch (random.nextInt(3)) {
        case 0 -> call("int", of(ValueType.FLOAT, scope, depth));
        case 1 -> call("round", of(ValueType.FLOAT, scope, depth));
        default -> call(oneOf("math.floor", "math.ceil", "math.trunc"), of(ValueType.FLOAT, scope, depth));
      };
    };
  }

  private FuzzExpr intBuiltin(Scope scope, int depth) {
    return switch (random.nextInt(6)) {
      case 0 -> call("abs", of(ValueType.INT, scope, depth));
      case 1 -> call(oneOf("min", "max"), of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth));
      case 2 -> call(oneOf("min", "max"), of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth));
      case 3 -> call("math.gcd", of(ValueType.INT, scope, depth), of(ValueType.INT, scope, depth));
      case 4 -> call("math.isqrt", call("abs", of(ValueType.INT, scope, depth)));
      default -> call("math.factorial", new FuzzExpr.Binary("%", of(ValueType.INT, scope, depth), literal(15)));
    };
  }

  private FuzzExpr floatExpr(Scope scope, int depth, FeatureWeights w) {
    int choice = pick(6, 3, 2, w.math(), w.math(), w.calls(), w.logic(), 1, 1);
    return switch (choice) {
      case 0 -> {
        boolean intLeft = random.nextInt(4) == 0;
        yield new FuzzExpr.Binary(oneOf("+", "-", "*"), of(intLeft ? ValueType.INT : ValueType.FLOAT, scope, depth),
            of(random.nextInt(4) == 0 && !intLeft ? ValueType.INT : ValueType.FLOAT, scope, depth));
      }
      case 1 -> new FuzzExpr.Binary("/", of(randomType(), scope, depth), divisor(randomType(), scope, depth));
      case 2 -> random.nextBoolean()
          ? new FuzzExpr.Binary(oneOf("//", "%"), of(ValueType.FLOAT, scope, depth), divisor(randomType(), scope, depth))
          : new FuzzExpr.Unary("-", of(ValueType.FLOAT, scope, depth));
      case 3 -> switch (random.nextInt(4)) {
        case 0 -> new FuzzExpr.Binary("**", call("abs", of(ValueType.FLOAT, scope, depth)), new FuzzExpr.Literal(oneOf("0.5", "1.5", "2.0", "0.25")));
        case 1 -> new FuzzExpr.Binary("**", of(ValueType.FLOAT, scope, depth), literal(random.nextInt(4)));
        case 2 -> new FuzzExpr.Binary("**", of(ValueType.INT, scope, depth), new FuzzExpr.Unary("-", literal(1 + random.nextInt(3))));
        default -> call("pow", of(ValueType.FLOAT, scope, depth), literal(random.nextInt(3)));
      };
      case 4 -> switch (random.nextInt(9)) {
        case 0 -> call("math.sqrt", call("abs", of(randomType(), scope, depth)));
        case 1 -> call(oneOf("math.sin", "math.cos", "math.atan", "math.fabs", "math.tanh"), of(randomType(), scope, depth));
        case 2 -> call("math.log", new FuzzExpr.Binary("+", call("abs", of(randomType(), scope, depth)), literal(1)));
        case 3 -> call("math.exp", new FuzzExpr.Binary("%", of(randomType(), scope, depth), literal(oneOfLong(20, 50, 800))));
        case 4 -> call("math.hypot", of(randomType(), scope, depth), of(randomType(), scope, depth));
        case 5 -> call("float", of(ValueType.INT, scope, depth));
        case 6 -> call("round", of(ValueType.FLOAT, scope, depth), literal(random.nextInt(4)));
        case 7 -> new FuzzExpr.Name(oneOf("math.pi", "math.e"));
        // min and max of one number would be a TypeError (a number is not iterable).
        default -> random.nextBoolean() ? call("abs", of(ValueType.FLOAT, scope, depth))
            : call(oneOf("min", "max"), of(ValueType.FLOAT, scope, depth), of(randomType(), scope, depth));
      };
      case 5 -> call(ValueType.FLOAT, scope, depth);
      case 6 -> logic(ValueType.FLOAT, scope, depth);
      case 7 -> call("float", of(ValueType.INT, scope, depth));
      default -> leaf(ValueType.FLOAT, scope);
    };
  }

  private FuzzExpr logic(ValueType type, Scope scope, int depth) {
    return switch (random.nextInt(3)) {
      case 0 -> new FuzzExpr.Conditional(condition(scope, depth), of(type, scope, depth), of(type, scope, depth));
      default -> new FuzzExpr.BoolOp(oneOf("and", "or"), of(type, scope, depth), of(type, scope, depth));
    };
  }

  /** A value used for its truth: a (chained) comparison, not/and/or of conditions, or a number. */
  FuzzExpr condition(Scope scope, int depth) {
    int choice = depth <= 1 ? 0 : pick(6, options.weights().logic(), options.weights().logic(), 1);
    return switch (choice) {
      case 0 -> {
        int count = random.nextInt(5) == 0 ? 3 : 2;
        var operands = new ArrayList<FuzzExpr>();
        var ops = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
          operands.add(of(randomType(), scope, Math.max(1, depth - 1)));
          if (i > 0) {
            ops.add(oneOf("<", "<=", ">", ">=", "==", "!="));
          }
        }
        yield new FuzzExpr.Compare(operands, ops);
      }
      case 1 -> new FuzzExpr.Unary("not ", condition(scope, depth - 1));
      case 2 -> new FuzzExpr.BoolOp(oneOf("and", "or"), condition(scope, depth - 1), condition(scope, depth - 1));
      default -> of(randomType(), scope, depth - 1);
    };
  }

  /** A divisor: usually one that cannot be zero. */
  FuzzExpr divisor(ValueType type, Scope scope, int depth) {
    return switch (random.nextInt(8)) {
      case 0 -> of(type, scope, depth);
      case 1, 2, 3 -> type == ValueType.INT ? literal(1 + random.nextInt(9)) : new FuzzExpr.Literal(oneOf("0.5", "2.5", "3.0", "0.1"));
      default -> new FuzzExpr.Binary("+", call("abs", of(type, scope, depth)), literal(1));
    };
  }

  /** A call of a generated function returning {@code type} within budget, else a leaf. */
  private FuzzExpr call(ValueType type, Scope scope, int depth) {
    if (!callsAllowed) {
      return leaf(type, scope);
    }
    var candidates = callable.stream()
        .filter(s -> s.returns() == type && cost + scope.multiplier * s.cost() <= options.maxCost()).toList();
    if (candidates.stream().anyMatch(s -> !caught(s, scope))) {
      boolean mayEscape = scope.inFunction ? chance(25) : hazardsLeft > 0 && chance(30);
      if (!mayEscape) {
        candidates = candidates.stream().filter(s -> caught(s, scope)).toList();
      }
    }
    if (candidates.isEmpty()) {
      return leaf(type, scope);
    }
    return call(candidates.get(random.nextInt(candidates.size())), scope, depth);
  }

  /** A generated function that may raise, callable here within budget; empty if there is none. */
  java.util.Optional<FunctionSignature> raisingCallee(Scope scope) {
    var candidates = callable.stream()
        .filter(s -> !s.raises().isEmpty() && cost + scope.multiplier * s.cost() <= options.maxCost()).toList();
    return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(candidates.get(random.nextInt(candidates.size())));
  }

  /** A call of {@code callee} (what it raises and nothing here catches leaves the function, or is the hazard). */
  FuzzExpr callOf(FunctionSignature callee, Scope scope) {
    return call(callee, scope, 2);
  }

  private static boolean caught(FunctionSignature callee, Scope scope) {
    return callee.raises().stream().allMatch(scope::catches);
  }

  private FuzzExpr call(FunctionSignature callee, Scope scope, int depth) {
    if (!caught(callee, scope)) {
      if (scope.inFunction) {
        callee.raises().stream().filter(t -> !scope.catches(t)).forEach(escapes::add);
      } else {
        hazardsLeft--;
      }
    }
    cost += scope.multiplier * callee.cost();
    var arguments = new ArrayList<FuzzExpr>();
    int count = callee.parameters().size() - (callee.defaults() > 0 && random.nextBoolean() ? random.nextInt(callee.defaults() + 1) : 0);
    for (int i = 0; i < count; i++) {
      if (i == 0 && callee.recursive()) {
        arguments.add(literal(random.nextInt(9)));
      } else {
        arguments.add(of(callee.parameters().get(i), scope, Math.max(1, depth - 1)));
      }
    }
    return new FuzzExpr.Call(callee.name(), arguments);
  }

  /** A variable of {@code type} if one is bound, else a literal. */
  FuzzExpr leaf(ValueType type, Scope scope) {
    List<String> names = scope.readable(type);
    if (!names.isEmpty() && random.nextInt(3) != 0) {
      return new FuzzExpr.Name(names.get(random.nextInt(names.size())));
    }
    return literalOf(type);
  }

  FuzzExpr literalOf(ValueType type) {
    if (type == ValueType.FLOAT) {
      return new FuzzExpr.Literal(FLOAT_LITERALS[random.nextInt(FLOAT_LITERALS.length)]);
    }
    return switch (random.nextInt(10)) {
      case 0 -> literal(random.nextLong(1000, 1L << 40));
      case 1 -> new FuzzExpr.Unary("-", literal(1 + random.nextInt(20)));
      default -> literal(random.nextInt(21));
    };
  }

  /** {@code (value) % K}: keeps a value that flows around a loop from growing without bound. */
  FuzzExpr reduced(FuzzExpr value) {
    return new FuzzExpr.Binary("%", value, literal(REDUCTION_MODULI[random.nextInt(REDUCTION_MODULI.length)]));
  }

  static FuzzExpr literal(long value) {
    return new FuzzExpr.Literal(Long.toString(value));
  }

  static FuzzExpr call(String function, FuzzExpr... arguments) {
    return new FuzzExpr.Call(function, List.of(arguments));
  }

  ValueType randomType() {
    return random.nextInt(100) >= Math.min(50, options.weights().floats() * 6) ? ValueType.INT : ValueType.FLOAT;
  }

  /** An index drawn with the given relative weights. */
  int pick(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    if (total == 0) {
      return 0;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  @SafeVarargs
  final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private long oneOfLong(long... choices) {
    return choices[random.nextInt(choices.length)];
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
