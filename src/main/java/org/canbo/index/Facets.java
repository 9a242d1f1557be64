package org.canbo.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** The facet dimensions of the index and their configuration (counted with doc values). */
public final class Facets {
  public static final String YEAR = "year";
  public static final String SOURCE = "source";
  public static final String LOCALITY = "locality";
  public static final String CATEGORY = "category";
  public static final String PROVINCE = "province";
  public static final String OFFICIAL = "official";
  public static final String DOCUMENT = "document";
  public static final List<String> DIMENSIONS =
      List.of(YEAR, SOURCE, PROVINCE, LOCALITY, CATEGORY, DOCUMENT, OFFICIAL);

  private Facets() {}

  /** A fresh config (FacetsConfig is mutable, so each index owns one). */
  static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(CATEGORY, true);
    config.setMultiValued(PROVINCE, true);
    config.setMultiValued(OFFICIAL, true);
    config.setMultiValued(DOCUMENT, true);
    return config;
  }
}
