package dev.irc.targets.cache;

import dev.irc.ir.Operation;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.targets.run.HostSymbols;
import dev.irc.targets.run.JitPipeline;
import java.io.IOException;
import java.util.Optional;

/**
 * Fills the compile cache on a miss: takes a program lowered to the llvm dialect with the runtime
 * linked in ({@link JitPipeline#toLlvmDialect}), emits it after LLVM's O2 as a
 * position-independent host object ({@link JitPipeline#objectFile}), links that into a shared
 * object ({@link LldLinker}) and stores it with the program's metadata. The only class of the
 * cache that uses LLVM; a hit never loads it.
 */
public final class SharedObjectCompiler {
  private SharedObjectCompiler() {}

  /**
   * The lowered program, ready to store: its shared object and metadata, with the time LLVM took
   * (translation, O2, codegen) and the time linking took.
   */
  public record Compiled(byte[] sharedObject, ProgramMetadata metadata, long llvmNanos, long linkNanos) {}

  /** A stored entry with the times of {@link Compiled}. */
  public record Stored(CacheEntry entry, long llvmNanos, long linkNanos) {}

  /**
   * Compiles {@code llvmModule} (from {@link JitPipeline#toLlvmDialect}) to a shared object,
   * linked in {@code cache}'s directory. Throws {@link IOException} when linking fails (the
   * caller can run the module on the JIT instead).
   */
  public static Compiled compile(Operation llvmModule, CompileCache cache) throws IOException {
    if (!cache.usable()) {
      // The linker is extracted into and run from the cache: never from a directory not trusted.
      throw new IOException(cache.directory() + " is not usable");
    }
    HostSymbols.check(llvmModule);
    var metadata = new ProgramMetadata(ModuleLowering.globals(llvmModule).size(),
        (dev.irc.ir.builtin.ArrayAttr) llvmModule.attribute(ModuleLowering.SITES).orElseThrow());
    long start = System.nanoTime();
    byte[] object = JitPipeline.objectFile(llvmModule);
    long emitted = System.nanoTime();
    byte[] sharedObject = LldLinker.link(cache.directory(), object);
    return new Compiled(sharedObject, metadata, emitted - start, System.nanoTime() - emitted);
  }

  /**
   * Compiles {@code llvmModule} and stores it under {@code key}; empty when the cache is not
   * usable (nothing is compiled then) or the entry could not be written.
   */
  public static Optional<Stored> compileAndStore(Operation llvmModule, CompileCache cache, CacheKey key)
      throws IOException {
    if (!cache.usable()) {
      return Optional.empty();
    }
    Compiled compiled = compile(llvmModule, cache);
    return cache.store(key, compiled.sharedObject(), compiled.metadata())
        .map(entry -> new Stored(entry, compiled.llvmNanos(), compiled.linkNanos()));
  }
}
