package dev.orgkit.it.support;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * orgkit's schema as the previous release created it, put under a database that Keycloak's own
 * schema already lives in. The release's changelogs are committed verbatim under
 * {@code src/test/resources/upgrade/<version>/} (each a copy of its module's
 * {@code META-INF/orgkit-*-changelog.xml} and the files it includes, at the release commit), and are
 * applied with the Liquibase version Keycloak ships, into the changelog table Keycloak keeps for each
 * module ({@code DATABASECHANGELOG_<id>}), with the file names Keycloak records: to the server, the
 * result is indistinguishable from a database the release itself set up.
 */
public final class PreviousRelease {

    /** A row of a changelog table: which changeset of which file, its checksum, when it ran. */
    public record ChangeSetRow(String table, String id, String file, String checksum, String executedAt) {
    }

    /** The rows of every orgkit table, by table (upper case), each row by column (upper case). */
    public record Rows(Map<String, List<Map<String, Object>>> byTable) {
        public int count(String table) {
            return byTable.getOrDefault(table, List.of()).size();
        }
    }

    private final String version;
    private final TestDatabase database;

    public PreviousRelease(String version, TestDatabase database) {
        this.version = version;
        this.database = database;
    }

    /** The master changelogs of the release, by module changelog prefix ({@code META-INF/orgkit-audit}). */
    private List<String> masters() {
        return List.of("META-INF/orgkit-audit-changelog.xml", "META-INF/orgkit-invitations-changelog.xml",
                "META-INF/orgkit-membership-requests-changelog.xml", "META-INF/orgkit-webhooks-changelog.xml");
    }

    /** Every row of every orgkit table ({@code ORGKIT_*}). */
    public Rows dump() throws SQLException {
        Map<String, List<Map<String, Object>>> all = new TreeMap<>();
        try (Connection c = database.connect()) {
            for (String table : tables(c, "ORGKIT_")) {
                all.put(table.toUpperCase(Locale.ROOT), rows(c, table));
            }
        }
        return new Rows(all);
    }

    /** Every changeset row of orgkit's changelog tables. */
    public List<ChangeSetRow> changeSets() throws SQLException {
        List<ChangeSetRow> result = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (String table : tables(c, "DATABASECHANGELOG_ORGKIT")) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT ID, FILENAME, MD5SUM, DATEEXECUTED FROM " + table + " ORDER BY ORDEREXECUTED")) {
                    while (rs.next()) {
                        result.add(new ChangeSetRow(table.toUpperCase(Locale.ROOT), rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
        }
        return result;
    }

    /**
     * Replaces orgkit's tables with the release's: drops every orgkit table and changelog table,
     * then applies the release's changelogs into the changelog tables Keycloak uses.
     */
    public void install(Map<String, String> changelogTableByMaster) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            boolean mariadb = database.kind() == TestDatabase.Kind.MARIADB;
            if (mariadb) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            List<String> drop = new ArrayList<>(tables(c, "ORGKIT_"));
            drop.addAll(tables(c, "DATABASECHANGELOG_ORGKIT"));
            for (String table : drop) {
                s.execute("DROP TABLE " + table + (mariadb ? "" : " CASCADE"));
            }
            if (mariadb) {
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        Path root = resources();
        for (String master : masters()) {
            String table = changelogTableByMaster.get(master);
            if (table == null) {
                throw new IllegalStateException("no changelog table known for " + master);
            }
            Connection c = database.connect();
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            db.setDatabaseChangeLogTableName(table);
            db.setDatabaseChangeLogLockTableName("ORGKIT_IT_UPGRADE_LOCK");
            try (Liquibase liquibase = new Liquibase(master, new DirectoryResourceAccessor(root), db)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : tables(c, "ORGKIT_IT_UPGRADE_LOCK")) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    /**
     * Puts {@code rows} back into the tables the release has, with the columns the release has
     * (a later column is left out); parents before children, whatever the order of the tables.
     */
    public void restore(Rows rows) throws SQLException {
        try (Connection c = database.connect()) {
            Map<String, String> present = new LinkedHashMap<>();
            tables(c, "ORGKIT_").forEach(t -> present.put(t.toUpperCase(Locale.ROOT), t));
            List<String> pending = new ArrayList<>(rows.byTable().keySet());
            pending.retainAll(present.keySet());
            for (int pass = 0; !pending.isEmpty(); pass++) {
                List<String> failed = new ArrayList<>();
                SQLException last = null;
                for (String table : pending) {
                    try {
                        insert(c, present.get(table), rows.byTable().get(table));
                    } catch (SQLException e) {
                        failed.add(table);
                        last = e;
                    }
                }
                if (failed.size() == pending.size() || pass > 5) {
                    throw new IllegalStateException("could not restore " + failed, last);
                }
                pending = failed;
            }
        }
    }

    /** The tables (as the database names them) whose upper-case name starts with {@code prefix}. */
    public List<String> tables(Connection c, String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<Map<String, Object>> rows(Connection c, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    int type = meta.getColumnType(i);
                    boolean text = type == Types.CLOB || type == Types.NCLOB || type == Types.LONGVARCHAR || type == Types.VARCHAR
                            || type == Types.LONGNVARCHAR || type == Types.NVARCHAR || type == Types.CHAR;
                    row.put(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), text ? rs.getString(i) : rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void insert(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (rows.get(0).containsKey(column.toUpperCase(Locale.ROOT))) {
                    columns.add(column);
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    s.setObject(i + 1, row.get(columns.get(i).toUpperCase(Locale.ROOT)));
                }
                s.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private Path resources() {
        try {
            return Paths.get(PreviousRelease.class.getResource("/upgrade/" + version + "/META-INF").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no changelogs of release " + version + " under src/test/resources/upgrade/", e);
        }
    }
}
