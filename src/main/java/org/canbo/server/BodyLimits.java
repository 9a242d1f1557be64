package org.canbo.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Request body limits by path: a review ({@code POST /api/reviews}) may carry up to
 * {@link ReviewRoutes#MAX_BODY} bytes (a {@link SizeLimitHandler} counts them), every other
 * request none; a body announced elsewhere is refused (413) before it is read.
 */
final class BodyLimits extends Handler.Wrapper {
  BodyLimits(Handler next) {
    SizeLimitHandler reviews = new SizeLimitHandler(ReviewRoutes.MAX_BODY, -1);
    reviews.setHandler(next);
    setHandler(reviews);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    boolean review = "/api/reviews".equals(Request.getPathInContext(request));
    if (!review && (request.getLength() > 0
        || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING))) {
      Response.writeError(request, response, callback, 413);
      return true;
    }
    return super.handle(request, response, callback);
  }
}
