package dev.irc.targets.cache;

import dev.irc.ir.Attribute;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.py.conversion.toarith.SiteTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run of cached machine code needs besides the code: the program's number of module
 * globals (the size of the context's global slots) and its site table (the
 * {@code irc.sites} attribute of the lowered module, for tracebacks and deoptimization
 * reports), kept as the attribute's rows so that the status protocol reads it back exactly.
 */
public record ProgramMetadata(int globalCount, ArrayAttr sites) {
  /** The site table the run's context and the status protocol read. */
  public SiteTable siteTable() {
    return SiteTable.fromAttribute(sites);
  }

  /** The metadata as bytes (see {@link #decode}). */
  byte[] encode() {
    var bytes = new ByteArrayOutputStream();
    try (var out = new DataOutputStream(bytes)) {
      out.writeInt(globalCount);
      out.writeInt(sites.elements().size());
      for (Attribute row : sites.elements()) {
        List<Attribute> fields = ((ArrayAttr) row).elements();
        writeString(out, ((StringAttr) fields.get(0)).value());
        writeString(out, ((StringAttr) fields.get(1)).value());
        out.writeLong(((IntegerAttr) fields.get(2)).longValue());
        out.writeLong(((IntegerAttr) fields.get(3)).longValue());
        writeString(out, ((StringAttr) fields.get(4)).value());
        writeString(out, ((StringAttr) fields.get(5)).value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads {@link #encode}'s bytes; throws {@link IOException} when they are not such bytes. */
  static ProgramMetadata decode(byte[] bytes) throws IOException {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int globals = in.readInt();
      int count = in.readInt();
      if (globals < 0 || count < 0 || count > bytes.length) {
        throw new IOException("bad metadata counts");
      }
      var rows = new ArrayList<Attribute>(count);
      for (int i = 0; i < count; i++) {
        var function = new StringAttr(readString(in));
        var file = new StringAttr(readString(in));
        var line = IntegerAttr.i64(in.readLong());
        var column = IntegerAttr.i64(in.readLong());
        var type = new StringAttr(readString(in));
        var message = new StringAttr(readString(in));
        rows.add(new ArrayAttr(List.of(function, file, line, column, type, message)));
      }
      if (in.available() != 0) {
        throw new IOException("trailing metadata bytes");
      }
      return new ProgramMetadata(globals, new ArrayAttr(rows));
    }
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad string length");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
