package nl.integraletoegang.query.brp;

import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.veld.Persoonsnaam;
import org.junit.jupiter.api.Test;

/**
 * The fictitious residents of the standalone version: who lives where on a date, and every record is one a melding
 * accepts as it is (a BSN that passes the elfproef, a name the field rule allows, a full date of birth).
 */
class FictieveBewonersTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private final FictieveBewoners register = new FictieveBewoners(new ObjectMapper()
            .registerModule(new JavaTimeModule()), KLOK);

    @Test
    void theElAmraniFamilyLivesAtKerkstraat12A() {
        assertThat(register.bewoners(new AdresVraag("7411KL", 12, null, null), LocalDate.of(2026, 6, 15)))
                .extracting(BrpPersoon::volledigeNaam)
                .containsExactly("Fatima el Amrani", "Karim el Amrani", "Youssef el Amrani");
        assertThat(register.bewoners(new AdresVraag("7411KL", 12, "A", null), LocalDate.of(2026, 6, 15)))
                .hasSize(3);
        assertThat(register.bewoners(new AdresVraag("7411KL", 12, "B", null), LocalDate.of(2026, 6, 15))).isEmpty();
    }

    @Test
    void onAnEarlierDateTheResidentsOfThatDayAreFound() {
        AdresVraag hogeHondstraat = new AdresVraag("7412AX", 40, null, null);
        assertThat(register.bewoners(hogeHondstraat, LocalDate.of(2018, 1, 1)))
                .extracting(BrpPersoon::volledigeNaam).containsExactly("Lukas Müller", "Daan de Jong");
        assertThat(register.bewoners(hogeHondstraat, LocalDate.of(2026, 6, 15)))
                .extracting(BrpPersoon::volledigeNaam)
                .containsExactly("Lukas Müller", "Sanne van den Berg", "Noah Müller");
    }

    @Test
    void aPersonIsFoundByBsnWithTheirCurrentAddress() {
        BrpPersoon fatima = register.persoon("999990019").orElseThrow();
        assertThat(fatima.geboortedatum()).isEqualTo(LocalDate.of(1968, 4, 3));
        assertThat(fatima.adres()).isEqualTo(new Adres("7411KL", 12, "A", null, "Kerkstraat", "Deventer"));
        assertThat(register.persoon("999990111").orElseThrow().adres()).as("moved away in 2019").isNull();
        assertThat(register.persoon("999990007")).isEmpty();
    }

    @Test
    void everyResidentIsOneAMeldingAccepts() {
        LocalDate ooit = LocalDate.of(2019, 4, 1);
        var iedereen = new java.util.ArrayList<BrpPersoon>();
        for (var adres : new String[][] {{"7411KL", "12"}, {"7411BT", "3"}, {"7412AX", "40"}}) {
            AdresVraag vraag = new AdresVraag(adres[0], Integer.parseInt(adres[1]), null, null);
            iedereen.addAll(register.bewoners(vraag, LocalDate.of(2026, 6, 15)));
            iedereen.addAll(register.bewoners(vraag, ooit));
        }
        assertThat(iedereen).hasSizeGreaterThanOrEqualTo(9).allSatisfy(persoon -> {
            assertThat(Bsn.isValid(persoon.bsn())).as(persoon.bsn()).isTrue();
            assertThat(persoon.bsn()).startsWith("9999");
            assertThat(persoon.volledigeNaam()).matches(Persoonsnaam.TEKENS);
            assertThat(persoon.geboortedatum()).isNotNull();
        });
    }
}
