package dev.irc.filecheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code filecheck} command: {@code filecheck CHECKFILE [options] < input}, with LLVM
 * FileCheck's options and exit codes (0 pass, 1 mismatch, 2 usage or check-file error).
 *
 * <p>It exists so that RUN lines and shell users drive the {@link FileCheck} library exactly as
 * they would drive LLVM's tool, either as a process or in-process through {@link #run}.
 */
public final class FileCheckMain {
  private FileCheckMain() {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
  }

  /**
   * Runs FileCheck with command-line {@code args}, reading the input from {@code in} unless
   * {@code --input-file} names a file; diagnostics go to {@code err}.
   *
   * @return the exit code
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    FileCheckOptions options = FileCheckOptions.defaults();
    List<String> prefixes = new ArrayList<>();
    List<String> implicitNots = new ArrayList<>();
    String checkFile = null;
    String inputFile = "-";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-") || arg.equals("-")) {
        if (checkFile != null) {
          err.println("FileCheck: Too many positional arguments specified!");
          return 2;
        }
        checkFile = arg;
        continue;
      }
      if (arg.startsWith("-D") && !arg.startsWith("--")) {
        String definition = arg.length() > 2 ? arg.substring(2) : valueAt(args, ++i);
        int equals = definition == null ? -1 : definition.indexOf('=');
        if (equals <= 0) {
          err.println("FileCheck: Missing equal sign in command-line definition '-D"
              + definition + "'");
          return 2;
        }
        options = options.withDefine(definition.substring(0, equals),
            definition.substring(equals + 1));
        continue;
      }
      String option = arg.replaceFirst("^--?", "");
      String name = option;
      String value = null;
      int equals = option.indexOf('=');
      if (equals >= 0) {
        name = option.substring(0, equals);
        value = option.substring(equals + 1);
      }
      switch (name) {
        case "check-prefix", "check-prefixes", "comment-prefixes", "input-file",
            "implicit-check-not", "dump-input", "dump-input-filter", "dump-input-context" -> {
          if (value == null) {
            value = valueAt(args, ++i);
            if (value == null) {
              err.println("FileCheck: for the --" + name + " option: requires a value!");
              return 2;
            }
          }
          switch (name) {
            case "check-prefix", "check-prefixes" ->
                prefixes.addAll(Arrays.asList(value.split(",", -1)));
            case "comment-prefixes" ->
                options = options.withCommentPrefixes(Arrays.asList(value.split(",", -1)));
            case "input-file" -> inputFile = value;
            case "implicit-check-not" -> implicitNots.add(value);
            default -> { }
          }
        }
        case "strict-whitespace" -> options = options.withStrictWhitespace(flag(value));
        case "match-full-lines" -> options = options.withMatchFullLines(flag(value));
        case "ignore-case" -> options = options.withIgnoreCase(flag(value));
        case "allow-empty" -> options = options.withAllowEmptyInput(flag(value));
        case "allow-unused-prefixes" -> options = options.withAllowUnusedPrefixes(flag(value));
        case "enable-var-scope" -> options = options.withEnableVarScope(flag(value));
        case "v", "vv", "color", "allow-deprecated-dag-overlap" -> { }
        default -> {
          err.println("FileCheck: Unknown command line argument '" + arg + "'.");
          return 2;
        }
      }
    }
    if (checkFile == null) {
      err.println("FileCheck: Not enough positional command line arguments specified!");
      err.println("Must specify at least 1 positional argument: See: FileCheck --help");
      return 2;
    }
    if (!prefixes.isEmpty()) {
      options = options.withCheckPrefixes(prefixes);
    }
    options = options.withImplicitCheckNot(implicitNots);
    String checkText;
    try {
      checkText = Files.readString(Path.of(checkFile), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("Could not open check file '" + checkFile + "': " + reason(e));
      return 2;
    }
    String inputName = inputFile.equals("-") ? "<stdin>" : inputFile;
    String input;
    try {
      input = inputFile.equals("-")
          ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(inputFile), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("Could not open input file '" + inputFile + "': " + reason(e));
      return 2;
    }
    FileCheckResult result = FileCheck.check(checkFile, checkText, inputName, input, options);
    err.print(result.diagnostics());
    err.flush();
    return result.exitCode();
  }

  private static String valueAt(List<String> args, int index) {
    return index < args.size() ? args.get(index) : null;
  }

  private static boolean flag(String value) {
    return value == null || value.equals("true") || value.equals("1");
  }

  private static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "No such file or directory" : e.toString();
  }
}
