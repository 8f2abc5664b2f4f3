package nl.integraletoegang.standalone;

import java.time.LocalDate;
import nl.integraletoegang.command.generator.GemeenteGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the standalone database with a fictitious municipality, in a process of its own, and stops (README: "A
 * filled municipality"). The command side takes every household's history in with its historical moments; the
 * projections are stopped meanwhile and catch up when the service starts on the database (their tokens stay where
 * they were), so generating does not share the two cores with projecting, and the next start shows the full replay.
 *
 * <p>Settings (system properties): {@code huishoudens} (1000), {@code jaren} (3), {@code seed} (42), {@code tot}
 * (today: the last day of the history, exclusive), {@code threads} (4), {@code data} (the embedded PostgreSQL's data
 * folder, {@code data/postgres} as standalone mode's).
 */
public final class GemeenteGenereren {

    private GemeenteGenereren() {
    }

    public static void main(String[] args) throws InterruptedException {
        int huishoudens = Integer.getInteger("huishoudens", 1000);
        int jaren = Integer.getInteger("jaren", 3);
        long seed = Long.getLong("seed", 42L);
        String tot = System.getProperty("tot", "");
        String data = System.getProperty("data", "data/postgres");
        // as command-line arguments, so they win over application.yml (the data folder above all)
        String[] instellingen = {
            "--integrale-toegang.generator.enabled=true",
            "--integrale-toegang.generator.threads=" + Integer.getInteger("threads", 4),
            "--integrale-toegang.embedded-postgres.data-directory=" + data,
            "--server.port=0",
            // this process only: a crash while generating means generating again, so its commits need not wait
            // for the disk (the service itself keeps synchronous_commit on)
            "--spring.datasource.hikari.connection-init-sql=SET synchronous_commit TO off"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(instellingen)) {
            GemeenteGenerator.Stand stand = context.getBean(GemeenteGenerator.class).genereer(
                    new GemeenteGenerator.Opdracht(huishoudens, jaren, seed, tot.isBlank() ? null : LocalDate.parse(tot),
                            false));
            System.out.printf("%nGenerated %,d households (%,d failed) in %s over %d years, seed %d: %,d commands and "
                            + "%,d events in %.0f s = %,.0f commands/s, %,.0f events/s%n", stand.klaar(),
                    stand.mislukt(), data, jaren, seed, stand.commands(), stand.events(), stand.seconden(),
                    stand.commandsPerSeconde(), stand.eventsPerSeconde());
            if (stand.laatsteFout() != null) {
                System.out.println("last failure: " + stand.laatsteFout());
            }
        }
    }
}
