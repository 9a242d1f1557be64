/**
 * Vietnamese number recognition.
 *
 * <p>Example: "gần 13.000 lượt, 96,9%, 12/16 đồng chí, ngày 11/9/2013" → 13000 (approx), 96.9
 * (percent), 12 of 16 (ratio); the date is not a number.
 */
package org.canbo.extract.number;
