/**
 * Scoring figures against gold JSONL annotations by the rules of SCHEMA.md.
 *
 * <p>Example: gold {10 rotation, 5 discipline}, predicted {10 rotation, 4 discipline} → P = R =
 * F1 = 0.5, one miss (5) and one false alarm (4).
 */
package org.canbo.extract.eval;
