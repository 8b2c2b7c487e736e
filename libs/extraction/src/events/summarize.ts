const MAX_LENGTH = 160;

/** A one-line summary from the evidence sentence: connectives dropped, cut at a word boundary. */
export function summarize(sentence: string): string {
  let line = sentence
    .replace(/\s+/g, ' ')
    .replace(/^(?:But|And|So|Yet|Still|Meanwhile|However),?\s+/, '')
    .trim();
  line = line.charAt(0).toUpperCase() + line.slice(1);
  if (line.length <= MAX_LENGTH) return line;
  const cut = line.slice(0, MAX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LENGTH / 2)).replace(/[,;:\s]+$/, '')}…`;
}
