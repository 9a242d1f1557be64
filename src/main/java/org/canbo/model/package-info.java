/**
 * Immutable records shared by every stage; validation only, no behaviour.
 *
 * <p>Example: {@code new Span(0, 6, "word")} over "cán bộ ..." covers "cán bộ".
 */
package org.canbo.model;
