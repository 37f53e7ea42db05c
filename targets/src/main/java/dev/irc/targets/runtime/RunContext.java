package dev.irc.targets.runtime;

import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.runtime.JavaRuntime;
import dev.irc.py.conversion.toarith.runtime.RunState;
import dev.irc.py.eval.PythonError;
import dev.irc.py.semantics.PyException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The context of one run of compiled code: the native block of slots {@code runtime.mlir}
 * documents (output buffer, status, traceback frames, globals), allocated here and passed as the
 * first argument of every compiled function, and the Java view of it the
 * {@link dev.irc.py.conversion.toarith.runtime.StatusProtocol} reads afterwards. Output reaches
 * {@code out} when the runtime flushes a full buffer ({@link #hostWrite}) or at {@link #commit}.
 * Used by one thread at a time; {@link #close} frees the native memory.
 */
public final class RunContext implements RunState, AutoCloseable {
  private static final int OUTPUT = 0;
  private static final int OUTPUT_LENGTH = 1;
  private static final int OUTPUT_CAPACITY = 2;
  private static final int FLUSHED = 3;
  private static final int STATUS_KIND = 4;
  private static final int STATUS_VALUE = 5;
  private static final int FRAMES = 6;
  private static final int FRAME_COUNT = 7;
  private static final int FRAME_CAPACITY = 8;
  private static final int GLOBALS = 9;
  private static final int GLOBAL_FLAGS = 10;
  private static final int HOST_WRITE = 11;
  private static final int SLOTS = 12;

  private static final long KIND_RAISED = 1;
  private static final long KIND_ERROR = 2;
  private static final long KIND_DEOPT = 3;

  /** Enough for the frames of a RecursionError at depth 1000 and the frames above it. */
  private static final long MAX_FRAMES = 4096;

  private final Arena arena = Arena.ofShared();
  private final MemorySegment slots;
  private final MemorySegment output;
  private final MemorySegment frames;
  private final SiteTable sites;
  private final PrintStream out;

  /** A context for a program with {@code sites} and {@code globalCount} module globals, printing to {@code out}. */
  public RunContext(SiteTable sites, int globalCount, PrintStream out) {
    this.sites = sites;
    this.out = out;
    slots = arena.allocate(ValueLayout.JAVA_LONG, SLOTS);
    output = arena.allocate(JavaRuntime.COMMIT_BYTES);
    frames = arena.allocate(ValueLayout.JAVA_LONG, MAX_FRAMES);
    slots.setAtIndex(ValueLayout.ADDRESS, OUTPUT, output);
    slots.setAtIndex(ValueLayout.JAVA_LONG, OUTPUT_CAPACITY, output.byteSize());
    slots.setAtIndex(ValueLayout.ADDRESS, FRAMES, frames);
    slots.setAtIndex(ValueLayout.JAVA_LONG, FRAME_CAPACITY, MAX_FRAMES);
    slots.setAtIndex(ValueLayout.ADDRESS, GLOBALS, arena.allocate(ValueLayout.JAVA_LONG, Math.max(1, globalCount)));
    slots.setAtIndex(ValueLayout.ADDRESS, GLOBAL_FLAGS, arena.allocate(Math.max(1, globalCount)));
    slots.setAtIndex(ValueLayout.ADDRESS, HOST_WRITE, HostWrite.STUB);
  }

  /** The address compiled code receives as its context argument. */
  public MemorySegment address() {
    return slots;
  }

  /** Binds module global {@code slot} to {@code value} (Long, Double, Boolean, or null for None). */
  public void setGlobal(long slot, Object value) {
    MemorySegment values = slots.getAtIndex(ValueLayout.ADDRESS, GLOBALS).reinterpret((slot + 1) * Long.BYTES);
    MemorySegment flags = slots.getAtIndex(ValueLayout.ADDRESS, GLOBAL_FLAGS).reinterpret(slot + 1);
    long bits = switch (value) {
      case null -> 0;
      case Long l -> l;
      case Double d -> Double.doubleToRawLongBits(d);
      case Boolean b -> b ? 1 : 0;
      default -> throw new IllegalArgumentException("a global of compiled code cannot hold " + value);
    };
    values.setAtIndex(ValueLayout.JAVA_LONG, slot, bits);
    flags.set(ValueLayout.JAVA_BYTE, slot, (byte) 1);
  }

  /** The host write ({@link HostWrite}): the runtime flushes {@code length} bytes at {@code data}. */
  public void hostWrite(MemorySegment data, long length) {
    out.write(data.reinterpret(length).toArray(ValueLayout.JAVA_BYTE), 0, (int) length);
    out.flush();
  }

  private long slot(int index) {
    return slots.getAtIndex(ValueLayout.JAVA_LONG, index);
  }

  @Override
  public boolean committed() {
    return slot(FLUSHED) > 0;
  }

  @Override
  public void commit() {
    long length = slot(OUTPUT_LENGTH);
    out.write(output.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE), 0, (int) length);
    out.flush();
    slots.setAtIndex(ValueLayout.JAVA_LONG, OUTPUT_LENGTH, 0);
    slots.setAtIndex(ValueLayout.JAVA_LONG, FLUSHED, slot(FLUSHED) + Math.max(1, length));
  }

  @Override
  public Long deoptSite() {
    return slot(STATUS_KIND) == KIND_DEOPT ? slot(STATUS_VALUE) : null;
  }

  @Override
  public PythonError pendingError() {
    long kind = slot(STATUS_KIND);
    PyException exception;
    if (kind == KIND_RAISED) {
      SiteTable.Site site = sites.get(slot(STATUS_VALUE));
      exception = new PyException(site.exceptionType(), site.message());
    } else if (kind == KIND_ERROR) {
      exception = RuntimeErrorCode.of(slot(STATUS_VALUE)).exception();
    } else {
      return null;
    }
    var trace = new ArrayList<PyException.Frame>();
    long count = slot(FRAME_COUNT);
    for (long i = 0; i < count; i++) {
      SiteTable.Site site = sites.get(frames.getAtIndex(ValueLayout.JAVA_LONG, i));
      trace.add(new PyException.Frame(site.function(), site.location()));
    }
    return PythonError.of(exception, List.copyOf(trace));
  }

  @Override
  public void close() {
    arena.close();
  }
}
