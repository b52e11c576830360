// @ts-check

/**
 * One row per service: its latest scheduled scan attempt, whether every stream answered,
 * why not, and its latest complete success. Kept apart from `security_scans` (per stream)
 * so "never scanned" (no row), "last scan failed at T" and "scanned at T" are read in one
 * query, and a service whose scanners never answered is never taken for a clean one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('security_service_scans', table => {
    table.string('entity_ref', 255).primary();
    table.string('last_attempt_at', 32).notNullable();
    table
      .text('last_error')
      .comment('null when every stream answered on the last attempt');
    table.string('last_success_at', 32);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('security_service_scans');
};
