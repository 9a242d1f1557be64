package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    Codes codes = new Codes();
    for (DocumentMention m : mentions) {
      Merged target = merged.stream().filter(g -> g.accepts(m)).findFirst().orElse(null);
      if (target == null) {
        merged.add(new Merged(m, codes));
      } else {
        target.add(m);
      }
    }
    foldUnnumbered(merged, codes);
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
  private void foldUnnumbered(List<Merged> merged, Codes codes) {
    for (Merged g : List.copyOf(merged)) {
      if (g.number != null || g.plenum != null) {
        continue;
      }
      String code = codes.issuer(null, g.issuer);
      List<Merged> numbered = merged.stream()
          .filter(n -> n.number != null && code != null && n.sameKind(g)
              && code.equals(codes.issuer(n.number, n.issuer)))
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

  /**
   * The kind and issuer codes of one merge's mentions, each worked out once: mentions are compared
   * pair by pair, and each code costs a normalisation and a few regexes. Confined to one merge.
   */
  private final class Codes {
    private final Map<String, String> types = new HashMap<>();
    private final Map<List<String>, Optional<String>> issuers = new HashMap<>();

    String type(String docType) {
      return types.computeIfAbsent(docType, keys::typeCode);
    }

    String issuer(String number, String issuer) {
      return issuers.computeIfAbsent(Arrays.asList(number, issuer),
          k -> Optional.ofNullable(keys.issuerCode(number, issuer))).orElse(null);
    }
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
    private final Codes codes;

    Merged(DocumentMention m, Codes codes) {
      this.codes = codes;
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
      return codes.type(docType).equals(codes.type(other.docType));
    }

    boolean accepts(DocumentMention m) {
      if (!Objects.equals(codes.type(docType), codes.type(m.docType()))) {
        return false;
      }
      String myIssuer = codes.issuer(number, issuer);
      String theirIssuer = codes.issuer(m.number(), m.issuer());
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
