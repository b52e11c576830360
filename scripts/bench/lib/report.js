'use strict';

function table(rows, columns) {
  const widths = columns.map(c =>
    Math.max(c.length, ...rows.map(r => String(r[c] ?? '—').length)),
  );
  const line = cells =>
    cells.map((c, i) => String(c ?? '—').padEnd(widths[i])).join('  ');
  return [
    line(columns),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(r => line(columns.map(c => r[c]))),
  ].join('\n');
}

const kb = bytes =>
  bytes === null || bytes === undefined
    ? null
    : `${Math.round(bytes / 1024)} KiB`;

module.exports = { table, kb };
