package org.canbo.index;

import org.apache.lucene.search.Query;

/** A parsed user query and how its words are matched. */
record ParsedQuery(Query query, Matching matching) {}
