package dev.orgkit.it.benchmark;

import dev.orgkit.it.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies, with set-based SQL on PostgreSQL, the rows that the orgkit admin API wrote for one template
 * organization (its owner and one more member) and for one template user, so that a realm gets many
 * organizations and members in minutes and every copy has exactly the rows the API writes: the
 * organization ({@code ORG}, its group, the {@code org:admin} subgroup with its role mapping, the
 * group attribute, {@code ORGKIT_ORGANIZATION}), each membership ({@code USER_GROUP_MEMBERSHIP},
 * {@code ORGKIT_MEMBERSHIP}, the admin subgroup for the owner) and the audit entries. Columns are read
 * from the database and copied from the template row unless the copy needs a value of its own, so a
 * column Keycloak adds in a later version is copied too.
 *
 * <p>Layout: organization {@code i} (0-based) has {@value #MEMBERS} members, users
 * {@code (i / 10) * 100 + j} for {@code j} in 0..99, so every seeded user is a member of 10 organizations;
 * member {@code j = i % 10} is the owner ({@code org:admin}), everyone else has the default role.
 */
final class ScaleSeed {

    static final int MEMBERS = 100;
    static final int ORGS_PER_USER = 10;

    private final TestDatabase database;
    private final String realmId;
    private final String templateOrg;
    private final String templateOwner;
    private final String templateMember;
    private final String templateGroup;
    private final String templateAdminGroup;

    ScaleSeed(TestDatabase database, String realmId, String templateOrg, String templateOwner, String templateMember) {
        if (database.kind() != TestDatabase.Kind.POSTGRES) {
            throw new IllegalStateException("the scale seed is written for PostgreSQL, not " + database.kind());
        }
        this.database = database;
        this.realmId = realmId;
        this.templateOrg = templateOrg;
        this.templateOwner = templateOwner;
        this.templateMember = templateMember;
        this.templateGroup = single("SELECT GROUP_ID FROM ORG WHERE ID = ?", templateOrg);
        this.templateAdminGroup = single("SELECT ID FROM KEYCLOAK_GROUP WHERE PARENT_GROUP = ? AND NAME = 'org:admin'", templateGroup);
    }

    /** Id expressions: deterministic per realm, so later statements can refer to earlier rows. */
    private String id(String kind, String number) {
        return "md5('" + realmId + ":" + kind + ":' || " + number + ")::uuid::text";
    }

    String orgId(int i) {
        return single("SELECT " + id("org", "?::int") + " AS v", i);
    }

    String userId(int k) {
        return single("SELECT " + id("user", "?::int") + " AS v", k);
    }

    String userName(int k) {
        return String.format("seed-user-%06d", k);
    }

    static String orgName(int i) {
        return String.format("Seed Org %05d", i);
    }

    /** The user index of member {@code j} of organization {@code i}. */
    private static final String MEMBER_OF = "((i / 10) * 100 + j)";
    private static final String OWNER_OF = "((i / 10) * 100 + i % 10)";

    /** Seeds organizations {@code from} to {@code to - 1} (multiples of 10) with their users. */
    void seed(int from, int to, String templateUser) throws SQLException {
        if (from % 10 != 0 || to % 10 != 0) {
            throw new IllegalArgumentException("organization ranges go in tens");
        }
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            String users = "generate_series(" + (from / 10 * 100) + ", " + (to / 10 * 100 - 1) + ") k";
            String user = id("user", "k");
            String name = "'seed-user-' || lpad(k::text, 6, '0')";
            copy(c, "USER_ENTITY", "t.ID = '" + templateUser + "'", users, Map.of("ID", user, "USERNAME", name,
                    "EMAIL", name + " || '@example.com'",
                    "EMAIL_CONSTRAINT", "CASE WHEN t.EMAIL_CONSTRAINT = t.EMAIL THEN " + name + " || '@example.com' ELSE " + user + " END",
                    "FIRST_NAME", "'Seed'", "LAST_NAME", "'User ' || lpad(k::text, 6, '0')"));
            // a user made through the admin API may have attributes and default role mappings: copied when there are any
            copyAny(c, "USER_ATTRIBUTE", "t.USER_ID = '" + templateUser + "'", users,
                    Map.of("ID", id("user-attr", "k || ':' || t.NAME"), "USER_ID", user));
            copyAny(c, "USER_ROLE_MAPPING", "t.USER_ID = '" + templateUser + "'", users, Map.of("USER_ID", user));

            String orgs = "generate_series(" + from + ", " + (to - 1) + ") i";
            String org = id("org", "i");
            String group = id("group", "i");
            String adminGroup = id("admin-group", "i");
            String owner = id("user", OWNER_OF);
            String slug = "'seed-' || lpad(i::text, 5, '0')";
            // the organization first: its groups point at it (KEYCLOAK_GROUP.ORG_ID)
            copy(c, "ORG", "t.ID = '" + templateOrg + "'", orgs, Map.of("ID", org, "GROUP_ID", group,
                    "NAME", "'Seed Org ' || lpad(i::text, 5, '0')", "ALIAS", slug));
            copy(c, "KEYCLOAK_GROUP", "t.ID = '" + templateGroup + "'", orgs, Map.of("ID", group, "NAME", org, "ORG_ID", org));
            copy(c, "GROUP_ATTRIBUTE", "t.GROUP_ID = '" + templateGroup + "'", orgs, Map.of("ID", id("group-attr", "i || ':' || t.NAME"),
                    "GROUP_ID", group, "VALUE", "CASE WHEN t.VALUE = '" + templateOwner + "' THEN " + owner + " ELSE t.VALUE END"));
            copy(c, "KEYCLOAK_GROUP", "t.ID = '" + templateAdminGroup + "'", orgs, Map.of("ID", adminGroup, "PARENT_GROUP", group,
                    "ORG_ID", org));
            copy(c, "GROUP_ROLE_MAPPING", "t.GROUP_ID = '" + templateAdminGroup + "'", orgs, Map.of("GROUP_ID", adminGroup));
            copy(c, "ORGKIT_ORGANIZATION", "t.ORG_ID = '" + templateOrg + "'", orgs, Map.of("ORG_ID", org, "CREATED_BY", owner));

            String members = orgs + ", generate_series(0, " + (MEMBERS - 1) + ") j";
            String member = id("user", MEMBER_OF);
            String isOwner = "j = i % 10";
            // every member in the organization's group, the owner also in its org:admin subgroup
            copy(c, "USER_GROUP_MEMBERSHIP", "t.GROUP_ID = '" + templateGroup + "' AND t.USER_ID = '" + templateMember + "'", members,
                    Map.of("GROUP_ID", group, "USER_ID", member));
            copy(c, "USER_GROUP_MEMBERSHIP", "t.GROUP_ID = '" + templateAdminGroup + "'", orgs,
                    Map.of("GROUP_ID", adminGroup, "USER_ID", owner));
            copy(c, "ORGKIT_MEMBERSHIP", "t.ORG_ID = '" + templateOrg + "' AND t.USER_ID = '" + templateMember + "'", members,
                    Map.of("ID", membershipId(org, member), "ORG_ID", org, "USER_ID", member));
            // the audit log: organization.created, then member.added for the owner (org:admin) and the others (org:member)
            copy(c, "ORGKIT_AUDIT_LOG", "t.ORG_ID = '" + templateOrg + "' AND t.ACTION = 'organization.created'", orgs,
                    Map.of("ID", id("audit-created", "i"), "ORG_ID", org, "TARGET_ID", org,
                            "DETAILS", "replace(t.DETAILS, '" + templateSlug(c) + "', " + slug + ")"));
            copy(c, "ORGKIT_AUDIT_LOG", "t.ORG_ID = '" + templateOrg + "' AND t.ACTION = 'member.added' AND ((t.TARGET_ID = '"
                    + templateOwner + "') = (" + isOwner + "))", members,
                    Map.of("ID", id("audit-member", "i || ':' || j"), "ORG_ID", org, "TARGET_ID", member,
                            "CREATED_AT", "t.CREATED_AT + j + 1"));
            c.commit();
        }
        analyze();
    }

    /** Java's {@code UUID.nameUUIDFromBytes("orgkit-membership:" + org + ":" + user)} in SQL (md5, version 3). */
    private static String membershipId(String org, String user) {
        String h = "md5('orgkit-membership:' || " + org + " || ':' || " + user + ")";
        return "(substr(" + h + ", 1, 8) || '-' || substr(" + h + ", 9, 4) || '-3' || substr(" + h + ", 14, 3) || '-' || "
                + "to_hex((('x' || substr(" + h + ", 17, 2))::bit(8)::int & 63) | 128) || substr(" + h + ", 19, 2) || '-' || "
                + "substr(" + h + ", 21, 12))";
    }

    private String templateSlug(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT ALIAS FROM ORG WHERE ID = ?")) {
            s.setString(1, templateOrg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** {@code INSERT INTO table SELECT <template columns, some replaced> FROM table t, series WHERE templateRows}. */
    private static void copy(Connection c, String table, String templateRows, String series, Map<String, String> replaced)
            throws SQLException {
        if (copyAny(c, table, templateRows, series, replaced) == 0) {
            throw new IllegalStateException("no template rows for " + table + " where " + templateRows);
        }
    }

    private static int copyAny(Connection c, String table, String templateRows, String series, Map<String, String> replaced)
            throws SQLException {
        List<String> columns = columns(c, table);
        for (String column : replaced.keySet()) {
            if (!columns.contains(column)) {
                throw new IllegalStateException(table + " has no column " + column + " (columns: " + columns + ")");
            }
        }
        Map<String, String> select = new LinkedHashMap<>();
        for (String column : columns) {
            select.put(column, replaced.getOrDefault(column, "t." + column));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", select.keySet()) + ") SELECT "
                + String.join(", ", select.values()) + " FROM " + table + " t, " + series + " WHERE " + templateRows;
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " in: " + sql, e);
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "public", table.toLowerCase(), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase());
            }
        }
        return columns;
    }

    /** Fresh planner statistics, as autovacuum would gather them soon after such a load. */
    void analyze() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    /** The plan PostgreSQL chooses for a query, with its actual timing. */
    String explain(String sql, Object... params) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int p = 0; p < params.length; p++) {
                s.setObject(p + 1, params[p]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    long count(String sql, Object... params) {
        return Long.parseLong(single(sql, params));
    }

    private String single(String sql, Object... params) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                s.setObject(p + 1, params[p]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
