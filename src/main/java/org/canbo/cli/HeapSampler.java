package org.canbo.cli;

/** Samples used heap every 20 ms on a daemon thread and keeps the peak, for benchmarks. */
final class HeapSampler {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
  }

  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.thread.start();
    return s;
  }

  private void loop() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long stopAndGetPeak() throws InterruptedException {
    running = false;
    thread.join();
    return peak;
  }
}
