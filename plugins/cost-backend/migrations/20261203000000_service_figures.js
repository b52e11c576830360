// @ts-check

/**
 * The figures a batch answers, beside each service's whole record: a scorecard page of 500
 * services parses these few numbers, not 500 daily series (JSON.parse of `data` took 180 ms of
 * a cold page). Null in rows written before this migration; the batch reads `data` for those
 * until the next refresh rewrites them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('cost_services', table => {
    table.text('figures').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('cost_services', table => {
    table.dropColumn('figures');
  });
};
