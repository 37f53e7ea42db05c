package dev.irc.tools;

import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import java.util.ServiceLoader;

/**
 * Builds a context holding every dialect on the class path. Dialects announce themselves as
 * {@code java.util.ServiceLoader} services of {@link Dialect} (a line in
 * {@code META-INF/services/dev.irc.ir.Dialect}), so a new dialect needs no edit to the tools.
 */
public final class AvailableDialects {
  private AvailableDialects() {}

  public static IrContext newContext() {
    return newContext(AvailableDialects.class.getClassLoader());
  }

  /** A context of every dialect {@code loader} sees (the tools' and those of plugin jars). */
  public static IrContext newContext(ClassLoader loader) {
    var context = new IrContext();
    for (Dialect dialect : ServiceLoader.load(Dialect.class, loader)) {
      context.load(dialect);
    }
    return context;
  }
}
