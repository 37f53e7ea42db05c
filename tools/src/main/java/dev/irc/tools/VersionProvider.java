package dev.irc.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} text for the command-line tools from the build's version. */
public final class VersionProvider implements IVersionProvider {
  /**
   * Prints {@code name}'s version text as picocli does for {@code --version}, for a tool that
   * does not parse its arguments with picocli ({@code irc}: its start-up does not load picocli).
   */
  public static void print(String name, PrintStream out) {
    var spec = CommandLine.Model.CommandSpec.create().name(name).versionProvider(new VersionProvider());
    new CommandLine(spec).printVersionHelp(out);
  }

  @Override
  public String[] getVersion() throws IOException {
    var properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"${COMMAND-NAME} " + properties.getProperty("version", "unknown")
        + " (Java " + Runtime.version() + ")"};
  }
}
