/**
 * Reading files: Tika adapter, charset detection, limits, process isolation, document ids and
 * article metadata.
 *
 * <p>Entry points: {@link org.canbo.ingest.CorpusWalker} lists files and ids, {@link
 * org.canbo.ingest.DocumentParsers#create} gives a forked-worker {@link
 * org.canbo.ingest.IsolatedParser} or an in-process {@link org.canbo.ingest.TikaDocumentParser};
 * HTML goes through {@link org.canbo.ingest.HtmlPageReader} (see {@code org.canbo.ingest.html}).
 *
 * <p>Example: {@code corpus/000_7ea46ac1337f9b94.txt} → {@code ParsedText("Quảng Yên tập trung
 * ...\nThứ Năm, 30/05/2019, 07:35 [GMT+7]\n...", {}, "text/plain", "UTF-8", false)}.
 */
package org.canbo.ingest;
