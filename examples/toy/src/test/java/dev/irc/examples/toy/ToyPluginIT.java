package dev.irc.examples.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar through the plugin flags, as a user runs it: {@code irc-opt} and
 * {@code irc-runner} are loaded from irc's jars alone (a class loader without this project's
 * classes), and the toy dialect, {@code toy-to-arith} and {@code toy_print_i64} come only from
 * {@code --load-dialect-plugin=target/toy-dialect.jar}. Runs in the integration-test phase, after
 * {@code package}; without the jar (an IDE run before packaging) it is skipped with a message.
 */
class ToyPluginIT {
  private static final Path INPUT = Path.of("input.mlir");
  private static Path jar;
  private static ClassLoader irc;

  /** What one tool run gave. */
  private record ToolRun(int exitCode, String out, String err) {}

  @BeforeAll
  static void isolateIrc() throws MalformedURLException {
    String property = System.getProperty("toy.plugin.jar");
    jar = property == null ? null : Path.of(property).toAbsolutePath();
    assumeTrue(jar != null && Files.isRegularFile(jar),
        "the plugin jar is not built (" + property + "); run `mvn verify` (or `package`) to test it");
    Path target = jar.getParent();
    var urls = new ArrayList<URL>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!path.startsWith(target)) {
        urls.add(path.toUri().toURL());
      }
    }
    irc = new URLClassLoader("irc-only", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static ToolRun run(String tool, List<String> args) throws Exception {
    Method main = Class.forName(tool, true, irc)
        .getMethod("run", List.class, InputStream.class, PrintStream.class, PrintStream.class);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
    try {
      int code = (int) main.invoke(null, args, new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      return new ToolRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      Thread.currentThread().setContextClassLoader(contextLoader);
    }
  }

  private static ToolRun ircOpt(String... args) throws Exception {
    return run("dev.irc.tools.opt.IrcOpt", List.of(args));
  }

  private static ToolRun ircRunner(String... args) throws Exception {
    return run("dev.irc.tools.runner.IrcRunner", List.of(args));
  }

  @Test
  void ircAloneDoesNotKnowToy() throws Exception {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(ToyDialect.class.getName(), false, irc));
    ToolRun run = ircOpt(INPUT.toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("toy.constant"), run.err());
  }

  @Test
  void ircOptLowersTheInputThroughThePlugin() throws Exception {
    ToolRun run = ircOpt("--load-dialect-plugin=" + jar, INPUT.toString(), "-p", "builtin.module(toy-to-arith,convert-to-llvm)");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("llvm.func @toy_print_i64(i64)"), run.out());
    assertTrue(run.out().contains("llvm.call @toy_print_i64(%2) : (i64) -> ()"), run.out());
    assertTrue(!run.out().contains("toy."), run.out());
  }

  @Test
  void ircOptListsThePluginsPassAndDialect() throws Exception {
    ToolRun passes = ircOpt("--load-pass-plugin=" + jar, "--list-passes");
    assertEquals(0, passes.exitCode(), passes.err());
    assertTrue(passes.out().contains("toy-to-arith"), passes.out());
    ToolRun dialects = ircOpt("--load-dialect-plugin=" + jar, "--show-dialects");
    assertEquals(0, dialects.exitCode(), dialects.err());
    assertTrue(dialects.out().contains("toy"), dialects.out());
  }

  @Test
  void ircRunnerRunsTheInputOnTheInterpreterAndTheJit() throws Exception {
    for (String mode : List.of("--interp", "--jit")) {
      ToolRun run = ircRunner("--load-dialect-plugin=" + jar, INPUT.toString(), "-e", "main", mode,
          "-p", "builtin.module(toy-to-arith)");
      assertEquals(new ToolRun(0, "42\n28\n", ""), run, mode);
      ToolRun poly = ircRunner("--load-dialect-plugin=" + jar, INPUT.toString(), "-e", "poly", mode,
          "-p", "builtin.module(toy-to-arith)", "-4");
      assertEquals(new ToolRun(0, "19\n", ""), poly, mode);
    }
  }
}
