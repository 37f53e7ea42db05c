package dev.irc.targets.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The identity of the irc build that compiles programs, part of every cache key so that an irc
 * rebuilt with changed code never runs entries of the old one. It fingerprints the code of every
 * module that decides what machine code a program gets (IR, passes, dialects, front end,
 * lowering, runtime): the path, size and modification time of each module's jar (a rebuilt jar
 * has a new time), or of every file under a class directory (tests and {@code ./mvnw compile}
 * run from {@code target/classes}); and the class path itself, whose jar names carry the
 * versions of the LLVM bindings. Found from the code sources of classes that are loaded anyway,
 * without a class-path search (which would open every jar before them) and without loading
 * LLVM; computed once per process.
 */
final class BuildIdentity {
  private static volatile String value;

  private BuildIdentity() {}

  /** One class of each module whose code reaches the compiled program. */
  private static List<Class<?>> moduleClasses() {
    return List.of(dev.irc.ir.Operation.class, dev.irc.passes.Pass.class, dev.irc.dialect.arith.ArithDialect.class,
        dev.irc.py.dialect.PyDialect.class, dev.irc.dialect.llvm.LlvmDialect.class, BuildIdentity.class);
  }

  /** The fingerprint, as hex. */
  static String value() {
    String identity = value;
    if (identity == null) {
      identity = compute();
      value = identity;
    }
    return identity;
  }

  private static String compute() {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(("class path=" + System.getProperty("java.class.path") + "\n").getBytes(StandardCharsets.UTF_8));
      for (Class<?> type : moduleClasses()) {
        var source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        digest.update((type.getName() + "=" + fingerprint(location) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fingerprint(URL location) {
    if (location == null || !location.getProtocol().equals("file")) {
      return String.valueOf(location);
    }
    try {
      Path path = Path.of(location.toURI());
      return Files.isDirectory(path) ? directory(path) : stat(path);
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      return location + " (" + e + ")";
    }
  }

  private static String stat(Path file) throws IOException {
    var attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
  }

  private static String directory(Path root) throws IOException {
    var digest = new StringBuilder(root.toString());
    try (Stream<Path> files = Files.walk(root)) {
      long[] sum = new long[3];
      files.forEach(file -> {
        try {
          var attributes = Files.readAttributes(file, BasicFileAttributes.class);
          if (attributes.isRegularFile()) {
            sum[0]++;
            sum[1] += attributes.size();
            sum[2] = sum[2] * 31 + attributes.lastModifiedTime().toMillis() + file.toString().hashCode();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      digest.append(':').append(sum[0]).append(':').append(sum[1]).append(':').append(sum[2]);
    }
    return digest.toString();
  }
}
