package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.irc.dialect.cf.SwitchCases;
import dev.irc.dialect.llvm.BranchOps;
import dev.irc.dialect.llvm.CallOp;
import dev.irc.dialect.llvm.CompareOps;
import dev.irc.dialect.llvm.ConstantOp;
import dev.irc.dialect.llvm.ExtractValueOp;
import dev.irc.dialect.llvm.FCmpPredicate;
import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.GlobalOps;
import dev.irc.dialect.llvm.ICmpPredicate;
import dev.irc.dialect.llvm.MemoryOps;
import dev.irc.dialect.llvm.OverflowIntrinsics;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Translates the body of one {@code llvm.func}: one LLVM basic block per block, entry block
 * arguments as the function's parameters and other block arguments as phi nodes whose incoming
 * values are filled in from the branches once every block is translated. Blocks are emitted in
 * reverse post-order so every value is translated before its uses.
 *
 * <p>A phi has one incoming value per edge, and edges from one block to the same block must
 * agree on it; an edge that passes a block other values than an earlier edge of the same
 * terminator ({@code llvm.switch} cases, or both sides of an {@code llvm.cond_br}) is split by a
 * block that only jumps on.
 */
final class FunctionTranslation {
  /**
   * The empty name of every instruction and block, allocated once: a {@code String} argument
   * would make JavaCPP copy it to native memory on every call.
   */
  private static final BytePointer NO_NAME = new BytePointer("");
  private static final Map<String, FloatBinary> FLOAT_BINARIES = Map.of(
      "llvm.fadd", (b, l, r) -> LLVMBuildFAdd(b, l, r, NO_NAME),
      "llvm.fsub", (b, l, r) -> LLVMBuildFSub(b, l, r, NO_NAME),
      "llvm.fmul", (b, l, r) -> LLVMBuildFMul(b, l, r, NO_NAME),
      "llvm.fdiv", (b, l, r) -> LLVMBuildFDiv(b, l, r, NO_NAME),
      "llvm.frem", (b, l, r) -> LLVMBuildFRem(b, l, r, NO_NAME));
  private static final Map<String, Integer> INTEGER_OPCODES = Map.ofEntries(
      Map.entry("llvm.add", LLVMAdd), Map.entry("llvm.sub", LLVMSub), Map.entry("llvm.mul", LLVMMul),
      Map.entry("llvm.sdiv", LLVMSDiv), Map.entry("llvm.udiv", LLVMUDiv), Map.entry("llvm.srem", LLVMSRem),
      Map.entry("llvm.urem", LLVMURem), Map.entry("llvm.and", LLVMAnd), Map.entry("llvm.or", LLVMOr),
      Map.entry("llvm.xor", LLVMXor), Map.entry("llvm.shl", LLVMShl), Map.entry("llvm.ashr", LLVMAShr),
      Map.entry("llvm.lshr", LLVMLShr));
  private static final Map<String, Integer> CAST_OPCODES = Map.of(
      "llvm.sext", LLVMSExt, "llvm.zext", LLVMZExt, "llvm.trunc", LLVMTrunc,
      "llvm.sitofp", LLVMSIToFP, "llvm.fptosi", LLVMFPToSI,
      "llvm.inttoptr", LLVMIntToPtr, "llvm.ptrtoint", LLVMPtrToInt);

  /** A float binary instruction builder (kept separate so no fast-math flags are ever set). */
  @FunctionalInterface
  private interface FloatBinary {
    LLVMValueRef build(LLVMBuilderRef builder, LLVMValueRef lhs, LLVMValueRef rhs);
  }

  private final LLVMContextRef context;
  private final LLVMModuleRef module;
  private final TypeTranslation types;
  private final Map<String, LLVMValueRef> symbols;
  private final Map<Value, LLVMValueRef> values = new IdentityHashMap<>();
  private final Map<Block, LLVMBasicBlockRef> blocks = new IdentityHashMap<>();
  private final Map<String, Intrinsic> intrinsics = new HashMap<>();
  /** Per terminator, the LLVM block each of its edges leaves from: its own block or the block splitting the edge. */
  private final Map<Operation, List<LLVMBasicBlockRef>> edgeSources = new IdentityHashMap<>();
  private LLVMValueRef function;

