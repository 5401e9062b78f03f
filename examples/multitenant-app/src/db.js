// The app's database: SQLite (better-sqlite3) by default, PostgreSQL (pg) when DATABASE_URL is a
// postgres:// URL. One small async interface over both; SQL is written once, with ? placeholders.
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS invoices (
     id TEXT PRIMARY KEY,
     org_id TEXT NOT NULL,
     customer TEXT NOT NULL,
     amount_cents BIGINT NOT NULL,
     created_by TEXT NOT NULL,
     created_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS invoices_by_org ON invoices (org_id, created_at)`,
  `CREATE TABLE IF NOT EXISTS users (
     id TEXT PRIMARY KEY,
     username TEXT,
     email TEXT,
     first_name TEXT,
     last_name TEXT,
     updated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS organizations (
     id TEXT PRIMARY KEY,
     slug TEXT NOT NULL,
     name TEXT NOT NULL,
     updated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS memberships (
     org_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     role TEXT NOT NULL,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (org_id, user_id))`,
  // webhook-id of every message applied: a redelivery is recognised and ignored
  `CREATE TABLE IF NOT EXISTS webhook_messages (
     webhook_id TEXT PRIMARY KEY,
     type TEXT NOT NULL,
     received_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS settings (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL)`,
];

/** Opens `sqlite:<file>` (or `sqlite::memory:`) or `postgres://...`, and creates the tables. */
export async function openDatabase(url) {
  const db = /^postgres(ql)?:\/\//.test(url) ? await openPostgres(url) : await openSqlite(url.replace(/^sqlite:/, ""));
  for (const statement of SCHEMA) {
    await db.run(statement);
  }
  return db;
}

async function openSqlite(file) {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") {
    const { mkdirSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    mkdirSync(dirname(file), { recursive: true });
  }
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  const statements = new Map();
  const prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const runner = {
    async all(sql, params = []) {
      return prepare(sql).all(...params);
    },
    async get(sql, params = []) {
      return prepare(sql).get(...params) ?? null;
    },
    async run(sql, params = []) {
      return { changes: prepare(sql).run(...params).changes };
    },
  };
  // one transaction at a time on the one connection
  let queue = Promise.resolve();
  return {
    kind: "sqlite",
    ...runner,
    transaction(work) {
      const result = queue.then(async () => {
        sqlite.exec("BEGIN IMMEDIATE");
        try {
          const value = await work(runner);
          sqlite.exec("COMMIT");
          return value;
        } catch (error) {
          sqlite.exec("ROLLBACK");
          throw error;
        }
      });
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      sqlite.close();
    },
  };
}

async function openPostgres(url) {
  const { default: pg } = await import("pg");
  // BIGINT columns come back as numbers (epoch milliseconds and cents fit)
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  const runner = (client) => ({
    async all(sql, params = []) {
      return (await client.query(numbered(sql), params)).rows;
    },
    async get(sql, params = []) {
      return (await client.query(numbered(sql), params)).rows[0] ?? null;
    },
    async run(sql, params = []) {
      return { changes: (await client.query(numbered(sql), params)).rowCount ?? 0 };
    },
  });
  return {
    kind: "postgres",
    ...runner(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await work(runner(client));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the app's SQL has no ? in literals). */
export function numbered(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
