package dev.irc.targets.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that keeps the cache private: it holds code that will be executed, so a directory or
 * entry is trusted only when it is owned by the user running irc and not writable by group or
 * others (entries must also not be symbolic links). Reads POSIX owner and mode through the
 * {@code unix} attribute view.
 */
final class FileSafety {
  private static final int GROUP_OR_OTHER_WRITE = 0022;
  private static volatile Integer uid;

  private FileSafety() {}

  /** Why {@code path} must not be trusted, or empty when it may be. */
  static Optional<String> problem(Path path, boolean followLinks) throws IOException {
    LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(path, "unix:uid,mode", options);
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
    int mode = (Integer) attributes.get("mode");
    int owner = (Integer) attributes.get("uid");
    if ((mode & 0170000) == 0120000) {
      return Optional.of("is a symbolic link");
    }
    if (owner != currentUid()) {
      return Optional.of("is owned by another user (uid " + owner + ")");
    }
    if ((mode & GROUP_OR_OTHER_WRITE) != 0) {
      return Optional.of("is writable by group or others (mode " + Integer.toOctalString(mode & 07777) + ")");
    }
    return Optional.empty();
  }

  /** The real uid of this process (from {@code /proc/self/status}; -1 when unknown, which trusts nothing). */
  static int currentUid() {
    Integer known = uid;
    if (known == null) {
      known = -1;
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
          if (line.startsWith("Uid:")) {
            known = Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
            break;
          }
        }
      } catch (IOException | NumberFormatException e) {
        known = -1;
      }
      uid = known;
    }
    return known;
  }
}
