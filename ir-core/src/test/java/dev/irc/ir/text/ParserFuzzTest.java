package dev.irc.ir.text;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.ExpectedDiagnostics;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear error, never a stack trace: mutates the {@code .mlir} files of every
 * module's {@code src/test/lit} (deleting, duplicating, swapping characters and tokens,
 * truncating, inserting punctuation, identifiers, out-of-range numbers, odd characters and deep
 * nesting) and runs each mutant through parse, verify and print, with unregistered dialects
 * allowed and not.
 *
 * <p>The only acceptable outcomes are success (and then print ∘ parse is a fixed point) or a
 * {@link DiagnosticException} located in the input file. A failure names the input's seed and
 * shows a shrunk input; rerun one input with {@code -Dirc.seed=N -Dirc.fuzz.count=1}.
 */
class ParserFuzzTest {
  private static final long DEFAULT_SEED = 20260117L;
  private static final int DEFAULT_COUNT = 5000;
  /** Each input runs on a thread with a JVM-default-sized stack, so "deep nesting" means the same everywhere. */
  private static final long WORKER_STACK_BYTES = 1L << 20;
  private static final long INPUT_TIMEOUT_SECONDS = 10;
  private static final String NAME = "fuzz.mlir";

  private static final String PUNCTUATION = "{}()[]<>%^@#!\":=,";
  private static final Pattern TOKEN = Pattern.compile(
      "\\s+|//[^\\n]*+|\"(?:[^\"\\\\\\n]++|\\\\.)*+\"|[{}()\\[\\]<>,=:]|->|[^\\s{}()\\[\\]<>,=:\"]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final List<String> IDENTIFIERS = List.of(
      "%x", "%0", "%r#1", "%r#", "%arg0", "%-", "^bb0", "^bb9", "^", "@f", "@\"q\"", "@", "#a.b", "#a", "#",
      "!t.x", "!t.x<", "!t", "!", "i64", "i0", "i1", "i65536", "i65537", "i1000000000000", "f32", "f64", "f16", "index",
      "none", "loc", "loc(", "unknown", "module", "attributes", "true", "false", "unit", "->", "::", "0x", "0x1p",
      "1.5e", "1e5", ".", "-", "$", "\"builtin.module\"", "\"builtin.unrealized_conversion_cast\"", "\"test.op\"",
      "\"nodot\"", "\".x\"", "\"x.\"", "builtin.module", "unrealized_conversion_cast", "(i64) -> i64", "() -> ()",
      " {sym_name = 1}", " {sym_name = \"s\"}", " attributes {sym_name = [1]}", " {\"\u00e9\" = 1}", " {\"a b\" = @\"c d\"}",
      " loc(\"f\":1:1)", " loc(unknown)", "[^bb0]", "[^bb1, ^bb1]", "^bb0(%a: i64):", "^bb1:", " : () -> i64",
      " : (i64) -> (i64, i64)", "0x7FC00000 : f32", "0xFC00 : f16", "1.0e300 : f16", "-0.0 : f64", "1 : i1", "-1 : i1",
      "!t.x<\"<\">", "#t.a<[>", "({})", "({^bb0:})", "// expected-error@+99999999999 {{x}}\n",
      "// expected-error {{}}\n", "// expected-note@below {{x}}\n");
  private static final List<String> NUMBERS = List.of(
      "0", "-1", "1", "2147483647", "2147483648", "4294967296", "9223372036854775808", "-9223372036854775809",
      "99999999999999999999999999999999", "0x", "0xFFFFFFFFFFFFFFFFFFFF", "0x7FF0000000000000", "0x7FC00000",
      "1e309", "1.0e-400", "1.", "1.5e+", "00", "007", "65536", "65537");
  private static final List<String> ODD_TEXT = List.of(
      "\u0000", "\t", "\r", "\r\n", "\u00e9", "\ud83d\ude00", "\ud800", "\udc00", "\u007f", "\\", "\\\"", "\\0",
      "\\ff", "\\x", "\ufeff", "//", "// -----\n", "\n");

