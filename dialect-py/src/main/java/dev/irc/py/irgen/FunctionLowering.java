package dev.irc.py.irgen;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.Location;
import dev.irc.py.ast.ExceptHandler;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.Stmt;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.ExceptionOps;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.dialect.IterationOps;
import dev.irc.py.dialect.OperatorOps;
import dev.irc.py.dialect.PyObjectType;
import dev.irc.py.dialect.VariableOps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Builds one {@code py.func} from a function body (or the module's top-level code): statements
 * become blocks and branches, locals become SSA values through {@link SsaBuilder}, everything
 * else becomes global loads and stores. Expressions are delegated to {@link ExpressionLowering}.
 */
final class FunctionLowering {
  /**
   * What leaving a statement early ({@code return}, {@code break}, {@code continue}) must undo on
   * its way out, innermost last: CPython runs {@code finally} bodies and ends handlers the same way.
   */
  private sealed interface Cleanup {}

  /** A loop: where {@code break} and {@code continue} go, and where their unwinding stops. */
  private record Loop(Block continueTarget, Block breakTarget) implements Cleanup {}

  /** Protected code of a {@code try}: leave it with {@code py.try_exit}. */
  private record Protected(Location location) implements Cleanup {}

  /** An exception handler's body: end the handling, and unbind its {@code as} name. */
  private record Handling(Location location, String boundName) implements Cleanup {}

  /** Protected code with a {@code finally}: leave it with {@code py.try_exit}, then run the body. */
  private record Finally(Location location, List<Stmt> body) implements Cleanup {}

  private final ScopeAnalysis scope;
  private final Set<String> locals;
  private final Operation func;
  private final Region body;
  private final OpBuilder builder;
  private final SsaBuilder ssa;
  private final ExpressionLowering expressions;
  private final Deque<Cleanup> cleanups = new ArrayDeque<>();
  /** Whether locals live in frame cells ({@code py.local_*}) instead of SSA values: the function has a try. */
  private final boolean cells;
  private Block current;
  private Value unboundValue;

  private FunctionLowering(IrContext context, ScopeAnalysis scope, Operation func, Set<String> locals, boolean cells) {
    this.scope = scope;
    this.locals = locals;
    this.cells = cells;
    this.func = func;
    this.body = func.region(0);
    this.builder = new OpBuilder(context);
    this.ssa = new SsaBuilder(this::unbound);
    this.expressions = new ExpressionLowering(this, scope);
    this.current = body.entryBlock();
    builder.setInsertionPointToEnd(current);
    ssa.seal(current);
  }

  /** Lowers the module's top-level statements into {@code py.func @__main__}. */
  static Operation lowerModule(IrContext context, ScopeAnalysis scope, List<Stmt> statements, Location location) {
    Operation func = FuncOp.create(location, FuncOp.MAIN, List.of(), List.of());
    var lowering = new FunctionLowering(context, scope, func, Set.of(), false);
    lowering.lowerBody(statements, location);
    return func;
  }

  /** Lowers {@code def} into a {@code py.func} of the same name. */
  static Operation lowerFunction(IrContext context, ScopeAnalysis scope, Stmt.FunctionDef def) {
    List<String> names = def.parameters().stream().map(p -> p.name()).toList();
    var defaults = new ArrayList<Attribute>();
    for (var parameter : def.parameters()) {
      if (parameter.defaultValue().isPresent()) {
        defaults.add(ConstantFolding.constantValue(parameter.defaultValue().get())
            .orElseThrow(() -> Unsupported.construct(parameter.defaultValue().get(), "a non-constant default value")));
      } else if (!defaults.isEmpty()) {
        throw Unsupported.error(parameter, "non-default argument follows default argument");
      }
    }
    Operation func = FuncOp.create(def.location(), def.name(), names, defaults);
    var lowering = new FunctionLowering(context, scope, func, ScopeAnalysis.locals(def), ScopeAnalysis.hasTry(def.body()));
    Block entry = func.region(0).entryBlock();
    for (int i = 0; i < names.size(); i++) {
      entry.argument(i).setLocation(def.parameters().get(i).location());
      lowering.writeLocal(names.get(i), entry.argument(i), def.parameters().get(i).location());
    }
    lowering.lowerBody(def.body(), def.location());
    return func;
  }

  private void lowerBody(List<Stmt> statements, Location location) {
    lowerStatements(statements);
    if (current != null) {
      ControlOps.ret(builder, location, constant(location, UnitAttr.UNIT));
      current = null;
    }
    UnboundChecks.simplify(func, unboundValue);
  }

  // ---- blocks and variables (used by ExpressionLowering too) ---------------------------------

  OpBuilder builder() {
    return builder;
  }

  /** Whether code is being emitted (false after a return, break or continue). */
  boolean reachable() {
    return current != null;
  }

  /** Makes {@code block} current; it becomes unreachable (and is dropped) if nothing branches to it. */
  void enter(Block block) {
    if (!ssa.hasPredecessors(block)) {
      current = null;
      return;
    }
    body.append(block);
    current = block;
    builder.setInsertionPointToEnd(block);
  }

  void seal(Block block) {
    ssa.seal(block);
  }

  /** A new block whose first argument is an explicit join value (not a variable). */
  static Block joinBlock(Location location) {
    Block block = new Block();
    block.addArgument(PyObjectType.INSTANCE, location);
    return block;
  }

  void branch(Location location, Block target, List<Value> operands) {
    if (current == null) {
      return;
    }
    ssa.addEdges(ControlOps.br(builder, location, target, operands));
    current = null;
  }

  void condBranch(Location location, Value condition, Block whenTrue, List<Value> trueOperands,
      Block whenFalse, List<Value> falseOperands) {
    if (current == null) {
      return;
    }
    ssa.addEdges(ControlOps.condBr(builder, location, condition, whenTrue, trueOperands, whenFalse, falseOperands));
    current = null;
  }

  Value constant(Location location, Attribute value) {
    return ConstantOp.create(builder, location, value);
  }

  boolean isLocal(String name) {
    return locals.contains(name);
  }

  /** Reads a local, checking that it is assigned where that is not certain. */
  Value readLocal(String name, Location location) {
    if (cells) {
      return VariableOps.localLoad(builder, location, name);
    }
    Value value = ssa.read(name, current);
    if (value == unboundValue || value instanceof dev.irc.ir.BlockArgument argument && !argument.owner().isEntryBlock()) {
      VariableOps.checkBound(builder, location, name, value);
    }
    return value;
  }

  private void writeLocal(String name, Value value, Location location) {
    if (cells) {
      VariableOps.localStore(builder, location, name, value);
    } else {
      ssa.write(name, current, value);
    }
  }

  private Value unbound() {
    if (unboundValue == null) {
      var atEntry = new OpBuilder(builder.context()).setInsertionPointToStart(body.entryBlock());
      unboundValue = VariableOps.unbound(atEntry, func.location());
    }
    return unboundValue;
  }

  // ---- statements -----------------------------------------------------------------------------

  private void lowerStatements(List<Stmt> statements) {
    for (Stmt stmt : statements) {
      if (current == null) {
        return;
      }
      lowerStatement(stmt);
    }
  }

  private void lowerStatement(Stmt stmt) {
    Location location = stmt.location();
    switch (stmt) {
      case Stmt.ExprStmt s -> expressions.lower(s.value());
      case Stmt.Assign s -> lowerAssign(s);
      case Stmt.AugAssign s -> {
        if (!(s.target() instanceof Expr.Name name)) {
          throw Unsupported.construct(s.target(), "augmented assignment to anything but a name");
        }
        Value old = expressions.lower(name);
        Value value = expressions.lower(s.value());
        assign(name, OperatorOps.binop(builder, location, ExpressionLowering.binaryKind(s.op(), s), old, value));
      }
      case Stmt.AnnAssign s -> {
        if (s.value().isPresent()) {
          assign(s.target(), expressions.lower(s.value().get()));
        }
      }
      case Stmt.If s -> lowerIf(s);
      case Stmt.While s -> lowerWhile(s);
      case Stmt.For s -> lowerFor(s);
      case Stmt.Break s -> {
        Loop loop = unwindToLoop();
        if (loop != null) {
          branch(location, loop.breakTarget(), List.of());
        }
      }
      case Stmt.Continue s -> {
        Loop loop = unwindToLoop();
        if (loop != null) {
          branch(location, loop.continueTarget(), List.of());
        }
      }
      case Stmt.Pass s -> { }
      case Stmt.FunctionDef s -> {
        if (!FuncOp.name(func).equals(FuncOp.MAIN) || scope.functions().get(s.name()) != s) {
          throw Unsupported.construct(s, "a nested or conditional function definition");
        }
      }
      case Stmt.Return s -> {
        Value value = s.value().isPresent() ? expressions.lower(s.value().get()) : constant(location, UnitAttr.UNIT);
        if (unwind(cleanups.size())) {
          ControlOps.ret(builder, location, value);
          current = null;
        }
      }
      case Stmt.Raise s -> lowerRaise(s);
      case Stmt.Try s -> lowerTry(s);
      case Stmt.Global s -> { }
      case Stmt.Assert s -> lowerAssert(s);
      case Stmt.Import s -> { }
      case Stmt.ImportFrom s -> { }
    }
  }

  private void lowerAssign(Stmt.Assign s) {
    if (s.targets().size() == 1 && s.targets().getFirst() instanceof Expr.Tuple target
        && s.value() instanceof Expr.Tuple value && target.elements().size() == value.elements().size()) {
      var values = new ArrayList<Value>();
      for (Expr element : value.elements()) {
        values.add(expressions.lower(element));
      }
      for (int i = 0; i < values.size(); i++) {
        assign(target.elements().get(i), values.get(i));
      }
      return;
    }
    Value value = expressions.lower(s.value());
    for (Expr target : s.targets()) {
      assign(target, value);
    }
  }

  /** Binds {@code value} to {@code target}: a name, or a tuple/list of targets (unpacking). */
  void assign(Expr target, Value value) {
    switch (target) {
      case Expr.Name name -> {
        if (isLocal(name.id())) {
          writeLocal(name.id(), value, name.location());
        } else {
          VariableOps.globalStore(builder, name.location(), name.id(), value);
        }
      }
      case Expr.Tuple tuple -> assignElements(tuple.elements(), value, target);
      case Expr.ListDisplay list -> assignElements(list.elements(), value, target);
      default -> throw Unsupported.construct(target, "assignment to this target");
    }
  }

  private void assignElements(List<Expr> elements, Value value, Expr target) {
    if (elements.isEmpty()) {
      throw Unsupported.construct(target, "assignment to an empty tuple");
    }
    Operation unpack = IterationOps.unpack(builder, target.location(), value, elements.size());
    for (int i = 0; i < elements.size(); i++) {
      assign(elements.get(i), unpack.result(i));
    }
  }

  private void lowerIf(Stmt.If s) {
    Value condition = expressions.truth(s.test());
    Block then = new Block();
    Block join = new Block();
    Block orElse = s.orElse().isEmpty() ? join : new Block();
    condBranch(s.location(), condition, then, List.of(), orElse, List.of());
    seal(then);
    enter(then);
    lowerStatements(s.body());
    branch(s.location(), join, List.of());
    if (orElse != join) {
      seal(orElse);
      enter(orElse);
      lowerStatements(s.orElse());
      branch(s.location(), join, List.of());
    }
    seal(join);
    enter(join);
  }

  private void lowerWhile(Stmt.While s) {
    Block header = new Block();
    branch(s.location(), header, List.of());
    enter(header);
    Block loopBody = new Block();
    Block exit = new Block();
    Block orElse = s.orElse().isEmpty() ? exit : new Block();
    if (current != null) {
      Value condition = expressions.truth(s.test());
      condBranch(s.test().location(), condition, loopBody, List.of(), orElse, List.of());
    }
    lowerLoopRest(header, loopBody, orElse, exit, () -> { }, s.body(), s.orElse(), s.location());
  }

  private void lowerFor(Stmt.For s) {
    Value iterable = expressions.lower(s.iter());
    Value iterator = IterationOps.iter(builder, s.iter().location(), iterable);
    Block header = new Block();
    branch(s.location(), header, List.of());
    enter(header);
    Block loopBody = new Block();
    Block exit = new Block();
    Block orElse = s.orElse().isEmpty() ? exit : new Block();
    Value[] element = new Value[1];
    if (current != null) {
      Operation next = IterationOps.next(builder, s.location(), iterator);
      element[0] = next.result(1);
      condBranch(s.location(), next.result(0), loopBody, List.of(), orElse, List.of());
    }
    lowerLoopRest(header, loopBody, orElse, exit, () -> assign(s.target(), element[0]), s.body(), s.orElse(), s.location());
  }

  private void lowerLoopRest(Block header, Block loopBody, Block orElse, Block exit, Runnable bindTarget,
      List<Stmt> statements, List<Stmt> elseStatements, Location location) {
    seal(loopBody);
    enter(loopBody);
    if (current != null) {
      bindTarget.run();
    }
    cleanups.push(new Loop(header, exit));
    lowerStatements(statements);
    cleanups.pop();
    branch(location, header, List.of());
    seal(header);
    if (orElse != exit) {
      seal(orElse);
      enter(orElse);
      lowerStatements(elseStatements);
      branch(location, exit, List.of());
    }
    seal(exit);
    enter(exit);
  }

  // ---- exceptions ------------------------------------------------------------------------------

  private void lowerRaise(Stmt.Raise s) {
    if (s.exception().isEmpty()) {
      ExceptionOps.reraise(builder, s.location());
      current = null;
      return;
    }
    Value exception = expressions.exception(s.exception().get());
    Value cause = s.cause().map(expressions::exception).orElse(null);
    ExceptionOps.raise(builder, s.location(), exception, cause);
    current = null;
  }

  /** {@code try} with handlers and/or {@code finally}, as CPython compiles it (finally bodies inlined per exit). */
  private void lowerTry(Stmt.Try s) {
    if (s.finalBody().isEmpty()) {
      lowerTryExcept(s);
      return;
    }
    Location location = s.location();
    Block handler = enterProtected(location);
    Block join = new Block();
    cleanups.push(new Finally(location, s.finalBody()));
    if (s.handlers().isEmpty()) {
      lowerStatements(s.body());
    } else {
      lowerTryExcept(s);
    }
    cleanups.pop();
    if (current != null) {
      ExceptionOps.tryExit(builder, location);
      lowerStatements(s.finalBody());
      branch(location, join, List.of());
    }
    // On the way out with an exception: the finally body runs while the exception is being
    // handled, then the exception goes on (unless the body returned, broke or continued).
    enter(handler);
    if (current != null) {
      ExceptionOps.caught(builder, location);
      cleanups.push(new Handling(location, null));
      lowerStatements(s.finalBody());
      cleanups.pop();
      if (current != null) {
        ExceptionOps.reraise(builder, location);
        current = null;
      }
    }
    seal(join);
    enter(join);
  }

  private void lowerTryExcept(Stmt.Try s) {
    Location location = s.location();
    Block handler = enterProtected(location);
    Block join = new Block();
    cleanups.push(new Protected(location));
    lowerStatements(s.body());
    cleanups.pop();
    if (current != null) {
      ExceptionOps.tryExit(builder, location);
      lowerStatements(s.orElse());
      branch(location, join, List.of());
    }
    enter(handler);
    Value exception = ExceptionOps.caught(builder, location);
    for (ExceptHandler clause : s.handlers()) {
      if (current == null) {
        break;
      }
      Block clauseBody = new Block();
      Block next = new Block();
      if (clause.type().isPresent()) {
        branchOnMatch(exception, clause.type().get(), clauseBody, next);
      } else {
        branch(clause.location(), clauseBody, List.of());
      }
      seal(clauseBody);
      enter(clauseBody);
      String name = clause.name().orElse(null);
      if (name != null) {
        assign(new Expr.Name(name, clause.span()), exception);
      }
      cleanups.push(new Handling(clause.location(), name));
      lowerStatements(clause.body());
      cleanups.pop();
      if (current != null) {
        endHandling(new Handling(clause.location(), name));
        branch(clause.location(), join, List.of());
      }
      seal(next);
      enter(next);
    }
    if (current != null) {
      // No clause matched: the exception goes on.
      ExceptionOps.reraise(builder, location);
      current = null;
    }
    seal(join);
    enter(join);
  }

  /**
   * Emits {@code py.try_enter} and continues in the protected block; gives back the handler
   * block, whose one predecessor is the try_enter (so it is sealed at once).
   */
  private Block enterProtected(Location location) {
    Block protectedBlock = new Block();
    Block handler = new Block();
    ssa.addEdges(ExceptionOps.tryEnter(builder, location, protectedBlock, handler));
    current = null;
    seal(protectedBlock);
    seal(handler);
    enter(protectedBlock);
    return handler;
  }

  /**
   * Branches to {@code whenMatched} if {@code exception} is an instance of the class, or of one of
   * the tuple's classes, {@code type} names; else to {@code otherwise}.
   */
  private void branchOnMatch(Value exception, Expr type, Block whenMatched, Block otherwise) {
    List<Expr> types = type instanceof Expr.Tuple tuple ? tuple.elements() : List.of(type);
    if (types.isEmpty()) {
      throw Unsupported.construct(type, "an 'except' clause with an empty tuple");
    }
    for (int i = 0; i < types.size(); i++) {
      Expr one = types.get(i);
      if (!(one instanceof Expr.Name name) || !expressions.isExceptionClass(name.id())) {
        throw Unsupported.construct(one, "an 'except' clause whose type is not a builtin exception class");
      }
      Value test = ExceptionOps.match(builder, one.location(), exception, name.id());
      Block next = i == types.size() - 1 ? otherwise : new Block();
      condBranch(one.location(), test, whenMatched, List.of(), next, List.of());
      if (next != otherwise) {
        seal(next);
        enter(next);
      }
    }
  }

  private void endHandling(Handling handling) {
    ExceptionOps.exceptEnd(builder, handling.location());
    if (handling.boundName() != null) {
      String name = handling.boundName();
      if (isLocal(name)) {
        writeLocal(name, unbound(), handling.location());
      } else {
        VariableOps.globalDelete(builder, handling.location(), name);
      }
    }
  }

  /**
   * Undoes the innermost {@code depth} cleanups for a {@code return} (all of them) or a jump out of
   * a loop; false when a {@code finally} body on the way ended the block itself.
   */
  private boolean unwind(int depth) {
    var saved = new ArrayDeque<>(cleanups);
    try {
      for (int i = 0; i < depth && current != null; i++) {
        Cleanup cleanup = cleanups.pop();
        switch (cleanup) {
          case Loop loop -> { }
          case Protected p -> ExceptionOps.tryExit(builder, p.location());
          case Handling h -> endHandling(h);
          case Finally f -> {
            ExceptionOps.tryExit(builder, f.location());
            lowerStatements(f.body());
          }
        }
      }
    } finally {
      cleanups.clear();
      cleanups.addAll(saved);
    }
    return current != null;
  }

  /** Unwinds to the innermost loop for {@code break}/{@code continue}; null if a finally body ended the block. */
  private Loop unwindToLoop() {
    int depth = 0;
    Loop loop = null;
    for (Cleanup cleanup : cleanups) {
      if (cleanup instanceof Loop l) {
        loop = l;
        break;
      }
      depth++;
    }
    return unwind(depth) ? loop : null;
  }

  private void lowerAssert(Stmt.Assert s) {
    Value test = expressions.lower(s.test());
    if (s.message().isEmpty()) {
      ControlOps.assertion(builder, s.location(), test, null);
      return;
    }
    // The message is evaluated only when the assertion fails.
    Value condition = OperatorOps.truth(builder, s.location(), test);
    Block fail = new Block();
    Block ok = new Block();
    condBranch(s.location(), condition, ok, List.of(), fail, List.of());
    seal(fail);
    enter(fail);
    Value message = expressions.lower(s.message().get());
    ControlOps.assertion(builder, s.location(), test, message);
    branch(s.location(), ok, List.of());
    seal(ok);
    enter(ok);
  }
}