  /** A declared intrinsic: its declaration and function type. */
  private record Intrinsic(LLVMValueRef declaration, LLVMTypeRef type) {}

  /**
   * {@code symbols} maps the name of every function and global of the module (declared before
   * any body is translated) to its LLVM value.
   */
  FunctionTranslation(LLVMContextRef context, LLVMModuleRef module, TypeTranslation types,
      Map<String, LLVMValueRef> symbols) {
    this.context = context;
    this.module = module;
    this.types = types;
    this.symbols = symbols;
  }

  void translate(Operation func) {
    function = symbols.get(FuncOp.name(func));
    List<Block> order = reversePostOrder(func.region(0).entryBlock(), func.region(0).blocks());
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(context);
    try {
      for (Block block : func.region(0).blocks()) {
        blocks.put(block, LLVMAppendBasicBlockInContext(context, function, NO_NAME));
      }
      Block entry = func.region(0).entryBlock();
      for (BlockArgument argument : entry.arguments()) {
        values.put(argument, LLVMGetParam(function, argument.index()));
      }
      for (Block block : func.region(0).blocks()) {
        if (block != entry) {
          LLVMPositionBuilderAtEnd(builder, blocks.get(block));
          for (BlockArgument argument : block.arguments()) {
            values.put(argument, LLVMBuildPhi(builder, types.translate(argument.type()), NO_NAME));
          }
        }
      }
      for (Block block : order) {
        LLVMPositionBuilderAtEnd(builder, blocks.get(block));
        for (Operation op : block.operations()) {
          translateOp(op, builder);
        }
      }
      for (Block block : order) {
        addIncoming(block.terminator());
      }
    } finally {
      LLVMDisposeBuilder(builder);
    }
  }

  /** The reachable blocks in reverse post-order, then the unreachable ones in region order. */
  private static List<Block> reversePostOrder(Block entry, List<Block> all) {
    var postOrder = new ArrayList<Block>();
    Set<Block> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    var stack = new ArrayDeque<Map.Entry<Block, Integer>>();
    visited.add(entry);
    stack.push(Map.entry(entry, 0));
    while (!stack.isEmpty()) {
      var top = stack.pop();
      List<Block> successors = top.getKey().successors();
      if (top.getValue() < successors.size()) {
        stack.push(Map.entry(top.getKey(), top.getValue() + 1));
        Block next = successors.get(top.getValue());
        if (visited.add(next)) {
          stack.push(Map.entry(next, 0));
        }
      } else {
        postOrder.add(top.getKey());
      }
    }
    var order = new LinkedHashSet<Block>(postOrder.reversed());
    order.addAll(all);
    return List.copyOf(order);
  }

  /**
   * The LLVM blocks the edges of {@code terminator} jump to, recording where each edge leaves
   * from for {@link #addIncoming}: its block, or a new block splitting the edge when an earlier
   * edge passes the same block other values.
   */
  private List<LLVMBasicBlockRef> edgeTargets(Operation terminator) {
    LLVMBasicBlockRef own = blocks.get(terminator.parentBlock());
    var targets = new ArrayList<LLVMBasicBlockRef>();
    var sources = new ArrayList<LLVMBasicBlockRef>();
    var firstPassed = new IdentityHashMap<Block, List<Value>>();
    for (int i = 0; i < terminator.numSuccessors(); i++) {
      Block successor = terminator.successor(i);
      List<Value> operands = BranchOps.successorOperands(terminator, i);
      List<Value> earlier = firstPassed.putIfAbsent(successor, operands);
      if (earlier == null || earlier.equals(operands)) {
        targets.add(blocks.get(successor));
        sources.add(own);
      } else {
        LLVMBasicBlockRef edge = LLVMAppendBasicBlockInContext(context, function, NO_NAME);
        LLVMBuilderRef jump = LLVMCreateBuilderInContext(context);
        try {
          LLVMPositionBuilderAtEnd(jump, edge);
          LLVMBuildBr(jump, blocks.get(successor));
        } finally {
          LLVMDisposeBuilder(jump);
        }
        targets.add(edge);
        sources.add(edge);
      }
    }
    edgeSources.put(terminator, sources);
    return targets;
  }

