package dev.irc.targets.embed;

import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.conversion.toarith.PyType;
import dev.irc.targets.cache.CacheEntry;
import dev.irc.targets.cache.CacheKey;
import dev.irc.targets.cache.CachedProgramRunner;
import dev.irc.targets.cache.CompileCache;
import dev.irc.targets.cache.SharedObjectCompiler;
import dev.irc.targets.jit.MachineCode;
import dev.irc.targets.run.JitPipeline;
import dev.irc.targets.run.JitProgramRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The machine code of one specialization, through the compile cache that {@code irc run} uses:
 * keyed by the module's source and name, the signature and the types of the fixed globals it was
 * typed with, so a process that compiles the same signature again loads the stored shared object
 * instead of running LLVM. A miss compiles the shared object and stores it; when it cannot be
 * stored or loaded, the specialization is compiled on the JIT as before. Refusals of an unsafe
 * cache are reported on {@code System.err}.
 */
final class SpecializationCode {
  private static final CompileCache CACHE = new CompileCache(CompileCache.defaultDirectory(),
      CompileCache.DEFAULT_LIMIT_BYTES, System.err::println, message -> {});

  private SpecializationCode() {}

  /**
   * The code of {@code module} (lowered by {@code py-to-arith}, with its door added; lowered
   * further in place on a miss) for {@code signature} of {@code source}.
   */
  static MachineCode compile(Operation module, SourceFile source, String signature, Map<String, PyType> globalTypes) {
    var types = new StringBuilder("embed:").append(signature);
    new TreeMap<>(globalTypes).forEach((name, type) -> types.append(';').append(name).append('=').append(type.mnemonic()));
    CacheKey key = CacheKey.of(source.text().getBytes(StandardCharsets.UTF_8), source.name(), types.toString());
    Optional<MachineCode> hit = CACHE.lookup(key).flatMap(SpecializationCode::load);
    if (hit.isPresent()) {
      return hit.get();
    }
    Operation llvmModule = JitPipeline.toLlvmDialect(module);
    try {
      Optional<MachineCode> stored = SharedObjectCompiler.compileAndStore(llvmModule, CACHE, key)
          .flatMap(compiled -> load(compiled.entry()));
      if (stored.isPresent()) {
        return stored.get();
      }
    } catch (IOException e) {
      // Not cached: compiled on the JIT below.
    }
    return JitProgramRunner.compileLowered(llvmModule);
  }

  private static Optional<MachineCode> load(CacheEntry entry) {
    try {
      return Optional.of(CachedProgramRunner.load(entry));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
