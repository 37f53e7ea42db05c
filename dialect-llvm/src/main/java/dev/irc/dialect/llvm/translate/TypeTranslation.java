package dev.irc.dialect.llvm.translate;

import static org.bytedeco.llvm.global.LLVM.LLVMArrayType2;
import static org.bytedeco.llvm.global.LLVM.LLVMDoubleTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMFloatTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMFunctionType;
import static org.bytedeco.llvm.global.LLVM.LLVMHalfTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMIntTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMPointerTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMStructTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMVoidTypeInContext;

import dev.irc.dialect.llvm.LlvmArrayType;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.dialect.llvm.LlvmStructType;
import dev.irc.dialect.llvm.LlvmVoidType;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/**
 * Maps irc types (builtin integers and floats, llvm dialect types) to LLVM types of one context,
 * each translated once (types are values, and asking LLVM again costs a native call per use).
 */
final class TypeTranslation {
  private final LLVMContextRef context;
  private final Map<Type, LLVMTypeRef> translated = new HashMap<>();

  TypeTranslation(LLVMContextRef context) {
    this.context = context;
  }

  LLVMTypeRef translate(Type type) {
    LLVMTypeRef known = translated.get(type);
    if (known == null) {
      known = translateNew(type);
      translated.put(type, known);
    }
    return known;
  }

  private LLVMTypeRef translateNew(Type type) {
    return switch (type) {
      case IntegerType(int width) -> LLVMIntTypeInContext(context, width);
      case FloatType(int width) when width == 16 -> LLVMHalfTypeInContext(context);
      case FloatType(int width) when width == 32 -> LLVMFloatTypeInContext(context);
      case FloatType(int width) -> LLVMDoubleTypeInContext(context);
      case LlvmPointerType pointer -> LLVMPointerTypeInContext(context, 0);
      case LlvmVoidType unit -> LLVMVoidTypeInContext(context);
      case LlvmStructType(List<Type> elements) -> {
        try (var array = pointers(elements)) {
          yield LLVMStructTypeInContext(context, array, elements.size(), 0);
        }
      }
      case LlvmArrayType(long size, Type element) -> LLVMArrayType2(translate(element), size);
      case LlvmFunctionType function -> {
        try (var array = pointers(function.parameters())) {
          yield LLVMFunctionType(translate(function.result()), array, function.parameters().size(),
              function.variadic() ? 1 : 0);
        }
      }
      default -> throw new TranslationException("type " + type + " has no LLVM equivalent");
    };
  }

  private PointerPointer<LLVMTypeRef> pointers(List<Type> types) {
    return new PointerPointer<>(types.stream().map(this::translate).toArray(LLVMTypeRef[]::new));
  }
}
