package dev.irc.dialect.llvm;

import java.util.Locale;

/** LLVM linkage kinds that lowered code uses; the keyword is MLIR's and LLVM's spelling. */
public enum Linkage {
  EXTERNAL, INTERNAL, PRIVATE, WEAK, LINKONCE, LINKONCE_ODR, WEAK_ODR, COMMON, AVAILABLE_EXTERNALLY, EXTERN_WEAK;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The linkage spelled {@code keyword}, or null. */
  public static Linkage ofKeyword(String keyword) {
    for (Linkage linkage : values()) {
      if (linkage.keyword().equals(keyword)) {
        return linkage;
      }
    }
    return null;
  }
}
