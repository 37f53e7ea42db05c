package dev.irc.lit;

import dev.irc.filecheck.FileCheckMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands RUN lines may use, by name: {@code filecheck}, {@code cat}, {@code echo}, and the
 * irc tools ({@code irc-opt}, {@code irc}, {@code irc-runner}) looked up by class name.
 *
 * <p>The tools live in the {@code tools} module and are bound reflectively, so that this module
 * builds while they are being written and a missing tool fails only the tests that use it.
 */
public final class CommandRegistry {
  /** Class and method name of the {@code irc-opt} entry point. */
  public static final String IRC_OPT_CLASS = "dev.irc.tools.opt.IrcOpt";

  /** Class and method name of the {@code irc} entry point. */
  public static final String IRC_CLASS = "dev.irc.tools.run.IrcMain";

  /** Class and method name of the {@code irc-runner} entry point. */
  public static final String IRC_RUNNER_CLASS = "dev.irc.tools.runner.IrcRunner";

  private final Map<String, LitCommand> commands = new LinkedHashMap<>();

  /** Creates an empty registry; see {@link #standard()} for the usual one. */
  public CommandRegistry() {}

  /** The registry RUN lines use: FileCheck, the small shell utilities, and the irc tools. */
  public static CommandRegistry standard() {
    CommandRegistry registry = new CommandRegistry();
    registry.register("filecheck", FileCheckMain::run);
    registry.register("FileCheck", FileCheckMain::run);
    registry.register("cat", CommandRegistry::cat);
    registry.register("echo", CommandRegistry::echo);
    registry.register("irc-opt", reflective(IRC_OPT_CLASS, "run"));
    if (classExists(IRC_CLASS)) {
      registry.register("irc", reflective(IRC_CLASS, "run"));
    }
    if (classExists(IRC_RUNNER_CLASS)) {
      registry.register("irc-runner", reflective(IRC_RUNNER_CLASS, "run"));
    }
    return registry;
  }

  /** Adds or replaces the command called {@code name}. */
  public CommandRegistry register(String name, LitCommand command) {
    commands.put(name, command);
    return this;
  }

  /** The command called {@code name}, if registered. */
  public Optional<LitCommand> lookup(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  /** The registered names, in registration order. */
  public Set<String> names() {
    return commands.keySet();
  }

  /**
   * A command that calls {@code static int method(List<String>, InputStream, PrintStream,
   * PrintStream)} on {@code className}, resolved on first use.
   */
  public static LitCommand reflective(String className, String method) {
    return (args, in, out, err) -> {
      Method target;
      try {
        target = Class.forName(className)
            .getMethod(method, List.class, InputStream.class, PrintStream.class,
                PrintStream.class);
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        err.println("command not available: " + className + "." + method
            + "(List, InputStream, PrintStream, PrintStream) is not on the classpath ("
            + e + ")");
        return 127;
      }
      try {
        return (int) target.invoke(null, args, in, out, err);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Exception cause) {
          throw cause;
        }
        throw e;
      }
    };
  }

  private static boolean classExists(String className) {
    try {
      Class.forName(className, false, CommandRegistry.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static int cat(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws IOException {
    if (args.isEmpty() || args.equals(List.of("-"))) {
      in.transferTo(out);
      return 0;
    }
    for (String file : args) {
      if (file.equals("-")) {
        in.transferTo(out);
        continue;
      }
      try {
        out.write(Files.readAllBytes(Path.of(file)));
      } catch (NoSuchFileException e) {
        err.println("cat: " + file + ": No such file or directory");
        return 1;
      }
    }
    return 0;
  }

  private static int echo(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    boolean newline = true;
    List<String> words = args;
    if (!words.isEmpty() && words.getFirst().equals("-n")) {
      newline = false;
      words = words.subList(1, words.size());
    }
    out.print(String.join(" ", words));
    if (newline) {
      out.print('\n');
    }
    return 0;
  }
}
