/**
 * Party and state bodies as written, with locality and abbreviations expanded, and the abbreviation
 * table shared with search.
 *
 * <p>Example: "Chủ tịch UBND TX Quảng Yên" → {@code OrganisationMention} "UBND TX Quảng Yên", name
 * "Ủy ban nhân dân thị xã Quảng Yên", kind "state", locality "thị xã Quảng Yên".
 */
package org.canbo.extract.organisation;
