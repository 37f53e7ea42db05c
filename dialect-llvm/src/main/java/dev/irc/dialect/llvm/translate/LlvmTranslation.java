package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMAddAttributeAtIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMAddFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateEnumAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateStringAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMGetEnumAttributeKindForName;
import static org.bytedeco.llvm.global.LLVM.LLVMAddGlobal;
import static org.bytedeco.llvm.global.LLVM.LLVMConstInt;
import static org.bytedeco.llvm.global.LLVM.LLVMConstNull;
import static org.bytedeco.llvm.global.LLVM.LLVMConstReal;
import static org.bytedeco.llvm.global.LLVM.LLVMConstStringInContext2;
import static org.bytedeco.llvm.global.LLVM.LLVMModuleCreateWithNameInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMSetGlobalConstant;
import static org.bytedeco.llvm.global.LLVM.LLVMSetInitializer;
import static org.bytedeco.llvm.global.LLVM.LLVMSetLinkage;

import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.GlobalOps;
import dev.irc.dialect.llvm.Linkage;
import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.UnitAttr;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.bytedeco.llvm.global.LLVM;

/**
 * Translates a {@code builtin.module} of llvm-dialect ops to an LLVM module through the LLVM C
 * API: globals and function declarations first (so bodies can refer to any of them), then each
 * function body ({@link FunctionTranslation}). The result is verified by LLVM.
 */
public final class LlvmTranslation {
  private LlvmTranslation() {}

  /** Translates {@code module} into a new LLVM module in {@code context}; the caller closes it. */
  public static NativeModule translate(Operation module, NativeContext context) {
    if (!module.name().equals(ModuleOp.NAME)) {
      throw new TranslationException("expected a builtin.module, got " + module.name());
    }
    String name = ModuleOp.symbolName(module).orElse("irc");
    LLVMModuleRef llvmModule = LLVMModuleCreateWithNameInContext(name, context.ref());
    var result = new NativeModule(llvmModule);
    try {
      var types = new TypeTranslation(context.ref());
      var symbols = new HashMap<String, LLVMValueRef>();
      for (Operation op : ModuleOp.body(module).operations()) {
        switch (op.name()) {
          case FuncOp.NAME -> symbols.put(FuncOp.name(op), declareFunction(llvmModule, op, types, context));
          case "llvm.mlir.global" -> symbols.put(op.attribute(GlobalOps.SYM_NAME, StringAttr.class).value(),
              declareGlobal(llvmModule, op, types, context));
          default -> throw new TranslationException("cannot translate top-level op '" + op.name()
              + "' (run convert-to-llvm first)");
        }
      }
      for (Operation op : ModuleOp.body(module).operations()) {
        if (op.name().equals(FuncOp.NAME) && !FuncOp.isExternal(op)) {
          new FunctionTranslation(context.ref(), llvmModule, types, symbols).translate(op);
        }
      }
      return result.verify();
    } catch (RuntimeException failure) {
      result.close();
      throw failure;
    }
  }

  /**
   * Translates {@code module} to LLVM IR text, optionally after irc's O2 pipeline for the host
   * ({@link NativeModule#optimizeO2}).
   */
  public static String toLlvmIr(Operation module, boolean optimize) {
    try (var context = NativeContext.create(); var translated = translate(module, context)) {
      if (optimize) {
        try (var machine = NativeTargetMachine.host()) {
          translated.optimizeO2(machine);
        }
      }
      return translated.toIrText();
    }
  }

  private static LLVMValueRef declareFunction(LLVMModuleRef module, Operation op, TypeTranslation types,
      NativeContext context) {
    LLVMValueRef function = LLVMAddFunction(module, FuncOp.name(op), types.translate(FuncOp.functionType(op)));
    LLVMSetLinkage(function, linkage(FuncOp.linkage(op)));
    for (var attribute : FuncOp.passthrough(op)) {
      LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
          passthroughAttribute(context, attribute.getKey(), attribute.getValue()));
    }
    return function;
  }

  /** An LLVM enum attribute when {@code key} names one and {@code value} is empty, else a string attribute. */
  private static LLVMAttributeRef passthroughAttribute(NativeContext context, String key, String value) {
    int kind = LLVMGetEnumAttributeKindForName(key, key.length());
    if (kind != 0 && value.isEmpty()) {
      return LLVMCreateEnumAttribute(context.ref(), kind, 0);
    }
    return LLVMCreateStringAttribute(context.ref(), key, key.length(), value, value.length());
  }

  private static LLVMValueRef declareGlobal(LLVMModuleRef module, Operation op, TypeTranslation types, NativeContext context) {
    LLVMTypeRef type = types.translate(GlobalOps.globalType(op));
    LLVMValueRef global = LLVMAddGlobal(module, type, op.attribute(GlobalOps.SYM_NAME, StringAttr.class).value());
    Attribute value = op.attribute(GlobalOps.VALUE).orElse(UnitAttr.UNIT);
    LLVMValueRef initializer = switch (value) {
      case StringAttr(String text) -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (var pointer = new BytePointer(bytes)) {
          yield LLVMConstStringInContext2(context.ref(), pointer, bytes.length, 1);
        }
      }
      case IntegerAttr integer -> LLVMConstInt(type, integer.longValue(), 0);
      case FloatAttr real -> LLVMConstReal(type, real.value());
      default -> LLVMConstNull(type);
    };
    LLVMSetInitializer(global, initializer);
    LLVMSetGlobalConstant(global, GlobalOps.isConstant(op) ? 1 : 0);
    LLVMSetLinkage(global, linkage(FuncOp.linkage(op)));
    return global;
  }

  static int linkage(Linkage linkage) {
    return switch (linkage) {
      case EXTERNAL -> LLVM.LLVMExternalLinkage;
      case INTERNAL -> LLVM.LLVMInternalLinkage;
      case PRIVATE -> LLVM.LLVMPrivateLinkage;
      case WEAK -> LLVM.LLVMWeakAnyLinkage;
      case WEAK_ODR -> LLVM.LLVMWeakODRLinkage;
      case LINKONCE -> LLVM.LLVMLinkOnceAnyLinkage;
      case LINKONCE_ODR -> LLVM.LLVMLinkOnceODRLinkage;
      case COMMON -> LLVM.LLVMCommonLinkage;
      case AVAILABLE_EXTERNALLY -> LLVM.LLVMAvailableExternallyLinkage;
      case EXTERN_WEAK -> LLVM.LLVMExternalWeakLinkage;
    };
  }
}
