package dev.irc.passes;

import java.util.concurrent.atomic.LongAdder;

/**
 * A counter a pass declares and bumps while it runs ({@code num-erased}), reported by
 * {@code --pass-statistics}. It is a {@link LongAdder} so that worker threads running the
 * same pass on different functions can count without locking.
 */
public final class PassStatistic {
  private final String name;
  private final String description;
  private final LongAdder count = new LongAdder();

  public PassStatistic(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public void increment() {
    count.increment();
  }

  public void add(long amount) {
    count.add(amount);
  }

  public long value() {
    return count.sum();
  }
}
