import { dayFromNumber } from '../calendar.js';
import { pointCandidate, textAfter, textBefore, type Rule } from '../candidate.js';
import { resolveWeekday, type Direction } from '../resolve-by-tense.js';
import { WEEKDAY_NAME, weekdayNumber } from '../vocabulary.js';

// Plural weekdays ("on Mondays") are habits, not dates.
const WEEKDAY = new RegExp(`(?:\\b([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast)\\s+)?\\b(${WEEKDAY_NAME})(?!s\\b)`, 'g');
// Named days that are not "the Friday of this week".
// (Nor "every Friday": a day of the week as a kind, not a date.)
const NAMED_DAY_BEFORE = /\b(?:Good|Black|Bloody|Super|Cyber|Easter|Palm|Holy|Ash|Maundy|Shrove|Giving|Mail\s+on|[Ee]very|[Ee]ach|[Aa]ny)\s+$/;
// "a Sunday television programme": a kind of thing (though "late on a Wednesday night" is a day).
const A_KIND_OF = /\b[Aa]\s+$/;
const KIND_AFTER = /^\s+(?!(?:night|morning|afternoon|evening|noon|midnight)\b)[a-z]/;
// Newspapers named after a day.
const TITLE_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Star|Independent|Tribune|Sport|People)\b/;

/**
 * Weekdays as news uses them: "on Tuesday" in a past clause is the most recent Tuesday on or
 * before the reference, in a future clause the next one after it, in a present clause the
 * nearer of the two. "last Tuesday" is strictly before, "next/coming Tuesday" strictly after.
 */
export const weekdays: Rule = (context, out) => {
  const { text } = context;
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const end = m.index + m[0].length;
    if (NAMED_DAY_BEFORE.test(textBefore(text, m.index, 12)) || TITLE_AFTER.test(textAfter(text, end, 16))) continue;
    if (A_KIND_OF.test(textBefore(text, m.index, 4)) && KIND_AFTER.test(textAfter(text, end, 16))) continue;
    const modifier = m[1]?.toLowerCase();
    const start = m.index;
    const direction: Direction =
      modifier === 'last' || modifier === 'past' ? 'last' : modifier === 'next' || modifier === 'coming' ? 'next' : context.tenseAt(start, end);
    const day = dayFromNumber(resolveWeekday(weekdayNumber(m[2]!), context.reference, direction));
    out.push(pointCandidate(start, end, day, true));
  }
};
