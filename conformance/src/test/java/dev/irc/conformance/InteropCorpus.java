package dev.irc.conformance;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The func/arith/cf text that irc shares with MLIR, as the inputs of {@link MlirInteropTest}:
 * dialect-arith's round-trip lit files, {@code examples/sum.mlir} and a small module from
 * bench's generator, each split at {@code // -----} into chunks. It also knows which ops exist
 * only in irc ({@code arith.checked_*}), so that functions using them are left out, visibly.
 */
final class InteropCorpus {
  /** A piece of input text and where it came from. */
  record Chunk(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private InteropCorpus() {}

  static List<Chunk> chunks(Path root) throws IOException {
    var files = new ArrayList<Path>();
    try (Stream<Path> lit = Files.list(root.resolve("dialect-arith/src/test/lit"))) {
      lit.filter(path -> path.getFileName().toString().matches(".*roundtrip.*\\.mlir")).sorted().forEach(files::add);
    }
    files.add(root.resolve("examples/sum.mlir"));
    files.add(root.resolve("conformance/src/test/resources/mlir-interop/large-module-300.mlir"));
    var chunks = new ArrayList<Chunk>();
    for (Path file : files) {
      String[] parts = Files.readString(file).split("(?m)^\\s*// -----\\s*$");
      for (int i = 0; i < parts.length; i++) {
        String name = root.relativize(file) + (parts.length > 1 ? "#" + (i + 1) : "");
        chunks.add(new Chunk(name, parts[i]));
      }
    }
    return chunks;
  }

  /** Whether {@code op} exists only in irc, so mlir-opt cannot read it. */
  static boolean isIrcOnly(Operation op) {
    return op.name().startsWith("arith.checked_");
  }

  /**
   * Erases the top-level ops of {@code module} that contain irc-only ops and returns a line per
   * erased op ({@code @checked: arith.checked_addi, ...}).
   */
  static List<String> removeIrcOnly(Operation module) {
    var skipped = new ArrayList<String>();
    for (Block block : module.region(0).blocks()) {
      var tops = new ArrayList<Operation>();
      block.operations().forEach(tops::add);
      for (Operation top : tops) {
        var names = new TreeSet<String>();
        top.walk(op -> {
          if (isIrcOnly(op)) {
            names.add(op.name());
          }
        });
        if (!names.isEmpty()) {
          String symbol = top.attribute("sym_name").map(Object::toString).orElse(top.name());
          skipped.add(symbol + ": " + String.join(", ", names));
          top.erase();
        }
      }
    }
    return skipped;
  }
}