  private void addIncoming(Operation terminator) {
    List<LLVMBasicBlockRef> sources = terminator == null ? null : edgeSources.get(terminator);
    if (sources == null) {
      return;
    }
    for (int i = 0; i < terminator.numSuccessors(); i++) {
      Block successor = terminator.successor(i);
      List<Value> operands = BranchOps.successorOperands(terminator, i);
      for (int a = 0; a < operands.size(); a++) {
        LLVMAddIncoming(values.get(successor.argument(a)), value(operands.get(a)), sources.get(i), 1);
      }
    }
  }

  private LLVMValueRef value(Value value) {
    LLVMValueRef translated = values.get(value);
    if (translated == null) {
      throw new TranslationException("value used before its definition was translated: " + value);
    }
    return translated;
  }

  private List<LLVMValueRef> operands(Operation op) {
    var operands = new ArrayList<LLVMValueRef>(op.numOperands());
    for (int i = 0; i < op.numOperands(); i++) {
      operands.add(value(op.operand(i)));
    }
    return operands;
  }

  private void translateOp(Operation op, LLVMBuilderRef b) {
    String name = op.name();
    LLVMValueRef result = switch (name) {
      case "llvm.mlir.constant" -> constant(op);
      case "llvm.fneg" -> LLVMBuildFNeg(b, value(op.operand(0)), NO_NAME);
      case "llvm.icmp" -> LLVMBuildICmp(b, icmp(CompareOps.icmpPredicate(op)), value(op.operand(0)), value(op.operand(1)), NO_NAME);
      case "llvm.fcmp" -> LLVMBuildFCmp(b, fcmp(CompareOps.fcmpPredicate(op)), value(op.operand(0)), value(op.operand(1)), NO_NAME);
      case "llvm.select" -> LLVMBuildSelect(b, value(op.operand(0)), value(op.operand(1)), value(op.operand(2)), NO_NAME);
      case "llvm.br" -> LLVMBuildBr(b, edgeTargets(op).getFirst());
      case "llvm.cond_br" -> {
        List<LLVMBasicBlockRef> targets = edgeTargets(op);
        yield LLVMBuildCondBr(b, value(op.operand(0)), targets.get(0), targets.get(1));
      }
      case "llvm.switch" -> switchInstruction(op, b);
      case "llvm.unreachable" -> LLVMBuildUnreachable(b);
      case "llvm.return" -> op.numOperands() == 0 ? LLVMBuildRetVoid(b) : LLVMBuildRet(b, value(op.operand(0)));
      case "llvm.call" -> call(op, b);
      case "llvm.intr.maximum", "llvm.intr.minimum" -> callIntrinsic(b, "llvm." + name.substring("llvm.intr.".length()),
          op.operand(0).type(), operands(op));
      case "llvm.extractvalue" -> {
        LLVMValueRef current = value(op.operand(0));
        for (long index : ExtractValueOp.position(op)) {
          current = LLVMBuildExtractValue(b, current, (int) index, NO_NAME);
        }
        yield current;
      }
      case "llvm.insertvalue" -> insertValue(b, value(op.operand(0)), value(op.operand(1)), ExtractValueOp.position(op));
      case "llvm.mlir.undef" -> LLVMGetUndef(types.translate(op.result(0).type()));
      case "llvm.mlir.poison" -> LLVMGetPoison(types.translate(op.result(0).type()));
      case "llvm.alloca" -> LLVMBuildArrayAlloca(b, types.translate(MemoryOps.elementType(op)), value(op.operand(0)), NO_NAME);
      case "llvm.load" -> LLVMBuildLoad2(b, types.translate(op.result(0).type()), value(op.operand(0)), NO_NAME);
      case "llvm.store" -> LLVMBuildStore(b, value(op.operand(0)), value(op.operand(1)));
      case "llvm.getelementptr" -> gep(op, b);
      case "llvm.mlir.addressof" -> addressOf(op);
      default -> {
        if (INTEGER_OPCODES.containsKey(name)) {
          yield LLVMBuildBinOp(b, INTEGER_OPCODES.get(name), value(op.operand(0)), value(op.operand(1)), NO_NAME);
        }
        if (FLOAT_BINARIES.containsKey(name)) {
          yield FLOAT_BINARIES.get(name).build(b, value(op.operand(0)), value(op.operand(1)));
        }
        if (CAST_OPCODES.containsKey(name)) {
          yield LLVMBuildCast(b, CAST_OPCODES.get(name), value(op.operand(0)), types.translate(op.result(0).type()), NO_NAME);
        }
        if (name.startsWith("llvm.intr.") && name.endsWith(".with.overflow")) {
          yield callIntrinsic(b, OverflowIntrinsics.intrinsicName(name), op.operand(0).type(), operands(op));
        }
        throw new TranslationException("cannot translate op '" + name + "' to LLVM IR");
      }
    };
    if (op.numResults() == 1) {
      values.put(op.result(0), result);
    }
  }

