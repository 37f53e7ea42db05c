package dev.irc.py.conversion.toarith;

import dev.irc.ir.Attribute;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The sites of a lowered module: each place that can raise, deoptimize or unwind through a call
 * gets a number, passed to {@code @irc_raise}/{@code @irc_deopt}/{@code @irc_traceback}. A site
 * knows its Python function (for the traceback), its source location and, for a raise, the
 * exception type and message. Stored on the module as the {@code irc.sites} attribute so the IR
 * text is self-contained; {@link #fromAttribute} reads it back.
 */
public final class SiteTable {
  /** One site: {@code exceptionType} is empty for deopt and unwind sites. */
  public record Site(String function, Location location, String exceptionType, String message) {}

  private final List<Site> sites = new ArrayList<>();

  /** Adds a site; returns its number. */
  long add(Site site) {
    sites.add(site);
    return sites.size() - 1;
  }

  public Site get(long number) {
    return sites.get((int) number);
  }

  public int size() {
    return sites.size();
  }

  /** {@code [["f", "file", line, col, "ZeroDivisionError", "message"], ...]}. */
  public ArrayAttr toAttribute() {
    var elements = new ArrayList<Attribute>();
    for (Site site : sites) {
      String file = "";
      long line = 0;
      long column = 0;
      if (site.location() instanceof Location.FileLineCol(String f, int l, int c)) {
        file = f;
        line = l;
        column = c;
      }
      elements.add(new ArrayAttr(List.of(new StringAttr(site.function()), new StringAttr(file), IntegerAttr.i64(line),
          IntegerAttr.i64(column), new StringAttr(site.exceptionType()), new StringAttr(site.message()))));
    }
    return new ArrayAttr(elements);
  }

  /** Reads an {@code irc.sites} attribute. */
  public static SiteTable fromAttribute(ArrayAttr attribute) {
    var table = new SiteTable();
    for (Attribute element : attribute.elements()) {
      List<Attribute> f = ((ArrayAttr) element).elements();
      String file = ((StringAttr) f.get(1)).value();
      Location location = file.isEmpty() ? Location.UNKNOWN
          : Location.of(file, (int) ((IntegerAttr) f.get(2)).longValue(), (int) ((IntegerAttr) f.get(3)).longValue());
      table.add(new Site(((StringAttr) f.get(0)).value(), location, ((StringAttr) f.get(4)).value(),
          ((StringAttr) f.get(5)).value()));
    }
    return table;
  }
}
