package dev.irc.tools;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} text for the command-line tools from the build's version. */
public final class VersionProvider implements IVersionProvider {
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
