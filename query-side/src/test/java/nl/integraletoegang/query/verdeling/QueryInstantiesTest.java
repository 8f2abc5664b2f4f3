package nl.integraletoegang.query.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fair share of a projection's segments per live query-side instance. */
class QueryInstantiesTest {

    private static final List<String> PROJECTIES = List.of("casushistorie", "escalatiewachtrij",
            "huishoudenoverzicht", "managementfiguren", "werkvoorraad", "zoekindex");

    @Test
    void theSharesOfAllLiveInstancesAddUpToTheSegmentsAndDifferByAtMostOne() {
        for (int instanties = 1; instanties <= 6; instanties++) {
            List<String> levend = java.util.stream.IntStream.range(0, instanties).mapToObj(i -> "q" + i).toList();
            for (int segmenten : List.of(1, 2, 4, 8, 16)) {
                for (String projectie : PROJECTIES) {
                    List<Integer> aandelen = levend.stream()
                            .map(instantie -> QueryInstanties.aandeel(projectie, segmenten, levend, instantie))
                            .toList();
                    assertThat(aandelen.stream().mapToInt(Integer::intValue).sum()).isEqualTo(segmenten);
                    assertThat(aandelen.stream().mapToInt(Integer::intValue).max().orElseThrow()
                            - aandelen.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void anInstanceNotYetSeenCountsItselfIn() {
        assertThat(QueryInstanties.aandeel("werkvoorraad", 4, List.of("a"), "b")).isEqualTo(2);
        assertThat(QueryInstanties.aandeel("werkvoorraad", 4, List.of(), "a")).isEqualTo(4);
    }

    @Test
    void theExtraSegmentsSpreadOverTheInstancesAcrossProjections() {
        List<String> levend = List.of("a", "b", "c");
        // 4 segments over 3 instances: one instance gets 2 of a projection, not the same one for every projection
        long metExtra = levend.stream().filter(instantie -> PROJECTIES.stream()
                .anyMatch(projectie -> QueryInstanties.aandeel(projectie, 4, levend, instantie) == 2)).count();
        assertThat(metExtra).isGreaterThan(1);
    }
}
