package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;

/**
 * {@code #llvm.linkage<internal>}: the linkage of an {@code llvm.func} or {@code llvm.mlir.global},
 * stored under {@code linkage}; absent means external, and custom syntax prints it as a keyword.
 */
public record LinkageAttr(Linkage linkage) implements Attribute {
  @Override
  public String toString() {
    return "#llvm.linkage<" + linkage.keyword() + ">";
  }
}
