package org.canbo.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolrTargetTest {
  @Test
  void zooKeeperEnsembleWithChroot() {
    SolrTarget t = SolrTarget.parse(" zk1:2181,zk2:2182/solr ");
    assertThat(t.isZooKeeper()).isTrue();
    assertThat(t.zkHosts()).containsExactly("zk1:2181", "zk2:2182");
    assertThat(t.chroot()).contains("/solr");
    assertThat(t).hasToString("zk1:2181,zk2:2182/solr");
  }

  @Test
  void solrUrlsLoseTheirTrailingSlash() {
    SolrTarget t = SolrTarget.parse("http://a:8983/solr/,https://b:8983/solr");
    assertThat(t.isZooKeeper()).isFalse();
    assertThat(t.solrUrls()).containsExactly("http://a:8983/solr", "https://b:8983/solr");
    assertThat(t.chroot()).isEqualTo(Optional.empty());
    assertThat(t.zkHosts()).isEqualTo(List.of());
  }

  @Test
  void malformedTargetsAreOneClearMessage() {
    assertThatThrownBy(() -> SolrTarget.parse("localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither ZooKeeper HOST:PORT");
    assertThatThrownBy(() -> SolrTarget.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no SolrCloud given");
  }
}
