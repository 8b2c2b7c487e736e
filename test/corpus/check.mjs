// Checks a folder of corpus articles: node test/corpus/check.mjs <folder>
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import edtf from 'edtf';

const QUESTIONS = {
  'peace-treaty': ['seeks', 'suspended'],
  sequencing: ['territory-first', 'treaty-first', 'recognition-first'],
  sovereignty: ['japan-all-four', 'two-islands', 'russia-all'],
  'basis-1956': ['accepts', 'rejects'],
  handover: ['supports', 'opposes'],
};
const ACTORS = ['russia', 'japan', 'russian-public', 'russian-nationalists', 'russian-state-media', 'japanese-public', 'united-states'];
const TYPES = ['agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'investigate', 'demand', 'disapprove', 'reject', 'threaten', 'protest', 'mobilize', 'sanction', 'coerce', 'assault', 'fight', 'statement', 'poll'];
const CONTEXTS = ['historical', 'future', 'hypothetical', 'negation'];
const HEADER = ['url', 'title', 'outlet', 'author', 'publishedAt', 'topic'];

const dir = process.argv[2];
let errors = 0;
let warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };
const bounds = (d) => {
  const v = edtf(d);
  return { earliest: new Date(v.min).toISOString().slice(0, 10), latest: new Date(v.max).toISOString().slice(0, 10) };
};

let signals = 0;
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
for (const name of files) {
  const slug = name.replace(/\.txt$/, '');
  const content = readFileSync(join(dir, name), 'utf8');
  const split = content.indexOf('\n\n');
  if (split < 0) { err(slug, 'no blank line after the header'); continue; }
  const fields = Object.fromEntries(content.slice(0, split).split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  for (const h of HEADER) if (!fields[h]) err(slug, `header lacks ${h}`);
  if (fields.topic && fields.topic !== 'kuril-islands') err(slug, 'topic must be kuril-islands');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(fields.publishedAt ?? '')) err(slug, 'publishedAt must look like 2019-01-21T09:00:00Z');
  const published = (fields.publishedAt ?? '').slice(0, 10);
  const body = content.slice(split + 2);
  const words = body.split(/\s+/).filter(Boolean).length;
  const jsonFile = join(dir, `${slug}.expected.json`);
  if (!existsSync(jsonFile)) { err(slug, 'no .expected.json'); continue; }
  let expected;
  try { expected = JSON.parse(readFileSync(jsonFile, 'utf8')); } catch (e) { err(slug, `expected.json does not parse: ${e.message}`); continue; }
  if (!Array.isArray(expected.events)) { err(slug, 'expected.json needs an events array'); continue; }
  if (typeof expected.notes !== 'string') warn(slug, 'expected.json has no notes string');
  const seen = new Map();
  let n = 0;
  expected.events.forEach((e, i) => {
    const at = `${slug} event ${i}`;
    let b;
    try { b = bounds(e.date); } catch { err(at, `date ${JSON.stringify(e.date)} is not EDTF`); return; }
    if (!Array.isArray(e.type) || e.type.length === 0 || e.type.some((t) => !TYPES.includes(t))) err(at, `type must be a non-empty list of ${TYPES.join(', ')}`);
    if (!Array.isArray(e.context) || e.context.some((c) => !CONTEXTS.includes(c))) err(at, `context must be a list of ${CONTEXTS.join(', ')}`);
    if (!Array.isArray(e.actors) || e.actors.some((a) => !ACTORS.includes(a))) err(at, `actors must be ids among ${ACTORS.join(', ')}`);
    if (!Array.isArray(e.stances)) err(at, 'stances must be a list');
    if (typeof e.quote !== 'string' || !e.quote) err(at, 'quote missing');
    else if (!body.includes(e.quote)) err(at, `quote is not an exact substring of the body: ${JSON.stringify(e.quote.slice(0, 80))}`);
    else if (body.indexOf(e.quote) !== body.lastIndexOf(e.quote)) warn(at, 'quote occurs more than once in the body');
    const silent = (e.context ?? []).some((c) => ['future', 'hypothetical', 'negation'].includes(c));
    if (silent && e.stances?.length) err(at, 'future, hypothetical and negated events carry no stances');
    if (!(e.context ?? []).some((c) => ['future', 'hypothetical'].includes(c)) && b.earliest > published) err(at, `dated ${e.date}, after publication ${published}, but not future/hypothetical`);
    for (const s of e.stances ?? []) {
      n++;
      if (!ACTORS.includes(s.actor)) err(at, `unknown actor ${s.actor}`);
      if (!QUESTIONS[s.question]) err(at, `unknown question ${s.question}`);
      else if (!QUESTIONS[s.question].includes(s.position)) err(at, `position ${s.position} is not one of ${s.question}: ${QUESTIONS[s.question].join(', ')}`);
      const key = `${s.actor} ${s.question}=${s.position} ${e.date}`;
      if (seen.has(key)) err(at, `signal ${key} annotated twice (once per actor, question, position and date)`);
      seen.set(key, i);
    }
  });
  signals += n;
  console.log(`ok    ${slug}: ${words} words, ${expected.events.length} events, ${n} signals`);
}
console.log(`\n${files.length} articles, ${signals} signals, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
