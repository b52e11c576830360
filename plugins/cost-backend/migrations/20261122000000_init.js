// @ts-check

/**
 * The cost refresh's results. One row per service (keyed by its cost-allocation tag
 * value) holding the JSON the API serves, and one row describing the last refresh.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_services', table => {
    table.comment('Per-service cost, written by the scheduled refresh');
    table.string('tag_value', 255).primary().notNullable();
    table.text('data').notNullable();
  });
  await knex.schema.createTable('cost_refresh', table => {
    table.comment(
      'The last refresh: when, from where, and the last failure if any',
    );
    table.integer('id').primary().notNullable();
    table.string('source_kind', 16).notNullable();
    table.string('source_name', 255).notNullable();
    table.string('fetched_at', 32).nullable();
    table.string('attempted_at', 32).notNullable();
    table.boolean('stale').notNullable().defaultTo(false);
    table.text('error').nullable();
    table.text('account').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cost_refresh');
  await knex.schema.dropTable('cost_services');
};
