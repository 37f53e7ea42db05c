package dev.irc.tools;

import dev.irc.tools.opt.IrcOpt;
import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the launchers' JDK AOT cache (JEP 483/514/515): runs, in one JVM, the
 * command lines it is given, separated by {@code --} and each starting with {@code irc} or
 * {@code irc-opt}, e.g. {@code irc run examples/primes.py -- irc-opt examples/sum.mlir --cse}, so
 * that the classes (and profiles) of both tools' common paths are in the one cache that
 * {@code bin/irc} and {@code bin/irc-opt} share. The tools' output is discarded; a command that
 * does not exit with 0 fails the training (and the build), with its output on standard error.
 * Run by {@code tools/src/aot/train.sh} in the {@code package} phase.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) {
    var commands = new ArrayList<List<String>>();
    var current = new ArrayList<String>();
    for (String arg : args) {
      if (arg.equals("--")) {
        commands.add(List.copyOf(current));
        current.clear();
      } else {
        current.add(arg);
      }
    }
    commands.add(List.copyOf(current));
    for (List<String> command : commands) {
      if (command.isEmpty()) {
        continue;
      }
      var out = new ByteArrayOutputStream();
      var printer = new PrintStream(out, true, StandardCharsets.UTF_8);
      var in = new ByteArrayInputStream(new byte[0]);
      List<String> arguments = command.subList(1, command.size());
      int exitCode = switch (command.getFirst()) {
        case "irc" -> IrcMain.run(arguments, in, printer, printer);
        case "irc-opt" -> IrcOpt.run(arguments, in, printer, printer);
        default -> {
          printer.println("AotTraining: a command starts with irc or irc-opt, not '" + command.getFirst() + "'");
          yield 2;
        }
      };
      if (exitCode != 0) {
        System.err.println("AotTraining: '" + String.join(" ", command) + "' exited with " + exitCode + ":");
        System.err.print(out.toString(StandardCharsets.UTF_8));
        System.exit(1);
      }
    }
    System.exit(0);
  }
}
