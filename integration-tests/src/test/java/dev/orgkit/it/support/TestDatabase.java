package dev.orgkit.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database a test run's Keycloak uses: H2 in a file under the build directory, or a fresh
 * database on the local PostgreSQL or MariaDB server, dropped when the run ends.
 */
public final class TestDatabase {

    public enum Kind { H2, POSTGRES, MARIADB }

    private static final String H2_USER = "sa";
    private static final String H2_PASSWORD = "password";

    private final Kind kind;
    private final String vendor;
    private final String url;
    private final String adminUrl;
    private final String username;
    private final String name;

    private TestDatabase(Kind kind, String vendor, String url, String adminUrl, String username, String name) {
        this.kind = kind;
        this.vendor = vendor;
        this.url = url;
        this.adminUrl = adminUrl;
        this.username = username;
        this.name = name;
    }

    public static Kind kindFromProperty() {
        String value = System.getProperty("orgkit.it.db", "h2").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "h2", "" -> Kind.H2;
            case "postgres", "postgresql", "pg" -> Kind.POSTGRES;
            case "mariadb", "mysql" -> Kind.MARIADB;
            default -> throw new IllegalArgumentException("orgkit.it.db must be h2, postgres or mariadb, not " + value);
        };
    }

    /** Creates a new, empty database for one test run. */
    public static TestDatabase create(Kind kind, Path workDir) {
        String name = "orgkit_it_" + Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
        switch (kind) {
            case H2: {
                Path file = workDir.resolve("h2-" + name).resolve("keycloakdb").toAbsolutePath();
                // explicit credentials, so that tests can open the same file over JDBC (Keycloak's defaults are not documented);
                // WRITE_DELAY=0: H2 otherwise flushes commits up to 0.5 s later, and a kill -9 (durability
                // tests) would lose committed transactions; PostgreSQL and MariaDB are durable as they are
                return new TestDatabase(kind, "dev-file", "jdbc:h2:file:" + file + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                        null, H2_USER, name);
            }
            case POSTGRES: {
                String host = System.getProperty("orgkit.it.postgres.host", "127.0.0.1:5432");
                String admin = "jdbc:postgresql://" + host + "/postgres";
                TestDatabase db = new TestDatabase(kind, "postgres", "jdbc:postgresql://" + host + "/" + name, admin,
                        System.getProperty("orgkit.it.postgres.user", "postgres"), name);
                db.execute("CREATE DATABASE " + name);
                return db;
            }
            case MARIADB: {
                String host = System.getProperty("orgkit.it.mariadb.host", "127.0.0.1:3306");
                String admin = "jdbc:mariadb://" + host + "/";
                TestDatabase db = new TestDatabase(kind, "mariadb", "jdbc:mariadb://" + host + "/" + name, admin,
                        System.getProperty("orgkit.it.mariadb.user", "root"), name);
                db.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                return db;
            }
            default:
                throw new IllegalStateException();
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Keycloak options (build-time and runtime) that select this database. */
    public List<String> buildOptions() {
        return List.of("--db=" + vendor);
    }

    public List<String> runtimeOptions() {
        List<String> options = new ArrayList<>();
        options.add("--db-url=" + url);
        if (username != null) {
            options.add("--db-username=" + username);
            options.add("--db-password=" + (kind == Kind.H2 ? H2_PASSWORD : ""));
        }
        return options;
    }

    /** A JDBC connection to the database Keycloak uses, for tests that look at stored rows. */
    public Connection connect() throws SQLException {
        if (kind == Kind.H2) {
            // AUTO_SERVER lets this process share the file the server has open
            return DriverManager.getConnection(url, H2_USER, H2_PASSWORD);
        }
        return DriverManager.getConnection(url, username, "");
    }

    public void drop() {
        if (kind == Kind.H2) {
            return;
        }
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }
}
