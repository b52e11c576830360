// @ts-check

/**
 * Findings keep their history (first seen, last seen, fixed at), so the 90-day trend is
 * derived from them and survives restarts. Timestamps are ISO-8601 UTC strings: they sort
 * the same way on SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('security_findings', table => {
    table
      .string('id', 64)
      .primary()
      .comment('fingerprint of entity, origin and problem');
    table.string('entity_ref', 255).notNullable().index();
    table
      .string('origin', 255)
      .notNullable()
      .comment('scan stream that owns the finding');
    table.string('source', 16).notNullable();
    table.string('scanner', 255).notNullable();
    table.string('severity', 16).notNullable();
    table.text('title').notNullable();
    table.string('vulnerability_id', 255);
    table.string('rule_id', 255);
    table.string('package_name', 255);
    table.string('installed_version', 255);
    table.string('fixed_version', 255);
    table.text('target').notNullable();
    table.text('url');
    table.string('first_seen', 32).notNullable();
    table.string('last_seen', 32).notNullable();
    table.string('fixed_at', 32);
    table.text('suppressed_reason');
    table.string('suppressed_until', 32);
    table.string('suppressed_by', 255);
    table.index(['entity_ref', 'origin']);
  });

  await knex.schema.createTable('security_scans', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('origin', 255).notNullable();
    table.string('last_success_at', 32);
    table.string('last_attempt_at', 32).notNullable();
    table.text('error');
    table.primary(['entity_ref', 'origin']);
  });

  await knex.schema.createTable('security_reports', table => {
    table
      .string('id', 64)
      .primary()
      .comment('sha256 of entity ref and report body');
    table.string('entity_ref', 255).notNullable().index();
    table.string('format', 16).notNullable();
    table.string('scanner', 255).notNullable();
    table.string('received_at', 32).notNullable();
    table.integer('finding_count').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('security_reports');
  await knex.schema.dropTable('security_scans');
  await knex.schema.dropTable('security_findings');
};
