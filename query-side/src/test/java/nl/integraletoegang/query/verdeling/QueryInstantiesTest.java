package nl.integraletoegang.query.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The fair share of a projection's segments per live query-side instance. */
class QueryInstantiesTest {

    private static final List<String> PROJECTIES = List.of("casushistorie", "escalatiewachtrij",
            "huishoudenoverzicht", "huishoudentoegang", "managementfiguren", "werkvoorraad", "zoekindex");

    @Test
    void theSharesOfAllLiveInstancesAddUpToTheSegmentsAndDifferByAtMostOne() {
        for (int instanties = 1; instanties <= 6; instanties++) {
            List<String> levend = java.util.stream.IntStream.range(0, instanties).mapToObj(i -> "q" + i).toList();
            for (int segmenten : List.of(1, 2, 4, 8, 16)) {
                for (String projectie : PROJECTIES) {
                    List<Integer> aandelen = levend.stream()
                            .map(instantie -> QueryInstanties.aandeel(projectie, elk(segmenten), levend, instantie))
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
        assertThat(QueryInstanties.aandeel("werkvoorraad", elk(4), List.of("a"), "b")).isEqualTo(2);
        assertThat(QueryInstanties.aandeel("werkvoorraad", elk(4), List.of(), "a")).isEqualTo(4);
    }

    @Test
    void theExtraSegmentsSpreadOverTheInstancesAcrossProjections() {
        List<String> levend = List.of("a", "b", "c");
        // 4 segments over 3 instances: one instance gets 2 of a projection, not the same one for every projection
        long metExtra = levend.stream().filter(instantie -> PROJECTIES.stream()
                .anyMatch(projectie -> QueryInstanties.aandeel(projectie, elk(4), levend, instantie) == 2)).count();
        assertThat(metExtra).isGreaterThan(1);
    }

    @Test
    void overAllProjectionsTheInstancesTotalsDifferByAtMostOne() {
        // 5 projections of 4 segments over 3 instances: 7, 7 and 6 (by hash of the projection's name it was 8, 5, 7)
        for (int instanties = 1; instanties <= 6; instanties++) {
            List<String> levend = java.util.stream.IntStream.range(0, instanties).mapToObj(i -> "q" + i).toList();
            for (int segmenten : List.of(1, 2, 3, 4, 6, 8, 12)) {
                List<Integer> totalen = levend.stream().map(instantie -> PROJECTIES.stream()
                        .mapToInt(projectie -> QueryInstanties.aandeel(projectie, elk(segmenten), levend, instantie))
                        .sum()).toList();
                assertThat(totalen.stream().mapToInt(Integer::intValue).sum())
                        .isEqualTo(segmenten * PROJECTIES.size());
                assertThat(totalen.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - totalen.stream().mapToInt(Integer::intValue).min().orElseThrow())
                        .as("%d segments over %d instances: %s", segmenten, instanties, totalen)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    /** Every projection with the same number of segments. */
    private static SortedMap<String, Integer> elk(int segmenten) {
        SortedMap<String, Integer> perProjectie = new TreeMap<>();
        PROJECTIES.forEach(projectie -> perProjectie.put(projectie, segmenten));
        return perProjectie;
    }
}
