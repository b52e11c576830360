// @ts-check

/**
 * Every report CI posted (or the demo world seeded), kept as history: one row per report,
 * its figures as JSON since each kind has its own. Timestamps are ISO-8601 UTC strings:
 * they sort the same way on SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('quality_reports', table => {
    table
      .string('id', 64)
      .primary()
      .comment('sha256 of entity, format, artifact, commit and body');
    table.string('entity_ref', 255).notNullable();
    table
      .string('kind', 16)
      .notNullable()
      .comment('coverage | mutation | phpstan | psalm | loadTest');
    table.string('format', 16).notNullable();
    table.string('measured_at', 32).notNullable();
    table.string('received_at', 32).notNullable();
    table.string('artifact', 500);
    table.string('commit', 64);
    table.text('figures').notNullable().comment('the kind-specific numbers');
    table
      .boolean('demo')
      .notNullable()
      .defaultTo(false)
      .comment(
        'seeded from the demo world, replaced at each start in demo mode',
      );
    table.index(['entity_ref', 'kind', 'measured_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('quality_reports');
};
