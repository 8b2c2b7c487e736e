// Word lists and regex fragments shared by the rules. Month and weekday names are matched
// case-sensitively: news English capitalises them, and that keeps "may", "march" and "sat" out.

/** Full month names; a group-free fragment that never runs into a following letter. */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])';

/** Month names and their usual abbreviations (with or without the dot), for dates with a number. */
export const MONTH_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';

/** Month names that are also everyday words or given names: they need a date-like context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['March', 'April', 'May', 'June', 'August']);

export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';

const MONTH_BY_PREFIX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAY_BY_PREFIX: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

/** 1–12 for a month name or abbreviation matched by `MONTH_WORD`. */
export function monthNumber(word: string): number {
  return MONTH_BY_PREFIX[word.slice(0, 3).toLowerCase()]!;
}

/** 0 (Sunday) – 6 for a weekday name. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_BY_PREFIX[word.slice(0, 3).toLowerCase()]!;
}

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * A count as news writes it: digits, words up to ninety-nine, "a"/"an", "a couple of", "a few",
 * "a dozen". Case-insensitive use only.
 */
export const COUNT =
  '(?:\\d{1,3}|a\\s+couple\\s+of|a\\s+few|a\\s+dozen|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![A-Za-z])';

export interface Count {
  value: number;
  /** "a few" is a guess at three, so whatever it yields is approximate. */
  vague: boolean;
}

export function parseCount(text: string): Count {
  const words = text.toLowerCase().split(/[-\s]+/);
  const first = words[0]!;
  if (/^\d+$/.test(first)) return { value: Number(first), vague: false };
  if (first === 'a' || first === 'an') {
    if (words[1] === 'couple') return { value: 2, vague: false };
    if (words[1] === 'few') return { value: 3, vague: true };
    if (words[1] === 'dozen') return { value: 12, vague: false };
    return { value: 1, vague: false };
  }
  const tens = TENS[first];
  if (tens !== undefined) return { value: tens + (UNITS[words[1] ?? ''] ?? 0), vague: false };
  return { value: UNITS[first] ?? 1, vague: false };
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Unit words, singular or plural; case-insensitive use only. */
export const TIME_UNIT = '(?:days?|weeks?|months?|years?|decades?|century|centuries)(?![A-Za-z])';

export function parseUnit(word: string): TimeUnit {
  const lower = word.toLowerCase();
  if (lower.startsWith('centur')) return 'century';
  return lower.replace(/s$/, '') as TimeUnit;
}
