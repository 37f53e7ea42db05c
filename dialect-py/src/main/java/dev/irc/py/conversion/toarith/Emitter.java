package dev.irc.py.conversion.toarith;

import dev.irc.dialect.arith.CmpFPredicate;
import dev.irc.dialect.arith.CmpIPredicate;
import dev.irc.dialect.arith.CompareOps;
import dev.irc.dialect.arith.ConstantOp;
import dev.irc.dialect.cf.BranchOp;
import dev.irc.dialect.cf.CondBranchOp;
import dev.irc.dialect.func.CallOp;
import dev.irc.ir.Block;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the typed IR of one specialization: arith ops at the current insertion point, and the
 * control flow of guards. A failing guard branches, with its site number, to the function's block
 * that calls {@code @irc_raise(site)} (or {@code @irc_deopt(site)}) and then to the function's
 * unwind block, which returns with the status flag set; a failed call does the same through
 * {@code @irc_traceback(site)}.
 */
final class Emitter {
  private final OpBuilder builder;
  private final Region body;
  private final Block unwind;
  private final String pythonFunction;
  private final SiteTable sites;
  private final Operation module;
  private Location location = Location.UNKNOWN;
  private final Map<String, Block> exits = new HashMap<>();

  Emitter(OpBuilder builder, Region body, Block unwind, String pythonFunction, SiteTable sites, Operation module) {
    this.builder = builder;
    this.body = body;
    this.unwind = unwind;
    this.pythonFunction = pythonFunction;
    this.sites = sites;
    this.module = module;
  }

  /** Sets the location of the ops created next (the py op being lowered). */
  void at(Location where) {
    this.location = where;
  }

  Location location() {
    return location;
  }

  OpBuilder builder() {
    return builder;
  }

  // ---- plain ops ----------------------------------------------------------------------------

  Value op(String name, List<Value> operands, Type result) {
    return builder.create(name, location, operands, List.of(result)).result();
  }

  Operation opMulti(String name, List<Value> operands, List<Type> results) {
    return builder.create(name, location, operands, results);
  }

  Value i64(long value) {
    return ConstantOp.create(builder, IntegerAttr.i64(value), location).result();
  }

  Value f64(double value) {
    return ConstantOp.create(builder, new FloatAttr(value, FloatType.F64), location).result();
  }

  Value bool(boolean value) {
    return ConstantOp.create(builder, IntegerAttr.bool(value), location).result();
  }

  Value cmpi(CmpIPredicate predicate, Value a, Value b) {
    return builder.create(new OperationState("arith.cmpi", location)
        .addAttribute(CompareOps.PREDICATE, CompareOps.predicateAttribute(predicate.value()))
        .addOperand(a).addOperand(b).addResultType(IntegerType.I1)).result();
  }

  Value cmpf(CmpFPredicate predicate, Value a, Value b) {
    return builder.create(new OperationState("arith.cmpf", location)
        .addAttribute(CompareOps.PREDICATE, CompareOps.predicateAttribute(predicate.value()))
        .addOperand(a).addOperand(b).addResultType(IntegerType.I1)).result();
  }

  Value select(Value condition, Value ifTrue, Value ifFalse) {
    return op("arith.select", List.of(condition, ifTrue, ifFalse), ifTrue.type());
  }

  Value and(Value a, Value b) {
    return op("arith.andi", List.of(a, b), a.type());
  }

  Value or(Value a, Value b) {
    return op("arith.ori", List.of(a, b), a.type());
  }

  Value not(Value a) {
    return op("arith.xori", List.of(a, bool(true)), IntegerType.I1);
  }

  /** Calls runtime function {@code name} (declared on first use); gives back its results. */
  List<Value> runtime(String name, List<Value> arguments) {
    RuntimeAbi.declare(module, name);
    return new ArrayList<>(CallOp.create(builder, name, arguments, RuntimeAbi.signature(name).results(), location).results());
  }

  /**
   * Calls fallible runtime helper {@code name}: on its status flag the caller records a traceback
   * frame and unwinds; gives back the results without the flag.
   */
  List<Value> fallible(String name, List<Value> arguments) {
    List<Value> results = runtime(name, arguments);
    Value failed = results.removeLast();
    unwindIf(failed);
    return results;
  }

