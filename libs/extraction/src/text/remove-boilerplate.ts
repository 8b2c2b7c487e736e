/**
 * Keeps the article's running text and drops what a page capture wraps around it: menus and
 * headings (short lines without sentence punctuation), captions (lines that appear twice), video
 * player text, "Read more"/"Related" links, author bios and legal or cookie notices. Paragraphs
 * are returned joined by blank lines.
 */
export function removeBoilerplate(text: string): string {
  const lines = unwrap(
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n/)
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()),
  );
  const counts = new Map<string, number>();
  for (const line of lines) if (line) counts.set(line, (counts.get(line) ?? 0) + 1);

  const kept: string[] = [];
  // A timeline: a year on a line of its own, then entries "Oct. 19 - ..." that belong to it.
  let timelineYear: string | null = null;
  // "Maria Zakharova, at her weekly briefing on Wednesday:" above a quotation: who says it.
  let label: string | null = null;
  const nonEmpty = lines.filter((l) => l);
  let at = -1;
  for (const raw of lines) {
    if (!raw) continue;
    at++;
    const next = nonEmpty[at + 1];
    if (LABEL_LINE.test(raw) && next !== undefined && /^["“]/.test(next) && isRunningText(next)) {
      label = raw;
      continue;
    }
    // "[CAPTION: SUGA YOSHIHIDE / Prime Minister]" above a soundbite: who says it, as a label.
    const caption = CAPTION_LINE.exec(raw);
    if (caption && next !== undefined && /^["“]/.test(next) && isRunningText(next)) {
      label = `${caption[1].replace(/\s*\/\s*/g, ', ').trim()}:`;
      continue;
    }
    const year = TIMELINE_YEAR.exec(raw);
    if (year) {
      timelineYear = year[1];
      continue;
    }
    const entry = TIMELINE_ENTRY.exec(raw);
    if (!entry) timelineYear = null;
    const line = entry && timelineYear ? `${entry[1]}, ${timelineYear}${raw.slice(entry[1].length)}` : raw;
    if ((counts.get(raw) ?? 0) > 1) continue; // captions and repeated page furniture
    // "Speaker: Chief Cabinet Secretary Takeo Kawamura": who answers in the transcript below.
    if (SPEAKER_LINE.test(line)) {
      kept.push(TERMINAL.test(line) ? line : `${line}.`);
      continue;
    }
    // '"We do not think we have one." - Vladimir Putin, in an interview aired on Tuesday': a
    // quotation signed after a dash, as a quote roundup prints it.
    if (SIGNED_QUOTE.test(line)) {
      kept.push(TERMINAL.test(line) ? line : `${line}.`);
      continue;
    }
    // "Thursday, Jan. 21, 2021" over a sitting's minutes: the day of the section it heads.
    if (DATE_LINE.test(line) && next !== undefined && isRunningText(next)) {
      kept.push(`${line}.`);
      continue;
    }
    if (!isRunningText(line)) {
      // ("... Medvedev also suggested at the meeting that the Japanese leadership should change its
      // approach to the problem of a peace treaty between": a paragraph the capture cut off keeps its whole sentences.)
      const whole = WHOLE_SENTENCES.exec(line);
      if (whole && isRunningText(whole[1], CUT_MIN_WORDS) && !BOILERPLATE.some((pattern) => pattern.test(whole[1]))) kept.push(label ? `${label} ${whole[1]}` : whole[1]);
      label = null;
      continue;
    }
    if (BOILERPLATE.some((pattern) => pattern.test(line))) continue;
    kept.push(label ? `${label} ${line}` : line);
    label = null;
  }
  return kept.join('\n\n');
}

/**
 * Lines a capture wrapped inside a sentence joined again: "Japan and Russia agreed Thursday to
 * send an experts' group as / early as next month ...", "Japan / lays claim to the islands ...".
 * A line goes on into the next when it stops without a sentence's end and the next line starts in
 * lower case, or it stops on a comma or a word no sentence or heading ends with, or it is a long
 * line of running prose (a headline in Title Case is not).
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length ? out[out.length - 1] : '';
    if (line && last && continues(last, line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

function continues(line: string, next: string): boolean {
  if (TERMINAL.test(line) || /[:;]$/.test(line) || !/[\p{L}\d,]$/u.test(line) || !/^[\p{L}\d"“'‘(]/u.test(next)) return false;
  if (/^\p{Ll}/u.test(next) || /,$/.test(line) || OPEN_ENDING.test(line)) return true;
  // (Not a subtitle before the story's dateline or its first quotation: '... Kishida noted' / 'TOKYO, October 8. /TASS/. ...'.)
  if (DATELINE_START.test(next) || /^["“]/.test(next)) return false;
  const words = line.split(' ');
  if (words.length < WRAPPED_PROSE_WORDS) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.5;
}

const DATELINE_START = /^\p{Lu}{2,}[\p{Lu}\s/.-]*(?:\([^)]*\))?\s*[,(–—-]/u;

// A sentence does not stop on these words, nor a heading.
const OPEN_ENDING = /\s(?:a|an|the|of|to|in|on|at|by|for|with|from|into|and|or|but|as|that|which|who|whose|than|its|their|his|her|our|is|are|was|were|be|been|has|have|had|will|would|not)$/i;
const WRAPPED_PROSE_WORDS = 14;
// A paragraph's whole sentences, up to the last one's end.
const WHOLE_SENTENCES = /^(.*[.!?…]["'”’»)\]]*)\s+\S[^]*$/u;

const TIMELINE_YEAR = /^(1[5-9]\d\d|20\d\d)\s*:?$/;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const TIMELINE_ENTRY = new RegExp(`^(${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*(?:${MONTH}\\s+)?\\d{1,2})?)(?=\\s*[-–—:]\\s)`);
const DATE_LINE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}),?\\s+(?:1[5-9]|20)\\d\\d$`);
const SPEAKER_LINE = /^(?:speaker|interviewee|guest|respondent|briefing by|answered by|remarks by)\s*:\s*\S.{0,120}$/i;
export const SIGNED_QUOTE = /^["“][^"“”]{20,}["”]\s*[-–—]\s*\p{Lu}[^"“”]{1,200}$/u;
const TERMINAL = /[.!?…]["'”’»)\]]*$/;
const LABEL_LINE = /^[A-Z][^:"“]{0,160}:$/;
const CAPTION_LINE = /^\[(?:(?:CAPTION|SOUNDBITE|SOT|SUPER|LOWER THIRD|NAME)\s*[:-]\s*)?(\p{Lu}[^\]"“]{2,120})\]$/u;
// ("Japan hit back on Tuesday.": a paragraph of its own, and it dates the ones after it.)
const MIN_WORDS = 3;
// (What is left of a line cut off mid-sentence needs more to count as prose: "▶ Related: ... (Sept.")
const CUT_MIN_WORDS = 6;

function isRunningText(line: string, minWords = MIN_WORDS): boolean {
  // ("... It did not settle the border. Its main provisions:": a paragraph that introduces a list.)
  if (!TERMINAL.test(line) && !(/:$/.test(line) && /[.!?]["'”’»)\]]*\s/.test(line))) return false;
  const words = line.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= minWords;
}

const BOILERPLATE: RegExp[] = [
  // video and audio players, and the promos that introduce them
  /^(WATCH|VIDEO|LISTEN|AUDIO|PHOTO|GALLERY|PODCAST)\s*[:|-]/i,
  /\b(no media source currently available|loading video|your browser does not support|please wait)\b/i,
  // link lists
  /^[^\p{L}\d]*(read more|related|see also|more on this|recommended|most read|trending)\b\s*[:|-]?/iu,
  // legal, cookie and subscription notices
  /\b(all rights reserved|terms of (use|service)|privacy policy|cookie(s)? (policy|settings)|we use cookies|accept (all )?cookies)\b/i,
  /(©|\bcopyright\b)/i,
  /\b(subscribe (now|to|for)|sign up (for|to)|newsletter|create an account|log in to|already a subscriber)\b/i,
  /\bclick here\b/i,
  /\b(has been|was) (declared|designated) an? ["“]?undesirable organi[sz]ation/i,
  /\bif you are in russia\b/i,
  /\b(share|like|comment on|save) (this|our) (article|content|story)\b/i,
  // photo captions: "... is seen in this aerial picture taken on ...", "Putin (R) shakes hands with Abe ...",
  // a credit at the end ("Sputnik/Kremlin/via REUTERS", "(AP Photo/...)", "AFP via Getty Images")
  /\b(?:in|from) this (?:[\p{L}-]+ ){0,3}(?:picture|photo|photograph|image|handout|footage|screen ?grab)\b/iu,
  /\((?:R|L|C|C-?R|C-?L|\d(?:st|nd|rd|th)\s*(?:R|L|from (?:left|right)))\)\s+\p{Ll}/u,
  /(?:\bvia REUTERS|\bREUTERS\/[\p{L} .'-]+|\((?:AP|AFP|Reuters|Kyodo|EPA)\s+Photo[^)]*\)|\bAFP(?: PHOTO| via Getty Images)\b|\bGetty Images)\s*[.)]?\s*$/u,
  // author bios: "<Name> is a Moscow-based journalist ...", "<Name> has reported for ..."
  /^([A-Z][\p{L}.'-]+ ){1,3}(is|was) an? ([\p{L}-]+ ){0,5}(journalist|correspondent|reporter|editor|writer|columnist|contributor|freelancer)\b/u,
  /^([A-Z][\p{L}.'-]+ ){1,3}(has (reported|written) for|covers? [\p{L} ]+ for)\b/u,
];
