/**
 * Web archives: the HTML pages a crawler captured in a WARC file, each one an article.
 *
 * <p>Example: a {@code crawl.warc.gz} response record for {@code
 * https://baoquangninh.vn/quang-yen.html}, status 200, {@code text/html; charset=windows-1258},
 * dated 2019-05-30T07:35:00Z → {@code ArchivedPage(offset, "https://baoquangninh.vn/quang-yen.html",
 * 2019-05-30T07:35:00Z, "windows-1258", <html bytes>)}, document id {@code
 * baoquangninh.vn/quang-yen}; revisit records and 404s are counted, not read.
 */
package org.canbo.ingest.warc;