  /** A traceback site at the current location (the frame {@code @irc_traceback} adds). */
  long tracebackSite() {
    return sites.add(new SiteTable.Site(pythonFunction, location, "", ""));
  }

  /** After a call whose status flag is {@code failed}: on failure add a traceback frame and unwind. */
  void unwindIf(Value failed) {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, "", ""));
    exitIf(failed, "irc_traceback", site);
  }

  // ---- guards ------------------------------------------------------------------------------

  /** Raises Python exception {@code type}: {@code message} when {@code condition} holds. */
  void raiseIf(Value condition, String type, String message) {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, type, message));
    exitIf(condition, "irc_raise", site);
  }

  /**
   * Raises Python exception {@code type}: {@code message} when {@code condition} holds, without a
   * traceback frame of its own: the exception belongs to the call that entered this function
   * (the recursion limit), so the caller's unwinding adds the frame of its call, as in CPython.
   */
  void raiseInCallerIf(Value condition, String type, String message) {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, type, message));
    exitIf(condition, "irc_raise_in_caller", site);
  }

  /** Always raises (the rest of the block is unreachable; the caller stops lowering it). */
  void raise(String type, String message) {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, type, message));
    runtime("irc_raise", List.of(i64(site)));
    BranchOp.create(builder, unwind, List.of(), location);
  }

  /** Deoptimizes when {@code condition} holds (a guard: the i64 fast path cannot give the exact answer). */
  void deoptIf(Value condition) {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, "", ""));
    exitIf(condition, "irc_deopt", site);
  }

  /** Always deoptimizes (code the type inference proved unreachable). */
  void deopt() {
    long site = sites.add(new SiteTable.Site(pythonFunction, location, "", ""));
    runtime("irc_deopt", List.of(i64(site)));
    BranchOp.create(builder, unwind, List.of(), location);
  }

  private void exitIf(Value condition, String runtimeFunction, long site) {
    Value siteNumber = i64(site);
    Block current = builder.insertionBlock();
    Block next = newBlock(List.of());
    builder.setInsertionPointToEnd(current);
    CondBranchOp.create(builder, condition, exit(runtimeFunction), List.of(siteNumber), next, List.of(), location);
    builder.setInsertionPointToEnd(next);
  }

  /**
   * The function's one block {@code ^exit(%site: i64)} that calls {@code @runtimeFunction(%site)}
   * and unwinds: every guard of a kind branches there with its site, so a function with a hundred
   * guards has one call, not a hundred (less code for LLVM to optimize and compile).
   */
  private Block exit(String runtimeFunction) {
    Block exit = exits.get(runtimeFunction);
    if (exit == null) {
      Block current = builder.insertionBlock();
      exit = newBlock(List.of(IntegerType.I64));
      runtime(runtimeFunction, List.of(exit.argument(0)));
      BranchOp.create(builder, unwind, List.of(), location);
      exits.put(runtimeFunction, exit);
      builder.setInsertionPointToEnd(current);
    }
    return exit;
  }

  /** A new block at the end of the function body (the insertion point moves into it). */
  Block newBlock(List<Type> argumentTypes) {
    return builder.createBlock(body, argumentTypes, location);
  }

  /**
   * {@code condition ? whenTrue() : whenFalse()} as control flow (for arms that call or guard);
   * gives back the merged values.
   */
  List<Value> ifElse(Value condition, List<Type> types, Supplier<List<Value>> whenTrue, Supplier<List<Value>> whenFalse) {
    Block current = builder.insertionBlock();
    Block thenBlock = newBlock(List.of());
    List<Value> thenValues = whenTrue.get();
    Block thenEnd = builder.insertionBlock();
    Block elseBlock = newBlock(List.of());
    List<Value> elseValues = whenFalse.get();
    Block elseEnd = builder.insertionBlock();
    Block merge = newBlock(types);
    builder.setInsertionPointToEnd(thenEnd);
    BranchOp.create(builder, merge, thenValues, location);
    builder.setInsertionPointToEnd(elseEnd);
    BranchOp.create(builder, merge, elseValues, location);
    builder.setInsertionPointToEnd(current);
    CondBranchOp.create(builder, condition, thenBlock, List.of(), elseBlock, List.of(), location);
    builder.setInsertionPointToEnd(merge);
    return new ArrayList<>(merge.arguments());
  }
}
