import type { ReferenceDay } from '../calendar.js';
import { OWN_RULE, type Rule } from '../candidate.js';
import { intervalValue } from '../edtf-value.js';

// "last summer", "this spring", "next autumn", "in the summer of 2019", "winter 2021", and, by
// the clause's tense, "in the autumn". A season is its three months, as in the northern
// hemisphere where the dispute lies; winter runs from December into the next year's February.
// ("The Arab Spring", "the Summer Olympics", "that summer": a name, or the story's own year.)
const SEASON =
  /\b(?:(last\s+|this\s+|next\s+|(?:in|during|over|through)\s+(?:the\s+)?)(?:(?:early|late|mid)[-\s]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?|(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4}))\b(?![-\s]+(?:Olympics|Games|session|school|camp|palace|house|wheat|solstice|equinox|break|holidays?|recess|time))/gi;

const FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The seasons a text names, each as the interval of its three months. */
export const seasons: Rule = (context, out) => {
  const { text, reference } = context;
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const which = m[1]?.toLowerCase().split(/\s+/)[0];
    const name = (m[2] ?? m[4])!.toLowerCase();
    const named = m[3] ?? m[5];
    // ("falls in the autumn", "in the fall of the regime": only a season followed by a year or told with "last/this/next/in the".)
    if (name === 'fall' && !named && which !== 'last' && which !== 'this' && which !== 'next') continue;
    const first = FIRST_MONTH[name]!;
    const year = named ? Number(named) : seasonYear(first, reference, which === 'last' || which === 'this' || which === 'next' ? which : context.tenseAt(m.index, m.index + m[0].length));
    const value = intervalValue({ year, month: first }, first === 12 ? { year: year + 1, month: 2 } : { year, month: first + 2 });
    // (A plain preposition is left out of the mention, as the other rules do: "in the summer of 2019" reads "summer of 2019".)
    const start = which === 'last' || which === 'this' || which === 'next' || !m[1] ? m.index : m.index + m[1].length;
    if (value) out.push({ start, end: m.index + m[0].length, value, relative: !named, priority: OWN_RULE });
  }
};

/**
 * The year a season starts in: "this summer" the reference year's (winter: the one under way or
 * just begun); "last summer" the latest one already over; "next summer" the first not yet begun;
 * "in the summer" by tense, the latest begun when told of the past, the next not over when of the future.
 */
function seasonYear(first: number, reference: ReferenceDay, direction: string): number {
  const start = (year: number) => year * 12 + first - 1;
  const end = (year: number) => start(year) + 2;
  const now = reference.monthIndex;
  let year = reference.year;
  switch (direction) {
    case 'this':
      return first === 12 && reference.month <= 2 ? year - 1 : year;
    case 'last':
      while (end(year) >= now) year--;
      return year;
    case 'next':
      while (start(year) <= now) year++;
      return year;
    case 'future':
      while (end(year) < now) year++;
      while (start(year - 1) >= now) year--;
      return year;
    default:
      while (start(year) > now) year--;
      return year;
  }
}
