import type { Candidate } from './candidate.js';

/**
 * Non-overlapping candidates in text order: the longest wins an overlap, then the lower
 * priority, then the earlier start. Candidates per article are a few dozen, so a quadratic
 * overlap check beats anything cleverer.
 */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
