package dev.irc.targets.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Links an object file into a shared object with the {@code lld} that ships in bytedeco's
 * LLVM natives jar (there is no system linker to rely on). The executable is extracted once into
 * the cache's private {@code tools} directory (0700, under a name derived from the jar it came
 * from), next to a link named by the soname it needs ({@code libLLVM.so.20.1}) to the
 * {@code libLLVM.so} this process has loaded (bytedeco extracts it on first use of LLVM; this
 * class runs only after a compile, so it is loaded). The shared object resolves libc and libm
 * from the process that loads it, binds every symbol at load time ({@code -z now}, so a missing
 * one fails the load, not a call) and its own calls locally ({@code -Bsymbolic}).
 */
final class LldLinker {
  static final String TOOLS = "tools";
  private static final String RESOURCE = "org/bytedeco/llvm/linux-x86_64/lld";
  /** The soname of the bytedeco LLVM 20.1 library that lld is linked against. */
  private static final String LIBLLVM_SONAME = "libLLVM.so.20.1";
  private static final long TIMEOUT_SECONDS = 60;

  private LldLinker() {}

  /** The shared object linked from {@code object}; work files go to a private directory in {@code cacheDirectory}. */
  static byte[] link(Path cacheDirectory, byte[] object) throws IOException {
    Path tools = toolsDirectory(cacheDirectory);
    Path lld = tools.resolve("ld.lld");
    Path work = Files.createTempDirectory(cacheDirectory, ".link-");
    try {
      Path input = work.resolve("program.o");
      Path output = work.resolve("program.so");
      Files.write(input, object);
      var command = List.of(lld.toString(), "-shared", "-Bsymbolic", "-z", "now", "-z", "noexecstack",
          "--hash-style=gnu", "-o", output.toString(), input.toString());
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("LD_LIBRARY_PATH", tools.toString());
      Process process = builder.start();
      process.getOutputStream().close();
      String messages;
      try (InputStream in = process.getInputStream()) {
        messages = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("lld did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IOException("lld failed (exit " + process.exitValue() + "): " + messages);
      }
      return Files.readAllBytes(output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while linking", e);
    } finally {
      try (var walk = Files.walk(work)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** {@code <cache>/tools/lld-<jar>/} with {@code ld.lld} and the {@code libLLVM} link, made if missing. */
  private static Path toolsDirectory(Path cacheDirectory) throws IOException {
    URL resource = LldLinker.class.getClassLoader().getResource(RESOURCE);
    if (resource == null) {
      throw new IOException("no lld in the class path (" + RESOURCE + ")");
    }
    byte[] url = resource.toString().getBytes(StandardCharsets.UTF_8);
    String origin = HexFormat.of().formatHex(EntryFormat.sha256(url, url.length)).substring(0, 16);
    Path tools = privateDirectory(privateDirectory(cacheDirectory.resolve(TOOLS)).resolve("lld-" + origin));
    Path lld = tools.resolve("ld.lld");
    if (!Files.isRegularFile(lld) || FileSafety.problem(lld, false).isPresent()) {
      Path temp = Files.createTempFile(tools, ".ld.lld-", ".part",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      try (InputStream in = resource.openStream(); var copy = Files.newOutputStream(temp)) {
        in.transferTo(copy);
      }
      try {
        Files.move(temp, lld, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    Path library = loadedLibLlvm().orElseThrow(() -> new IOException("libLLVM.so is not loaded in this process"));
    Path link = tools.resolve(LIBLLVM_SONAME);
    if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(library)) {
      Path temp = tools.resolve(".link-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
      Files.createSymbolicLink(temp, library);
      Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return tools;
  }

  private static Path privateDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      try {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Made by a concurrent run.
      }
    }
    Optional<String> problem = FileSafety.problem(directory, false);
    if (problem.isPresent()) {
      throw new IOException(directory + " " + problem.get());
    }
    return directory;
  }

  /** The path of the {@code libLLVM.so} mapped into this process, from {@code /proc/self/maps}. */
  private static Optional<Path> loadedLibLlvm() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/maps"), StandardCharsets.UTF_8)) {
      int slash = line.indexOf('/');
      if (slash >= 0 && line.endsWith("/libLLVM.so")) {
        return Optional.of(Path.of(line.substring(slash)));
      }
    }
    return Optional.empty();
  }
}
