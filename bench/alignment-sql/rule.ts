/** One alignment rule as a hand-written SQL query returning its finding keys (one column, `key`). */
export interface SqlRule {
  /** The engine rule's id (core/alignment/rules). */
  id: string;
  /** SQLite SQL; may use the named parameter @today ('YYYY-MM-DD'). */
  sql: string;
}
