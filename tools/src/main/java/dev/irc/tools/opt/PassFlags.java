package dev.irc.tools.opt;

import dev.irc.passes.PassRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-pass flags of {@code irc-opt} ({@code --canonicalize}, {@code --cse},
 * {@code --canonicalize=max-iterations=3} or {@code --canonicalize="max-iterations=3 region-simplify=false"}):
 * picked out of the argument list before picocli sees it, in command-line order, and turned
 * into an op-agnostic pipeline text ({@code canonicalize{max-iterations=3},cse}).
 *
 * @param passes the pipeline elements, one per flag
 * @param remaining the arguments left for picocli
 */
record PassFlags(List<String> passes, List<String> remaining) {
  static PassFlags extract(List<String> args, PassRegistry registry) {
    var passes = new ArrayList<String>();
    var remaining = new ArrayList<String>();
    boolean optionsEnded = false;
    for (String arg : args) {
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        remaining.add(arg);
        optionsEnded |= arg.equals("--");
        continue;
      }
      String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
      int equals = body.indexOf('=');
      String name = equals < 0 ? body : body.substring(0, equals);
      if (registry.lookup(name).isEmpty()) {
        remaining.add(arg);
        continue;
      }
      String options = equals < 0 ? "" : body.substring(equals + 1).strip();
      if (options.startsWith("{") && options.endsWith("}")) {
        options = options.substring(1, options.length() - 1).strip();
      }
      passes.add(options.isEmpty() ? name : name + "{" + options + "}");
    }
    return new PassFlags(List.copyOf(passes), List.copyOf(remaining));
  }

  /** The pipeline the flags describe, e.g. {@code canonicalize,cse}. */
  String pipelineText() {
    return String.join(",", passes);
  }
}
