package nl.integraletoegang.query.beheer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The cause a dead letter keeps, without personal data. The dead-letter table stores the cause in plain text (only
 * the event itself is encrypted), and exception messages may quote the values that failed: a bug's message can name
 * a person, and some PostgreSQL errors quote the offending input. So the stored cause names only what a beheerder
 * needs to find the fault: the exception classes, for a database error its SQLState and the table, column and
 * constraint it concerns, and the place in our code where it was thrown.
 */
final class VeiligeOorzaak {

    private static final String EIGEN_CODE = "nl.integraletoegang.";

    private VeiligeOorzaak() {
    }

    static ThrowableCause van(Throwable failure) {
        if (failure instanceof ThrowableCause al) {
            // a cause read back from the queue on a retry is already safe
            return al;
        }
        List<Throwable> keten = keten(failure);
        List<String> delen = new ArrayList<>();
        delen.add(keten.stream().map(t -> t.getClass().getSimpleName()).distinct()
                .collect(Collectors.joining(" ← ")));
        keten.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .reduce((eerste, tweede) -> tweede)
                .map(VeiligeOorzaak::database)
                .ifPresent(delen::add);
        plaats(keten).ifPresent(plaats -> delen.add("bij " + plaats));
        return new ThrowableCause(failure.getClass().getName(), String.join("; ", delen));
    }

    private static List<Throwable> keten(Throwable failure) {
        List<Throwable> keten = new ArrayList<>();
        for (Throwable t = failure; t != null && !keten.contains(t); t = t.getCause()) {
            keten.add(t);
        }
        return keten;
    }

    /** SQLState and the names of what the statement ran into; never the server's message or detail, which quote values. */
    private static String database(SQLException sql) {
        List<String> delen = new ArrayList<>();
        delen.add("SQLState " + sql.getSQLState());
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            voegToe(delen, "tabel", server.getTable());
            voegToe(delen, "kolom", server.getColumn());
            voegToe(delen, "constraint", server.getConstraint());
            voegToe(delen, "type", server.getDatatype());
        }
        return String.join(", ", delen);
    }

    private static void voegToe(List<String> delen, String naam, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            delen.add(naam + " " + waarde);
        }
    }

    /** The deepest frame of our own code: where the failing handler went wrong. */
    private static Optional<String> plaats(List<Throwable> keten) {
        for (int i = keten.size() - 1; i >= 0; i--) {
            Optional<String> plaats = Arrays.stream(keten.get(i).getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith(EIGEN_CODE))
                    .filter(frame -> !frame.getClassName().contains("$$"))
                    .findFirst()
                    .map(frame -> simpel(frame.getClassName()) + "." + frame.getMethodName() + "("
                            + Objects.requireNonNullElse(frame.getFileName(), "?") + ":" + frame.getLineNumber() + ")");
            if (plaats.isPresent()) {
                return plaats;
            }
        }
        return Optional.empty();
    }

    private static String simpel(String klasse) {
        return klasse.substring(klasse.lastIndexOf('.') + 1);
    }
}
