/**
 * Reading files: Tika adapter, charset detection, limits, process isolation, document ids and
 * article metadata.
 *
 * <p>Example: {@code corpus/000_7ea46ac1337f9b94.txt} → {@code ParsedText("Quảng Yên tập trung
 * ...\nThứ Năm, 30/05/2019, 07:35 [GMT+7]\n...", {}, "text/plain", "UTF-8", false)}.
 */
package org.canbo.ingest;
