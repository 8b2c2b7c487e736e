import { ProgressBar } from './progress-bar.js';

function terminal(columns: number) {
  const writes: string[] = [];
  return { columns, writes, write: (chunk: string) => writes.push(chunk) };
}

describe('ProgressBar', () => {
  it('redraws one line in place with the share done, the count and the label', () => {
    const out = terminal(100);
    const bar = new ProgressBar(out, 4);
    bar.tick('a.txt');
    bar.tick('b.txt');
    expect(out.writes).toEqual([
      `\r[${'#'.repeat(8)}${'-'.repeat(22)}] 1/4 a.txt\x1b[K`,
      `\r[${'#'.repeat(15)}${'-'.repeat(15)}] 2/4 b.txt\x1b[K`,
    ]);
    bar.finish();
    expect(out.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('fits a long label into the terminal by cutting its middle, keeping the bar and the count', () => {
    const out = terminal(60);
    new ProgressBar(out, 10).tick(`/data/articles/${'x'.repeat(80)}/last-file.txt`);
    const line = out.writes[0].replace(/^\r/, '').replace(/\x1b\[K$/, '');
    expect(line.length).toBe(59);
    expect(line).toMatch(/^\[###-+\] 1\/10 …x*\/last-file\.txt$/);
  });

  it('takes a terminal that reports 0 columns (as some pseudo-terminals do) as 80 wide', () => {
    const out = terminal(0);
    new ProgressBar(out, 1).tick('x'.repeat(200));
    expect(out.writes[0].replace(/^\r/, '').replace(/\x1b\[K$/, '')).toHaveLength(79);
  });
});
