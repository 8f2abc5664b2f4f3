package nl.integraletoegang.standalone.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The ceiling: the rate at which the same PostgreSQL takes durable single-row inserts, each its own transaction
 * (autocommit), from as many concurrent connections as there are HTTP clients. No command can be cheaper than
 * one such commit, so the write path's rate is measured against this one.
 */
final class InsertCeiling {

    static final String TABLE = "benchmark_ceiling";

    /** The JDBC coordinates of the application's database, so the ceiling is taken on exactly that one. */
    record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }
    }

    private InsertCeiling() {
    }

    static void createTable(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE
                    + " (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload VARCHAR(255) NOT NULL)");
        }
    }

    static void dropTable(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + TABLE);
        }
    }

    /** One client: its own connection, one prepared single-row INSERT per operation, committed on its own. */
    static TimedLoad.Worker worker(Database database) {
        try {
            Connection connection = database.connect();
            connection.setAutoCommit(true);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (payload) VALUES (?)");
            return new TimedLoad.Worker() {
                @Override
                public void iteration(TimedLoad.Timer timer) throws Exception {
                    insert.setString(1, UUID.randomUUID().toString());
                    timer.time(insert::executeUpdate);
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + database.url(), e);
        }
    }
}
