/**
 * The local HTTP server behind {@code canbo serve}: a JSON API over one shared
 * {@link org.canbo.index.SearchBackend} and the static research page. Example:
 * {@code GET /api/search?q=luân+chuyển&facet.province=Quảng+Ninh} → {@code {"total":1,"hits":[...],
 * "facets":{"year":{"2019":1},...}}}.
 */
package org.canbo.server;
