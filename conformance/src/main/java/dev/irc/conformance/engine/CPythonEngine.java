package dev.irc.conformance.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * CPython 3.11 as an engine: one long-lived {@code python3} process runs many programs, each
 * sent over stdin and executed with {@code exec} in a fresh {@code __main__} namespace with
 * stdout captured, and answers with the output, the exception's last traceback line and the exit
 * code a script run would have had. Measured on the CI machine: about 0.3 ms per small program,
 * against about 20 ms to start one {@code python3} per program. A program running longer than
 * the time limit is stopped (SIGALRM) and reported as {@link Outcome.Kind#TIMEOUT}; a process
 * that stops answering is killed and restarted.
 */
public final class CPythonEngine implements Engine {
  private static final String DRIVER = """
      import io, signal, sys, traceback
      class _FuzzTimeout(BaseException):
          pass
      def _alarm(signum, frame):
          raise _FuzzTimeout()
      signal.signal(signal.SIGALRM, _alarm)
      _in, _out = sys.stdin.buffer, sys.stdout.buffer
      while True:
          header = _in.readline()
          if not header:
              break
          size, limit = header.split()
          source = _in.read(int(size)).decode("utf-8")
          captured, real = io.StringIO(), sys.stdout
          sys.stdout = captured
          code, last = 0, ""
          try:
              signal.setitimer(signal.ITIMER_REAL, float(limit))
              exec(compile(source, "<program>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
          except _FuzzTimeout:
              code, last = -2, "timeout"
          except BaseException as e:
              code, last = 1, traceback.format_exception_only(type(e), e)[-1].strip()
          finally:
              signal.setitimer(signal.ITIMER_REAL, 0)
              sys.stdout = real
          body = captured.getvalue().encode("utf-8", "surrogateescape")
          tail = last.encode("utf-8")
          _out.write(b"%d %d %d\\n" % (code, len(body), len(tail)))
          _out.write(body)
          _out.write(tail)
          _out.flush()
      """;

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "cpython-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final String executable;
  private final double timeLimitSeconds;
  private Process process;
  private OutputStream toPython;
  private InputStream fromPython;

  public CPythonEngine(String executable, double timeLimitSeconds) {
    this.executable = executable;
    this.timeLimitSeconds = timeLimitSeconds;
  }

  /** Whether {@code executable} is CPython 3.11 (the version whose output irc must match). */
  public static boolean isPython311(String executable) {
    try {
      Process check = new ProcessBuilder(executable, "-c",
          "import sys; print(sys.implementation.name == 'cpython' and sys.version_info[:2] == (3, 11))")
          .redirectErrorStream(true).start();
      String answer = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return check.waitFor(20, TimeUnit.SECONDS) && answer.equals("True");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String name() {
    return "cpython";
  }

  @Override
  public synchronized Outcome run(String fileName, String source) {
    var killed = new AtomicBoolean();
    ScheduledFuture<?> watchdog = null;
    try {
      ensureStarted();
      Process current = process;
      watchdog = WATCHDOG.schedule(() -> {
        killed.set(true);
        current.destroyForcibly();
      }, (long) (timeLimitSeconds * 4000) + 5000, TimeUnit.MILLISECONDS);
      byte[] program = source.getBytes(StandardCharsets.UTF_8);
      toPython.write((program.length + " " + timeLimitSeconds + "\n").getBytes(StandardCharsets.US_ASCII));
      toPython.write(program);
      toPython.flush();
      String[] header = readLine().split(" ");
      int code = Integer.parseInt(header[0]);
      String stdout = new String(fromPython.readNBytes(Integer.parseInt(header[1])), StandardCharsets.UTF_8);
      String last = new String(fromPython.readNBytes(Integer.parseInt(header[2])), StandardCharsets.UTF_8);
      if (code == -2) {
        return Outcome.of(Outcome.Kind.TIMEOUT, "python3 took more than " + timeLimitSeconds + " s");
      }
      return new Outcome(Outcome.Kind.RAN, stdout, last, code);
    } catch (IOException | RuntimeException e) {
      close();
      return killed.get() ? Outcome.of(Outcome.Kind.TIMEOUT, "python3 stopped answering; killed")
          : Outcome.of(Outcome.Kind.ENGINE_ERROR, "python3 driver failed: " + e);
    } finally {
      if (watchdog != null) {
        watchdog.cancel(false);
      }
    }
  }

  private void ensureStarted() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    process = new ProcessBuilder(executable, "-u", "-c", DRIVER).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    toPython = process.getOutputStream();
    fromPython = new BufferedInputStream(process.getInputStream());
  }

  private String readLine() throws IOException {
    var line = new ByteArrayOutputStream();
    for (int b = fromPython.read(); b != '\n'; b = fromPython.read()) {
      if (b < 0) {
        throw new IOException("python3 driver exited");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      process.destroyForcibly();
      process = null;
    }
  }
}