  /** {@code container} with the element at {@code position} (possibly nested) replaced by {@code element}. */
  private static LLVMValueRef insertValue(LLVMBuilderRef b, LLVMValueRef container, LLVMValueRef element,
      List<Long> position) {
    int index = position.getFirst().intValue();
    if (position.size() == 1) {
      return LLVMBuildInsertValue(b, container, element, index, NO_NAME);
    }
    LLVMValueRef inner = LLVMBuildExtractValue(b, container, index, NO_NAME);
    return LLVMBuildInsertValue(b, container, insertValue(b, inner, element, position.subList(1, position.size())),
        index, NO_NAME);
  }

  private LLVMValueRef switchInstruction(Operation op, LLVMBuilderRef b) {
    List<LLVMBasicBlockRef> targets = edgeTargets(op);
    LLVMTypeRef type = types.translate(op.operand(0).type());
    List<Long> cases = SwitchCases.caseValues(op);
    LLVMValueRef instruction = LLVMBuildSwitch(b, value(op.operand(0)), targets.getFirst(), cases.size());
    for (int i = 0; i < cases.size(); i++) {
      LLVMAddCase(instruction, LLVMConstInt(type, cases.get(i), 1), targets.get(i + 1));
    }
    return instruction;
  }

  private LLVMValueRef constant(Operation op) {
    LLVMTypeRef type = types.translate(op.result(0).type());
    return switch (ConstantOp.value(op)) {
      case IntegerAttr integer when integer.value().bitLength() <= 64 -> LLVMConstInt(type, integer.longValue(), 0);
      case FloatAttr real -> LLVMConstReal(type, real.value());
      default -> throw new TranslationException("unsupported constant " + ConstantOp.value(op));
    };
  }

  private LLVMValueRef call(Operation op, LLVMBuilderRef b) {
    if (CallOp.isIndirect(op)) {
      List<LLVMValueRef> all = operands(op);
      Type result = op.numResults() == 0 ? dev.irc.dialect.llvm.LlvmVoidType.INSTANCE : op.result(0).type();
      var type = new dev.irc.dialect.llvm.LlvmFunctionType(result, op.operandTypes().subList(1, op.numOperands()), false);
      return buildCall(b, types.translate(type), all.getFirst(), all.subList(1, all.size()));
    }
    String callee = CallOp.callee(op).leaf();
    LLVMValueRef function = symbols.get(callee);
    if (function == null || isNull(LLVMIsAFunction(function))) {
      throw new TranslationException("call to unknown function @" + callee);
    }
    return buildCall(b, LLVMGlobalGetValueType(function), function, operands(op));
  }

