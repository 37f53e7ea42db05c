package dev.irc.targets.jit;

/**
 * Where the time of one {@link JitEngine#compile} went, in nanoseconds: lowering to the llvm
 * dialect and verifying it ({@code lower}), translation to LLVM IR with LLVM's verifier
 * ({@code translate}), LLVM's optimization pipeline ({@code optimize}), and code generation with
 * linking in ORC ({@code codegen}). It exists so compile-time regressions can be attributed to a
 * stage without a profiler ({@code irc run --time}).
 */
public record CompileTimes(long lowerNanos, long translateNanos, long optimizeNanos, long codegenNanos) {
  /** The sum of all stages. */
  public long totalNanos() {
    return lowerNanos + translateNanos + optimizeNanos + codegenNanos;
  }
}
