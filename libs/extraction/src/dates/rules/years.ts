import { intervalValue } from '../edtf-value.js';
import { OWN_RULE, pointCandidate, textAfter, textBefore, type Rule } from '../candidate.js';

// Four digits that are not glued to currency, a longer or decimal number, a time, a size
// ("16x9"), a percentage, an ordinal or a decade ("1990s").
const YEAR = /(?<![\d$€£¥#.,:/x×])(?<!\d-)(\d{4})(?![\d%]|[.,:]\d|\s*[-–—]\s*\d|['’]?s\b|st\b|nd\b|rd\b|th\b|\s*[x×]\s*\d)/g;
const YEAR_SPAN = /(?<![\d$€£¥#.,:/x×])(?<!\d-)(\d{4})\s*[-–—]\s*(\d{4}|\d{2})(?![\d%]|[.,:]\d)/g;

// A preposition or qualifier right before: "in 1855", "since 1956", "postponed to 2021", "mid-2018".
const PREPOSITION_BEFORE =
  /\b(?:in|since|by|to|until|till|through|throughout|from|before|after|during|of|between|around|about|circa|c\.|ca\.|approximately|roughly|early|late|mid|spring|summer|autumn|fall|winter|year)[\s-]+$/i;
// Another year of the same list or range: "in 1945 and 1949", "from 2012 to 2020".
const LIST_BEFORE = /\d{4}s?\s*(?:,|and|or|to|until|till|through|and\s+in|or\s+in)\s+$/i;
// A determiner or a possessive: the year is an adjective ("the 1956 declaration", "Japan's 1855 treaty").
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|[A-Za-z](?:['’]s|s['’]))\s+$/i;
// Words after which a number is a quantity, page or identifier, whatever precedes them.
const QUANTITY_BEFORE =
  /\b(?:rose|rise|rising|fell|falling|increased?|decreased?|grew|grown|dropped|declined?|jumped|climbed|surged|plunged|slipped|cut|reduced|raised|up|down|totall?ed|totals?|reached|numbered|estimated|number|sum|tally|count|out|average|maximum|minimum|score|rate|pages?|pp?\.|no\.|nos\.|article|paragraph|section|chapter|room|flight|route|highway|bus|line|model|version|code|some|nearly|almost|over|least|only|just|close|equal|equivalent|compared)\s+(?:(?:of|by|to|from|about|around|at)\s+)?(?:the\s+)?$/i;
// A counted noun after the number: "1,000 troops" is caught by the digit rules, "2000 troops" here.
const COUNTED = [
  'percent', 'per\\s+cent', 'people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'soldiers',
  'officers', 'police', 'policemen', 'residents', 'citizens', 'voters', 'respondents', 'members', 'delegates',
  'protesters', 'demonstrators', 'nationalists', 'participants', 'workers', 'employees', 'students', 'refugees',
  'migrants', 'casualties', 'deaths', 'dead', 'killed', 'injured', 'wounded', 'victims', 'cases', 'votes', 'seats',
  'signatures', 'copies', 'units', 'items', 'times', 'pages', 'words', 'characters', 'km', 'kilometers',
  'kilometres', 'miles', 'meters', 'metres', 'feet', 'ft', 'square', 'sq', 'hectares', 'acres', 'tons', 'tonnes',
  'barrels', 'dollars', 'euros', 'rubles', 'roubles', 'yen', 'pounds', 'yuan', 'missiles', 'tanks', 'aircraft',
  'planes', 'jets', 'ships', 'vessels', 'boats', 'households', 'families', 'companies', 'firms', 'jobs', 'homes',
  'houses', 'buildings', 'apartments', 'cars', 'vehicles', 'points', 'hours', 'minutes', 'seconds', 'days',
  'weeks', 'months', 'years', 'calories', 'pieces', 'articles', 'posts', 'tweets', 'followers', 'views',
  'subscribers', 'detainees', 'prisoners', 'inhabitants', 'islanders', 'visitors', 'tourists', 'guests', 'users',
  'customers', 'fans', 'spectators', 'villages', 'towns', 'cities', 'schools', 'hospitals', 'beds', 'doses',
  'samples', 'mw', 'kw', 'gw', 'mph', 'kph', 'kg', 'mg', 'ml', 'mm', 'cm', 'm', 'degrees',
];
const COUNT_MODIFIERS = [
  'more', 'fewer', 'less', 'or\\s+more', 'or\\s+so', 'odd', 'plus', 'other', 'new', 'additional', 'extra',
  'local', 'foreign', 'russian', 'japanese', 'american', 'chinese',
];
const QUANTITY_AFTER = new RegExp(`^\\s+(?:(?:${COUNT_MODIFIERS.join('|')})\\s+)?(?:${COUNTED.join('|')})\\b`, 'i');
// The other side of a score or tally: "passed 2019 votes to 1000".
const SCORE_BEFORE = new RegExp(`\\b(?:${COUNTED.join('|')})\\s+(?:to|against|vs\\.?|versus)\\s+$`, 'i');

const MIN_YEAR = 1000;
const MAX_YEAR = 2099;

/**
 * Bare years that read as dates: after a preposition or qualifier ("in 1855", "since 1956",
 * "about 1945"), in a list or range with another year, or used as an adjective after a
 * determiner ("the 1956 declaration"). Quantities ("2000 troops", "rose to 2019", "page 1956",
 * "$2019") are not years.
 */
export const bareYears: Rule = (context, out) => {
  const { text } = context;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const year = Number(m[1]);
    const end = m.index + m[0].length;
    if (year < MIN_YEAR || year > MAX_YEAR || !readsAsYear(text, m.index, end)) continue;
    out.push(pointCandidate(m.index, end, { year }, false));
  }
};

/** "1945-1949", "1941–45", "the 2018-19 season": a span of years, in the same contexts as a year. */
export const yearSpans: Rule = (context, out) => {
  const { text } = context;
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(text); m; m = YEAR_SPAN.exec(text)) {
    const lower = Number(m[1]);
    const upperDigits = m[2]!;
    const upper = upperDigits.length === 2 ? Math.floor(lower / 100) * 100 + Number(upperDigits) : Number(upperDigits);
    const end = m.index + m[0].length;
    if (lower < MIN_YEAR || upper > MAX_YEAR || upper - lower > 200 || !readsAsYear(text, m.index, end)) continue;
    const value = intervalValue({ year: lower }, { year: upper });
    if (value) out.push({ start: m.index, end, value, relative: false, priority: OWN_RULE });
  }
};

function readsAsYear(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start);
  if (QUANTITY_BEFORE.test(before) || SCORE_BEFORE.test(before)) return false;
  const after = textAfter(text, end);
  if (QUANTITY_AFTER.test(after)) return false;
  if (PREPOSITION_BEFORE.test(before) || LIST_BEFORE.test(before)) return true;
  // An adjective needs the noun it qualifies.
  return DETERMINER_BEFORE.test(before) && /^\s+[A-Za-z]/.test(after);
}