  private LLVMValueRef callIntrinsic(LLVMBuilderRef b, String intrinsic, Type overload, List<LLVMValueRef> arguments) {
    Intrinsic declared = intrinsics.computeIfAbsent(intrinsic + ":" + overload, key -> {
      int id = LLVMLookupIntrinsicID(intrinsic, intrinsic.length());
      if (id == 0) {
        throw new TranslationException("unknown LLVM intrinsic " + intrinsic);
      }
      LLVMTypeRef overloadType = types.translate(overload);
      return new Intrinsic(LLVMGetIntrinsicDeclaration(module, id, overloadType, 1),
          LLVMIntrinsicGetType(context, id, overloadType, 1));
    });
    return buildCall(b, declared.type(), declared.declaration(), arguments);
  }

  private static LLVMValueRef buildCall(LLVMBuilderRef b, LLVMTypeRef functionType, LLVMValueRef function,
      List<LLVMValueRef> arguments) {
    try (var array = new PointerPointer<>(arguments.toArray(LLVMValueRef[]::new))) {
      return LLVMBuildCall2(b, functionType, function, array, arguments.size(), "");
    }
  }

  private LLVMValueRef gep(Operation op, LLVMBuilderRef b) {
    var indices = new ArrayList<LLVMValueRef>();
    int next = 1;
    for (int raw : MemoryOps.rawIndices(op)) {
      indices.add(raw == MemoryOps.DYNAMIC_INDEX ? value(op.operand(next++))
          : LLVMConstInt(LLVMInt32TypeInContext(context), raw, 1));
    }
    try (var array = new PointerPointer<>(indices.toArray(LLVMValueRef[]::new))) {
      return LLVMBuildGEP2(b, types.translate(MemoryOps.elementType(op)), value(op.operand(0)), array, indices.size(), "");
    }
  }

  private LLVMValueRef addressOf(Operation op) {
    String symbol = op.attribute(GlobalOps.GLOBAL_NAME, SymbolRefAttr.class).leaf();
    LLVMValueRef global = symbols.get(symbol);
    if (global == null) {
      throw new TranslationException("address of unknown symbol @" + symbol);
    }
    return global;
  }

  private static boolean isNull(LLVMValueRef value) {
    return value == null || value.isNull();
  }

  private static int icmp(ICmpPredicate predicate) {
    return switch (predicate) {
      case EQ -> LLVMIntEQ;
      case NE -> LLVMIntNE;
      case SLT -> LLVMIntSLT;
      case SLE -> LLVMIntSLE;
      case SGT -> LLVMIntSGT;
      case SGE -> LLVMIntSGE;
      case ULT -> LLVMIntULT;
      case ULE -> LLVMIntULE;
      case UGT -> LLVMIntUGT;
      case UGE -> LLVMIntUGE;
    };
  }

  private static int fcmp(FCmpPredicate predicate) {
    return switch (predicate) {
      case FALSE -> LLVMRealPredicateFalse;
      case OEQ -> LLVMRealOEQ;
      case OGT -> LLVMRealOGT;
      case OGE -> LLVMRealOGE;
      case OLT -> LLVMRealOLT;
      case OLE -> LLVMRealOLE;
      case ONE -> LLVMRealONE;
      case ORD -> LLVMRealORD;
      case UEQ -> LLVMRealUEQ;
      case UGT -> LLVMRealUGT;
      case UGE -> LLVMRealUGE;
      case ULT -> LLVMRealULT;
      case ULE -> LLVMRealULE;
      case UNE -> LLVMRealUNE;
      case UNO -> LLVMRealUNO;
      case TRUE -> LLVMRealPredicateTrue;
    };
  }
}
