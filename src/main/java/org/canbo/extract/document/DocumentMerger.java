package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canbo.model.DocumentRef;
import org.canbo.nlp.sentence.Sentence;

/**
 * Merges the citations of one text into one reference per document: same kind code and number
 * (issuers agreeing or one unknown), or same plenum (terms agreeing), or, unnumbered, same issuer and
 * term; fields missing from one mention are taken from the others and provenance points to the
 * fullest mention.
 */
final class DocumentMerger {
  private final DocumentKeys keys;

  DocumentMerger(DocumentKeys keys) {
    this.keys = keys;
  }

  List<DocumentRef> merge(String docId, String text, List<DocumentMention> mentions,
      List<Sentence> sentences) {
    List<Merged> merged = new ArrayList<>();
    for (DocumentMention m : mentions) {
      Merged target = merged.stream().filter(g -> g.accepts(m)).findFirst().orElse(null);
      if (target == null) {
        merged.add(new Merged(m));
      } else {
        target.add(m);
      }
    }
    foldUnnumbered(merged);
    foldWeak(merged);
    List<DocumentRef> out = new ArrayList<>(merged.size());
    for (Merged g : merged) {
      DocumentMention p = g.provenance;
      out.add(new DocumentRef(g.docType, g.number, g.date, g.issuer, g.term, g.plenum,
          keys.key(g.docType, g.number, g.issuer, g.plenum, g.term), text.substring(p.start(), p.end()),
          docId, sentenceOf(sentences, p.start()), p.start(), p.end(),
          DocumentConfidence.of(g.mentions.stream().map(DocumentMention::evidence).toList())));
    }
    return out;
  }

  /**
   * "Nghị quyết của Thành ủy" in an article that also cites "Nghị quyết số 04-NQ/TU" of the same
   * committee means that one, when it is the only such numbered document.
   */
  private void foldUnnumbered(List<Merged> merged) {
    for (Merged g : List.copyOf(merged)) {
      if (g.number != null || g.plenum != null) {
        continue;
      }
      String code = keys.issuerCode(null, g.issuer);
      List<Merged> numbered = merged.stream()
          .filter(n -> n.number != null && code != null && n.sameKind(g)
              && code.equals(keys.issuerCode(n.number, n.issuer)))
          .toList();
      if (numbered.size() == 1) {
        numbered.get(0).add(g.provenance);
        merged.remove(g);
      }
    }
  }

  /**
   * "Đại hội thông qua Nghị quyết" after "Nghị quyết của Đảng bộ tỉnh ...": a mention named only by
   * how it is written refers back to the last document of its kind cited before it, if any; a
   * title with its subject ("Quy định về phân cấp quản lý cán bộ") only to one on the same subject.
   */
  private void foldWeak(List<Merged> merged) {
    for (Merged g : List.copyOf(merged)) {
      if (!g.provenance.weak() || g.mentions.size() > 1) {
        continue;
      }
      int at = g.provenance.start();
      Merged antecedent = null;
      int latest = -1;
      for (Merged n : merged) {
        int last = n.lastStartBefore(at);
        if (n != g && n.sameKind(g) && last > latest) {
          antecedent = n;
          latest = last;
        }
      }
      if (antecedent != null && antecedent.mentions.stream().anyMatch(g.provenance::refersTo)) {
        antecedent.add(g.provenance);
        merged.remove(g);
      }
    }
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  /** One document with the union of what its mentions say. */
  private final class Merged {
    final String docType;
    String number;
    String date;
    String issuer;
    String term;
    String plenum;
    DocumentMention provenance;
    final List<DocumentMention> mentions = new ArrayList<>();

    Merged(DocumentMention m) {
      mentions.add(m);
      this.docType = m.docType();
      this.number = m.number();
      this.date = m.date();
      this.issuer = m.issuer();
      this.term = m.term();
      this.plenum = m.plenum();
      this.provenance = m;
    }

    boolean sameKind(Merged other) {
      return keys.typeCode(docType).equals(keys.typeCode(other.docType));
    }

    boolean accepts(DocumentMention m) {
      if (!Objects.equals(keys.typeCode(docType), keys.typeCode(m.docType()))) {
        return false;
      }
      String myIssuer = keys.issuerCode(number, issuer);
      String theirIssuer = keys.issuerCode(m.number(), m.issuer());
      boolean issuersAgree = myIssuer == null || theirIssuer == null || myIssuer.equals(theirIssuer);
      boolean termsAgree = term == null || m.term() == null || term.equals(m.term());
      if (number != null || m.number() != null) {
        return number != null && m.number() != null && issuersAgree
            && DocumentKeys.numberId(number).equals(DocumentKeys.numberId(m.number()));
      }
      if (plenum != null || m.plenum() != null) {
        return Objects.equals(plenum, m.plenum()) && termsAgree;
      }
      return myIssuer != null && myIssuer.equals(theirIssuer) && termsAgree;
    }

    /** Start of the last mention before {@code pos}, -1 when none. */
    int lastStartBefore(int pos) {
      return mentions.stream().mapToInt(DocumentMention::start).filter(s -> s < pos).max().orElse(-1);
    }

    void add(DocumentMention m) {
      mentions.add(m);
      if (m.number() != null && m.number().contains("/") && number != null && !number.contains("/")) {
        number = m.number();
      }
      date = date != null ? date : m.date();
      issuer = issuer != null ? issuer : m.issuer();
      term = term != null ? term : m.term();
      if (m.richness() > provenance.richness()) {
        provenance = m;
      }
    }
  }
}