  @Test
  void mutatedCorpusGetsDiagnosticsNotCrashes() throws Exception {
    List<String> corpus = corpus();
    assertFalse(corpus.isEmpty(), "no .mlir corpus found");
    long base = Long.getLong("irc.seed", DEFAULT_SEED);
    int count = Integer.getInteger("irc.fuzz.count", DEFAULT_COUNT);
    ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(null, task, "parser-fuzz", WORKER_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (int i = 0; i < count; i++) {
        long seed = base + i;
        String input = mutant(corpus, seed);
        String problem = run(worker, input);
        if (problem != null) {
          String shrunk = shrink(worker, input, problem);
          throw new AssertionError("seed " + seed + " (rerun with -Dirc.seed=" + seed + " -Dirc.fuzz.count=1): "
              + problem + "\n--- shrunk input ---\n" + shrunk + "\n--- end of input ---");
        }
      }
    } finally {
      worker.shutdownNow();
    }
  }

  // ---- oracle -----------------------------------------------------------------------------

  /** Runs {@code input} on the worker; returns what went wrong, or null when it behaved. */
  private static String run(ExecutorService worker, String input) throws InterruptedException {
    Future<String> result = worker.submit(() -> check(input));
    try {
      return result.get(INPUT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      return "no answer within " + INPUT_TIMEOUT_SECONDS + " s (endless loop?)";
    } catch (ExecutionException e) {
      return "unexpected " + describe(e.getCause());
    }
  }

  /** Parses, verifies and prints {@code input} in both contexts; returns a problem or null. */
  static String check(String input) {
    for (boolean allowUnregistered : new boolean[] {true, false}) {
      String problem = checkIn(new IrContext().allowUnregisteredDialects(allowUnregistered), input);
      if (problem != null) {
        return (allowUnregistered ? "[unregistered allowed] " : "[unregistered rejected] ") + problem;
      }
    }
    return null;
  }

  private static String checkIn(IrContext context, String input) {
    var source = new SourceFile(NAME, input);
    String stage = "parsing";
    try {
      Operation module = IrParser.parseModule(context, source);
      stage = "verifying";
      var diagnostics = new DiagnosticEngine();
      boolean valid = Verifier.verify(module, diagnostics);
      String misplaced = misplaced(diagnostics.diagnostics(), source, input.contains("loc("));
      if (misplaced != null) {
        return "verifier " + misplaced;
      }
      stage = "reporting verifier diagnostics";
      report(source, diagnostics.diagnostics());
      stage = "printing generically";
      String generic = AsmPrinter.printToString(module, new PrintOptions(true, true));
      // Invalid IR is printed too (pass failures and debug output do that), but it need not reparse.
      stage = "printing";
      String printed = AsmPrinter.printToString(module, PrintOptions.DEFAULT);
      if (!valid) {
        return null;
      }
      for (String text : List.of(printed, generic)) {
        stage = "reparsing printed IR";
        Operation again;
        try {
          again = IrParser.parseModule(context, new SourceFile("printed.mlir", text));
        } catch (DiagnosticException e) {
          if (e.getMessage().startsWith("nesting is too deep")) {
            // The printer wraps top-level ops in a module: one level deeper than the input.
            continue;
          }
          return "printed IR does not parse back: " + e.diagnostics() + "\n--- printed ---\n" + text;
        }
        boolean isGeneric = text == generic;
        String reprinted = AsmPrinter.printToString(again, isGeneric ? new PrintOptions(true, true) : PrintOptions.DEFAULT);
        if (!reprinted.equals(text)) {
          return "print(parse(print(ir))) != print(ir)\n--- printed ---\n" + text + "--- reprinted ---\n" + reprinted;
        }
      }
      return null;
    } catch (DiagnosticException e) {
      String misplaced = misplaced(e.diagnostics(), source, false);
      if (misplaced != null) {
        return stage + ": " + misplaced;
      }
      try {
        report(source, e.diagnostics());
      } catch (Throwable t) {
        return "reporting " + stage + " diagnostics: " + describe(t);
      }
      return null;
    } catch (Throwable t) {
      return stage + ": " + describe(t);
    }
  }

  /** Renders {@code diagnostics} and checks them against the input's expected-* annotations, as irc-opt does. */
  private static void report(SourceFile source, List<Diagnostic> diagnostics) {
    var sources = new SourceManager();
    sources.add(source);
    var renderer = new DiagnosticRenderer(sources);
    for (Diagnostic diagnostic : diagnostics) {
      renderer.render(diagnostic);
    }
    for (Diagnostic problem : ExpectedDiagnostics.scan(source).check(diagnostics)) {
      renderer.render(problem);
    }
  }

  /**
   * Whether some diagnostic points outside the input. Ops may carry a location the input spelled
   * with {@code loc(...)}, so {@code anyFileAllowed} relaxes the check to "has a location".
   */
  private static String misplaced(List<Diagnostic> diagnostics, SourceFile source, boolean anyFileAllowed) {
    if (diagnostics.isEmpty() && !anyFileAllowed) {
      return null;
    }
    for (Diagnostic diagnostic : diagnostics) {
      Location location = diagnostic.location();
      boolean ok = switch (location) {
        case Location.FileLineCol(String file, int line, int column) -> anyFileAllowed
            || (file.equals(source.name()) && line >= 1 && line <= source.lineCount() && column >= 1
                && column <= source.lineText(line).length() + 1);
        case Location.Unknown unknown -> anyFileAllowed;
      };
      if (!ok || diagnostic.message() == null || diagnostic.message().isBlank()) {
        return "diagnostic not located in the input: " + location + ": " + diagnostic.message();
      }
    }
    return null;
  }

  private static String describe(Throwable t) {
    var out = new StringBuilder(t.toString());
    StackTraceElement[] trace = t.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 12); i++) {
      out.append("\n    at ").append(trace[i]);
    }
    return out.toString();
  }

  /** The first line of a problem: what kind of failure it is, so shrinking keeps the same one. */
  private static String kind(String problem) {
    String first = problem.lines().findFirst().orElse("");
    String second = problem.lines().skip(1).findFirst().orElse("");
    return first.replaceAll(": .*", "") + second;
  }

  /** Delta-debugging lite: drops ever smaller pieces while the same kind of failure remains. */
  private static String shrink(ExecutorService worker, String input, String problem) throws InterruptedException {
    String kind = kind(problem);
    String current = input;
    int budget = 3000;
    for (int piece = Math.max(1, current.length() / 2); piece >= 1 && budget > 0; piece /= 2) {
      boolean progress = true;
      while (progress && budget > 0) {
        progress = false;
        for (int start = 0; start < current.length() && budget > 0; start += piece) {
          String candidate = current.substring(0, start) + current.substring(Math.min(current.length(), start + piece));
          budget--;
          String again = run(worker, candidate);
          if (again != null && kind(again).equals(kind)) {
            current = candidate;
            progress = true;
          }
        }
      }
    }
    return current;
  }

  // ---- inputs -----------------------------------------------------------------------------

  /** The chunks of every {@code <module>/src/test/lit/*.mlir} file, split at {@code // -----}. */
  static List<String> corpus() throws IOException {
    Path root = Path.of(System.getProperty("irc.root", ".."));
    var chunks = new ArrayList<String>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().toList()) {
        Path lit = module.resolve("src/test/lit");
        if (!Files.isDirectory(lit)) {
          continue;
        }
        try (Stream<Path> files = Files.list(lit)) {
          for (Path file : files.filter(p -> p.toString().endsWith(".mlir")).sorted().toList()) {
            try {
              for (String chunk : Files.readString(file).split("(?m)^// -----$")) {
                chunks.add(chunk);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      }
    }
    return chunks;
  }

  /** The input for one seed: a corpus chunk with one to four mutations. */
  static String mutant(List<String> corpus, long seed) {
    var random = new SplittableRandom(seed);
    String text = corpus.get(random.nextInt(corpus.size()));
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      text = mutateOnce(text, corpus, random);
    }
    return text;
  }

  private static String mutateOnce(String text, List<String> corpus, SplittableRandom random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return switch (random.nextInt(12)) {
      case 0 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(8));
        yield text.substring(0, at) + text.substring(end);
      }
      case 1 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(40));
        int to = random.nextInt(text.length() + 1);
        yield text.substring(0, to) + text.substring(at, end) + text.substring(to);
      }
      case 2 -> {
        if (text.length() < 2) {
          yield text;
        }
        char[] chars = text.toCharArray();
        int a = random.nextInt(chars.length);
        int b = random.nextInt(chars.length);
        char c = chars[a];
        chars[a] = chars[b];
        chars[b] = c;
        yield new String(chars);
      }
      case 3 -> text.substring(0, at);
      case 4 -> {
        var punctuation = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
          punctuation.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        }
        yield insert(text, at, punctuation.toString());
      }
      case 5 -> insert(text, at, random.nextBoolean() ? pick(IDENTIFIERS, random) : randomIdentifier(random));
      case 6 -> mutateTokens(text, random);
      case 7 -> replaceNumber(text, random);
      case 8 -> insert(text, at, pick(ODD_TEXT, random));
      case 9 -> {
        String other = pick(corpus, random);
        int from = other.isEmpty() ? 0 : random.nextInt(other.length());
        yield insert(text, at, other.substring(from, Math.min(other.length(), from + 1 + random.nextInt(200))));
      }
      case 10 -> random.nextInt(8) == 0 ? insert(text, lineStart(text, at), deepNesting(random)) : mutateTokens(text, random);
      default -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(3));
        yield text.substring(0, at) + text.substring(end);
      }
    };
  }

  private static String insert(String text, int at, String piece) {
    return text.substring(0, at) + piece + text.substring(at);
  }

  private static int lineStart(String text, int at) {
    int newline = text.lastIndexOf('\n', Math.max(0, at - 1));
    return newline < 0 ? 0 : newline + 1;
  }

  private static String pick(List<String> options, SplittableRandom random) {
    return options.get(random.nextInt(options.size()));
  }

  private static String randomIdentifier(SplittableRandom random) {
    String sigils = "%^@#! ";
    var out = new StringBuilder();
    char sigil = sigils.charAt(random.nextInt(sigils.length()));
    if (sigil != ' ') {
      out.append(sigil);
    }
    String letters = "abcxyz_.$09-#";
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      out.append(letters.charAt(random.nextInt(letters.length())));
    }
    return out.toString();
  }

  private static String mutateTokens(String text, SplittableRandom random) {
    var tokens = new ArrayList<String>();
    Matcher matcher = TOKEN.matcher(text);
    int end = 0;
    while (matcher.find()) {
      if (matcher.start() > end) {
        tokens.add(text.substring(end, matcher.start()));
      }
      tokens.add(matcher.group());
      end = matcher.end();
    }
    if (end < text.length()) {
      tokens.add(text.substring(end));
    }
    if (tokens.isEmpty()) {
      return text;
    }
    int a = random.nextInt(tokens.size());
    int b = random.nextInt(tokens.size());
    switch (random.nextInt(3)) {
      case 0 -> tokens.remove(a);
      case 1 -> tokens.add(b, tokens.get(a));
      default -> {
        String t = tokens.get(a);
        tokens.set(a, tokens.get(b));
        tokens.set(b, t);
      }
    }
    return String.join("", tokens);
  }

  private static String replaceNumber(String text, SplittableRandom random) {
    Matcher matcher = NUMBER.matcher(text);
    var spans = new ArrayList<int[]>();
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    String number = pick(NUMBERS, random);
    if (spans.isEmpty()) {
      return insert(text, random.nextInt(text.length() + 1), number);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + number + text.substring(span[1]);
  }

  /** A deeply nested op, attribute or type; sometimes left unbalanced. */
  static String deepNesting(SplittableRandom random) {
    int limit = IrParser.MAX_NESTING;
    int[] depths = {10, 100, limit - 1, limit, limit + 1, 5000, 20000};
    int depth = depths[random.nextInt(depths.length)];
    boolean balanced = random.nextInt(4) != 0;
    var out = new StringBuilder();
    switch (random.nextInt(5)) {
      case 0 -> {
        out.repeat("\"test.nest\"() ({\n", depth);
        if (balanced) {
          out.repeat("}) : () -> ()\n", depth);
        }
      }
      case 1 -> {
        out.append("\"test.op\"() {a = ").repeat("[", depth).append("1");
        if (balanced) {
          out.repeat("]", depth).append("} : () -> ()\n");
        }
      }
      case 2 -> {
        out.append("\"test.op\"() {a = ").repeat("{a = ", depth).append("1");
        if (balanced) {
          out.repeat("}", depth).append("} : () -> ()\n");
        }
      }
      case 3 -> {
        out.append("\"test.op\"() : () -> ").repeat("(() -> ", depth).append("i64");
        if (balanced) {
          out.repeat(")", depth).append("\n");
        }
      }
      default -> {
        out.repeat("module {\n", depth);
        if (balanced) {
          out.repeat("}\n", depth);
        }
      }
    }
    return out.toString();
  }
}
