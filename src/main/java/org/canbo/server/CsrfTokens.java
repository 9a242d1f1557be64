package org.canbo.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-session CSRF tokens without server-side state: a session is a random id in an HttpOnly,
 * SameSite=Strict cookie, its token the HMAC of that id under a key made when the server starts.
 * The page reads the token from {@code GET /api/session} and sends it in {@code X-CSRF-Token};
 * another site can neither read the token nor make a browser send the header.
 */
final class CsrfTokens {
  static final String COOKIE = "canbo_session";
  static final String HEADER = "X-CSRF-Token";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];

  CsrfTokens() {
    random.nextBytes(key);
  }

  /** A new session id. */
  String newSession() {
    byte[] id = new byte[18];
    random.nextBytes(id);
    return B64.encodeToString(id);
  }

  /** The token of a session. */
  String token(String session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
    }
  }

  /** True when {@code token} is the session's (compared in constant time). */
  boolean valid(String session, String token) {
    if (session == null || token == null || session.length() > 64) {
      return false;
    }
    return MessageDigest.isEqual(token(session).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** The Set-Cookie value for a session. */
  static String cookie(String session) {
    return COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict";
  }
}
