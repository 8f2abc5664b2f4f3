package nl.integraletoegang.query.versheid;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.platform.privacy.PersoonSleutels;
import org.junit.jupiter.api.Test;

class VernietigdeSleutelsTest {

    @Test
    void theErasuresEventMakesThisProcessForgetThePersonsKey() {
        PersoonSleutels sleutels = mock(PersoonSleutels.class);
        new VernietigdeSleutels(sleutels).on(new PersoonsgegevensGewist("hh-1", "p-1", "Bewaartermijn verstreken"));
        verify(sleutels).vergeet("p-1");
    }
}
