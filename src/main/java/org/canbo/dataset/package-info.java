/**
 * Datasets for pandas, R and Stata: figures and articles as JSONL or CSV, with provenance.
 *
 * <p>Example: a document with the figure "luân chuyển 10 cán bộ" gives the CSV row
 * {@code 000_7ea46ac1337f9b94,5,1934,1955,1,luân chuyển 10 cán bộ,10,count,,cán bộ,false,rotation,...}.
 */
package org.canbo.dataset;
