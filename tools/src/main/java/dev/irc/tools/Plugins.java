package dev.irc.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * The jars a user adds with {@code --load-dialect-plugin=PATH} and {@code --load-pass-plugin=PATH}
 * (mlir-opt's spellings), and the class loader over them through which the tools find dialects,
 * passes and rule files as {@link java.util.ServiceLoader} services. {@code PATH} is a jar, a
 * directory (every jar in it) or several of them separated by {@code :}; a flag may repeat.
 * Both flags load everything a jar announces: a jar is a Java module of services, not one kind.
 */
public record Plugins(List<Path> jars, ClassLoader loader) {
  private static final List<String> FLAGS = List.of("--load-dialect-plugin", "--load-pass-plugin");

  public Plugins {
    jars = List.copyOf(jars);
  }

  /** No plugins: the tools' own class loader. */
  public static Plugins none() {
    return new Plugins(List.of(), Plugins.class.getClassLoader());
  }

  /** The plugins named on a command line and the arguments that remain once their flags are taken out. */
  public record Extracted(Plugins plugins, List<String> remaining) {}

  /** A plugin that cannot be used, with a message fit for one line on standard error. */
  public static final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    PluginException(String message) {
      super(message);
    }
  }

  /** Takes the plugin flags out of {@code args}. */
  public static Extracted extract(List<String> args) throws PluginException {
    var jars = new ArrayList<Path>();
    var remaining = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value = null;
      for (String flag : FLAGS) {
        if (arg.startsWith(flag + "=")) {
          value = arg.substring(flag.length() + 1);
        } else if (arg.equals(flag)) {
          if (i + 1 >= args.size()) {
            throw new PluginException(flag + " needs a jar or directory");
          }
          value = args.get(++i);
        }
      }
      if (value == null) {
        remaining.add(arg);
        continue;
      }
      for (String part : value.split(":")) {
        if (!part.isEmpty()) {
          jars.addAll(jarsAt(Path.of(part)));
        }
      }
    }
    if (jars.isEmpty()) {
      return new Extracted(none(), remaining);
    }
    var urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PluginException("plugin '" + jars.get(i) + "' has no usable path: " + e.getMessage());
      }
    }
    var loader = new URLClassLoader("irc-plugins", urls, Plugins.class.getClassLoader());
    return new Extracted(new Plugins(jars, loader), remaining);
  }

  private static List<Path> jarsAt(Path path) throws PluginException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> entries = Files.list(path)) {
        List<Path> jars = entries.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        if (jars.isEmpty()) {
          throw new PluginException("plugin directory '" + path + "' has no .jar files");
        }
        return jars;
      } catch (IOException | UncheckedIOException e) {
        throw new PluginException("cannot read plugin directory '" + path + "': " + e.getMessage());
      }
    }
    if (!Files.isRegularFile(path)) {
      throw new PluginException("plugin '" + path + "' does not exist");
    }
    return List.of(path);
  }

  /**
   * Runs {@code body} with this loader as the current thread's context class loader (so that
   * services looked up without an explicit loader, such as rule files announced on their own,
   * see the plugins too), and restores the previous one after: in-process callers (tests, the
   * lit runner) keep theirs.
   */
  public int run(IntSupplier body) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return body.getAsInt();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
