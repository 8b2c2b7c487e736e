export interface Column<Row> {
  header: string;
  /** Cell text; a list is one line per item. */
  cell: (row: Row) => string | string[];
  /** Wrap longer lines at this width (words kept whole where they fit). */
  maxWidth?: number;
}

/**
 * A plain-text table with wrapped, multi-line cells, for terminals and logs: ASCII rules only, so
 * it reads the same in any terminal, pager or CI log.
 */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => cellLines(column.cell(row), column.maxWidth)));
  const widths = columns.map((column, c) => Math.max(column.header.length, ...cells.map((row) => Math.max(0, ...row[c].map((line) => line.length)))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (parts: string[]) => `| ${parts.map((part, c) => part.padEnd(widths[c])).join(' | ')} |`;
  const out = [rule, line(columns.map((column) => column.header)), rule.replaceAll('-', '=')];
  for (const row of cells) {
    const height = Math.max(1, ...row.map((lines) => lines.length));
    for (let i = 0; i < height; i++) out.push(line(row.map((lines) => lines[i] ?? '')));
    out.push(rule);
  }
  return out.join('\n') + '\n';
}

function cellLines(value: string | string[], maxWidth?: number): string[] {
  const lines = (Array.isArray(value) ? value : [value]).flatMap((text) => text.split('\n'));
  return maxWidth ? lines.flatMap((text) => wrap(text, maxWidth)) : lines;
}

/** Greedy word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (current) lines.push(current);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      current = '';
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
