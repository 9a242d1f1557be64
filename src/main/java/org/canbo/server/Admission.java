package org.canbo.server;

import java.time.Duration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Admission for one lane of requests: at most {@code running} at once; up to {@code waiting}
 * more wait, holding no thread, for at most {@code maxWait}; beyond either, a 503 that says which
 * lane is full. Searches and the page's own requests (health, files, articles) have separate
 * lanes, so heavy searches never delay a health check.
 */
final class Admission extends QoSHandler {
  private final String lane;
  private final int running;
  private final int waiting;

  Admission(String lane, int running, int waiting, Duration maxWait) {
    this.lane = lane;
    this.running = running;
    this.waiting = waiting;
    setMaxRequestCount(running);
    setMaxSuspendedRequestCount(waiting);
    setMaxSuspend(maxWait);
  }

  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    Response.writeError(request, response, callback, status, "the server is busy: " + running
        + " " + lane + " running and " + waiting + " waiting; try again in a moment");
  }

  @Override
  protected void failSuspended(Request request, Response response, Callback callback, int status,
      Throwable failure) {
    Response.writeError(request, response, callback, status, "the server is busy: this request "
        + "waited " + getMaxSuspend().toSeconds() + " s behind " + running + " " + lane
        + "; try again in a moment");
  }
}
