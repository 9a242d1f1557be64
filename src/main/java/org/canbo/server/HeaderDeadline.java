package org.canbo.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections that do not complete a request header in time: a new connection must send
 * its first complete header within the deadline, and a connection that starts another request
 * must finish its header within the deadline too (a client sending a byte now and then resets
 * the idle timeout but not this). Silent connections between requests are left to the idle
 * timeout. Jetty holds no thread for a half-read header; this keeps such connections from
 * filling the connection limit.
 */
final class HeaderDeadline implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

  private final Scheduler scheduler;
  private final long deadlineMillis;

  HeaderDeadline(Scheduler scheduler, Duration deadline) {
    this.scheduler = scheduler;
    this.deadlineMillis = deadline.toMillis();
  }

  @Override
  public void onOpened(Connection connection) {
    scheduler.schedule(new Watch(connection), deadlineMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Checks one connection every half deadline: a header counts as started when bytes arrived
   * since the last complete one, and is late when it is still incomplete one check later.
   */
  private final class Watch implements Runnable {
    private final Connection connection;
    private long messages;
    private long bytes;
    private boolean started;

    Watch(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void run() {
      if (!connection.getEndPoint().isOpen()) {
        return;
      }
      long m = connection.getMessagesIn();
      long b = connection.getBytesIn();
      if (m == 0 || (m == messages && started)) {
        LOG.debug("closing {}: no complete request header within {} ms", connection, deadlineMillis);
        connection.getEndPoint().close();
        return;
      }
      started = m == messages && b > bytes;
      if (m != messages) {
        messages = m;
        bytes = b;
      }
      scheduler.schedule(this, deadlineMillis / 2, TimeUnit.MILLISECONDS);
    }
  }
}
