// The databases the unit tests run on: SQLite in memory always, PostgreSQL too when
// TEST_DATABASE_URL=postgres://... names an empty database the tests may fill and clear.
import { openDatabase } from "../src/db.js";

export const DATABASES = ["sqlite::memory:", ...(process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [])];

export async function freshDatabase(url) {
  const db = await openDatabase(url);
  for (const table of ["invoices", "memberships", "organizations", "users", "webhook_messages", "settings"]) {
    await db.run(`DELETE FROM ${table}`);
  }
  return db;
}
