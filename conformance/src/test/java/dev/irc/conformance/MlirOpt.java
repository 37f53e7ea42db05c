package dev.irc.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Upstream {@code mlir-opt} run as a subprocess (Debian's {@code mlir-19-tools}, or the binary
 * named by {@code IRC_MLIR_OPT}). It exists so that tests can check that irc's text is MLIR's
 * text: what one tool prints, the other reads.
 */
final class MlirOpt {
  private static final List<Path> CANDIDATES = List.of(Path.of("/usr/lib/llvm-19/bin/mlir-opt"),
      Path.of("/usr/bin/mlir-opt-19"), Path.of("/usr/bin/mlir-opt"));

  /** What a run printed and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path binary;

  private MlirOpt(Path binary) {
    this.binary = binary;
  }

  /** The installed mlir-opt, if any. */
  static Optional<MlirOpt> find() {
    String override = System.getenv("IRC_MLIR_OPT");
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override)).filter(Files::isExecutable).map(MlirOpt::new);
    }
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(MlirOpt::new);
  }

  /** Runs {@code mlir-opt - ARGS} on {@code input}. */
  Result run(String input, String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(binary.toString());
    command.add("-");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    try (var in = process.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("mlir-opt did not finish within 120 s");
    }
    return new Result(process.exitValue(), stdout.join(), stderr.join());
  }

  private static String drain(java.io.InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
