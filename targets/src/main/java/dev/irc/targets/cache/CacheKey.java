package dev.irc.targets.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a cache entry: a SHA-256 of everything the machine code depends on — the source
 * bytes and the name the program's locations carry, the build of irc ({@link BuildIdentity}),
 * the target (OS, architecture and the host CPU's model and feature flags, since the code is
 * tuned for the host CPU) and the options that change code. Computed without LLVM, so that a
 * hit never loads it.
 */
public record CacheKey(String hex) {
  /** The key of {@code source} named {@code sourceName}, compiled with {@code options} (e.g. {@code "jit-o2"}). */
  public static CacheKey of(byte[] source, String sourceName, String options) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      update(digest, "irc-cache-" + EntryFormat.VERSION);
      update(digest, BuildIdentity.value());
      update(digest, HostCpu.signature());
      update(digest, options);
      update(digest, sourceName);
      digest.update(source);
      return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    digest.update(HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array())
        .getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }

  /** The host the code is compiled for, read without LLVM. */
  static final class HostCpu {
    private static volatile String signature;

    private HostCpu() {}

    static String signature() {
      String value = signature;
      if (value == null) {
        value = System.getProperty("os.name") + "/" + System.getProperty("os.arch") + "/" + cpuInfo();
        signature = value;
      }
      return value;
    }

    /** The first CPU's model name and flags from {@code /proc/cpuinfo} (what LLVM's host CPU detection sees). */
    private static String cpuInfo() {
      try {
        var text = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
          if (line.isBlank() && !text.isEmpty()) {
            break;
          }
          if (line.startsWith("vendor_id") || line.startsWith("cpu family") || line.startsWith("model")
              || line.startsWith("flags")) {
            text.append(line.strip()).append('\n');
          }
        }
        return text.toString();
      } catch (IOException e) {
        return "unknown cpu";
      }
    }
  }
}
