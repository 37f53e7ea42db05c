package dev.irc.py.semantics;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived {@code python3} process that evaluates expressions line by line and answers
 * with {@code repr(result)} or {@code Type: message}: CPython as the test oracle.
 */
final class PythonOracle implements AutoCloseable {

  private static final String SERVER = String.join("\n",
      "import sys, math, signal",
      "sys.set_int_max_str_digits(4300)",
      "def timeout(signum, frame):",
      "    raise TimeoutError('python3 took more than 10 s')",
      "signal.signal(signal.SIGALRM, timeout)",
      "for line in sys.stdin:",
      "    try:",
      "        signal.alarm(10)",
      "        out = repr(eval(line, {'math': math}))",
      "    except Exception as e:",
      "        m = str(e)",
      "        out = type(e).__name__ + (': ' + m if m else '')",
      "    signal.alarm(0)",
      "    sys.stdout.write(out.replace('\\n', '\\\\n') + '\\n')",
      "    sys.stdout.flush()",
      "");

  private final Process process;
  private final BufferedWriter in;
  private final BufferedReader out;

  private PythonOracle(Process process) {
    this.process = process;
    this.in = new BufferedWriter(
        new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code python3}, or returns null when it is not available or is not CPython 3.11. */
  static PythonOracle startOrNull() {
    try {
      Process p = new ProcessBuilder(List.of("python3", "-c", SERVER))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      PythonOracle oracle = new PythonOracle(p);
      String version = oracle.eval("'%d.%d' % __import__('sys').version_info[:2]");
      if (!"'3.11'".equals(version)) {
        oracle.close();
        return null;
      }
      return oracle;
    } catch (IOException e) {
      return null;
    }
  }

  /** CPython's answer for the expression {@code source}. */
  String eval(String source) throws IOException {
    in.write(source);
    in.write('\n');
    in.flush();
    String line = out.readLine();
    if (line == null) {
      throw new IOException("python3 exited");
    }
    return line;
  }

  @Override
  public void close() {
    try {
      in.close();
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // fall through to destroy
    }
    process.destroy();
  }
}
