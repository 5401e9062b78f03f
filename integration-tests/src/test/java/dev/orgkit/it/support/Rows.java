package dev.orgkit.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers for tests that look at (or tamper with) the rows of the server's database. */
public final class Rows {

    private final TestDatabase database;

    public Rows(TestDatabase database) {
        this.database = database;
    }

    /** {@code SELECT COUNT(*) ...} with positional parameters. */
    public long count(String sql, Object... params) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs an update or DDL statement with positional parameters; returns the update count. */
    public int execute(String sql, Object... params) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Every value of every row of a table, concatenated (for "is this text stored anywhere" checks). */
    public String dump(String table) {
        StringBuilder all = new StringBuilder();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    all.append(rs.getString(i)).append('\u0001');
                }
                all.append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SELECT * FROM " + table + ": " + e.getMessage(), e);
        }
        return all.toString();
    }
}
