package org.canbo.ingest.warc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The document id of an archived page, from its target URI: host and path, query kept, without
 * scheme, fragment, default {@code www.}, trailing slash or a final {@code .html}/{@code .htm}
 * ("https://www.baoquangninh.vn/quang-yen.html?p=2#top" → "baoquangninh.vn/quang-yen?p=2"), so
 * the same page captured again, over http or https, gets the same id and replaces or keeps it.
 */
public final class PageIds {
  private PageIds() {}

  public static String of(String uri) {
    String s = uri.strip();
    String host;
    String path;
    String query;
    try {
      URI u = new URI(s);
      if (u.getHost() == null) {
        return s;
      }
      host = u.getHost();
      path = u.getRawPath() == null ? "" : u.getRawPath();
      query = u.getRawQuery();
    } catch (URISyntaxException e) {
      // Crawlers record what the server linked to, valid or not: take the text apart by hand.
      String rest = s.replaceFirst("#.*$", "").replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
      int q = rest.indexOf('?');
      query = q >= 0 ? rest.substring(q + 1) : null;
      rest = q >= 0 ? rest.substring(0, q) : rest;
      int slash = rest.indexOf('/');
      host = slash >= 0 ? rest.substring(0, slash) : rest;
      path = slash >= 0 ? rest.substring(slash) : "";
    }
    host = host.toLowerCase(Locale.ROOT);
    host = host.startsWith("www.") ? host.substring(4) : host;
    String id = host + trimPath(path);
    return query == null ? id : id + "?" + query;
  }

  private static String trimPath(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      p = p.substring(0, p.length() - 5);
    } else if (lower.endsWith(".htm")) {
      p = p.substring(0, p.length() - 4);
    }
    return p;
  }
}
