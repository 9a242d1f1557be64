/**
 * Extraction of structured data (figures) from clean article text.
 *
 * <p>Example: "thi hành kỷ luật 47 cán bộ, trong đó khiển trách 33 trường hợp" → two figures,
 * 47 (discipline, check "mismatch" as only 33 is listed) and 33 (discipline / khiển trách,
 * part_of "47 cán bộ").
 */
package org.canbo.extract;
