package org.canbo.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * Requests written by hand over a socket, for what HttpClient will not send (a chosen Host,
 * malformed targets and headers) and for clients that stall; reads the whole answer until the
 * server closes.
 */
final class RawHttp {
  /** Guards the tests against a hang; never reached when the server behaves. */
  static final int GUARD_MILLIS = 60_000;

  private RawHttp() {}

  /** A response as raw text: status line, headers, body. */
  record Answer(int status, String head, String body) {
    boolean hasHeader(String name, String valuePrefix) {
      return head.lines().anyMatch(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1)
          && l.substring(name.length() + 1).strip().startsWith(valuePrefix));
    }
  }

  /** Sends {@code request} bytes as given and reads the answer until the connection closes. */
  static Answer send(InetSocketAddress server, String request) throws IOException {
    try (Socket socket = connect(server)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = raw.indexOf("\r\n\r\n");
      String head = split < 0 ? raw : raw.substring(0, split);
      return new Answer(Integer.parseInt(head.substring(9, 12)), head,
          split < 0 ? "" : raw.substring(split + 4));
    }
  }

  /** A GET with {@code Connection: close} for {@code target} addressed to {@code host}. */
  static Answer get(InetSocketAddress server, String host, String target) throws IOException {
    return send(server, "GET " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host
        + "\r\n") + "Connection: close\r\n\r\n");
  }

  static Socket connect(InetSocketAddress server) throws IOException {
    Socket socket = new Socket(server.getAddress(), server.getPort());
    socket.setSoTimeout(GUARD_MILLIS);
    return socket;
  }

  /**
   * Blocks until the server closes {@code socket} (or answers and closes); true when it did,
   * false when the guard ran out first.
   */
  static boolean closedByServer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    try {
      while (in.read() >= 0) {
        // an answer before the close is fine; only the close matters
      }
      return true;
    } catch (SocketException e) {
      return true; // reset: closed as well
    } catch (java.net.SocketTimeoutException e) {
      return false;
    }
  }
}
