// @ts-check

/**
 * The compliance refresh's results. Each source (Security Hub, AWS Config, AWS Backup,
 * CloudTrail) is stored on its own: a failing source keeps its previous rows (then stale)
 * while the others are replaced.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('compliance_results', table => {
    table.comment(
      'Per source and service: what the last good read of that source said',
    );
    table.string('origin', 32).notNullable();
    table.string('tag_value', 255).notNullable();
    table.text('data').notNullable();
    table.primary(['origin', 'tag_value']);
  });
  await knex.schema.createTable('compliance_sources', table => {
    table.comment(
      'Per source: the last attempt, the last success and why it failed',
    );
    table.string('origin', 32).primary().notNullable();
    table.string('source_kind', 16).notNullable();
    table.string('source_name', 255).notNullable();
    table.string('attempted_at', 32).notNullable();
    table.string('succeeded_at', 32).nullable();
    table.text('error').nullable();
    table.text('account').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('compliance_sources');
  await knex.schema.dropTable('compliance_results');
};
