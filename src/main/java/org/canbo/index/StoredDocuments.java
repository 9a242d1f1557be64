package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.canbo.index.copies.CopyFields;
import org.canbo.model.Document;

/** Reads whole stored articles from one reader: by id, as citation rows, or all in id order. */
final class StoredDocuments {
  private static final Set<String> ROW_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.TITLE);

  private final DirectoryReader reader;

  StoredDocuments(DirectoryReader reader) {
    this.reader = reader;
  }

  /** The Lucene doc number of the live document with this id, or -1. */
  int docNumber(String id) throws IOException {
    TopDocs top = new IndexSearcher(reader).search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  Optional<Document> find(String id) throws IOException {
    int doc = docNumber(id);
    return doc < 0 ? Optional.empty()
        : Optional.of(IndexSchema.toModel(reader, reader.storedFields(), doc)
            .withCopies(CopyFields.read(reader, doc)));
  }

  List<ArticleRow> articles() throws IOException {
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    List<ArticleRow> rows = new ArrayList<>(reader.numDocs());
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live == null || live.get(i)) {
        org.apache.lucene.document.Document d = stored.document(i, ROW_FIELDS);
        rows.add(new ArticleRow(d.get(IndexSchema.ID), d.get(IndexSchema.DATE),
            d.get(IndexSchema.SOURCE), d.get(IndexSchema.TITLE)));
      }
    }
    rows.sort(Comparator.comparing(ArticleRow::id));
    return rows;
  }

  /** Loads one document at a time, in id order: exports stream, the corpus is never in memory. */
  void forEach(CorpusSearcher.DocumentConsumer consumer) throws IOException {
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    List<Integer> docs = new ArrayList<>(reader.numDocs());
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live == null || live.get(i)) {
        docs.add(i);
      }
    }
    for (int doc : DocOrder.byId(stored, docs)) {
      consumer.accept(IndexSchema.toModel(reader, stored, doc)
          .withCopies(CopyFields.read(reader, doc)));
    }
  }
}
