import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Codebook } from './codebook.js';
import { codebookSchema, type CodebookDocument } from './codebook.schema.js';
import { languageSchema, type LanguageDocument } from './language.schema.js';
import { compileTemplate, TemplateError, type TemplateContext } from './template.js';

/** Raised when a codebook file is malformed; the message names the file and the offending path. */
export class CodebookError extends Error {
  override name = 'CodebookError';
}

/** Loads and validates every `*.yaml` / `*.yml` / `*.json` codebook in `directory`: one file per topic. */
export function loadCodebooks(directory = findTopicsDirectory()): Codebook[] {
  const files = readdirSync(directory)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort();
  const codebooks = files.map((name) => loadCodebookFile(join(directory, name)));
  const seen = new Set<string>();
  for (const codebook of codebooks) {
    if (seen.has(codebook.id)) throw new CodebookError(`codebook id ${codebook.id} is defined twice in ${directory}`);
    seen.add(codebook.id);
  }
  return codebooks;
}

export function loadCodebookFile(path: string): Codebook {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CodebookError(`codebook ${path} is not valid YAML/JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = codebookSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodebookError(`codebook ${path}: ${issue.path.join('.') || '(root)'} ${issue.message}`);
  }
  // Languages live beside the topics folder; a folder of topics elsewhere uses the project's.
  const beside = join(dirname(dirname(path)), 'languages');
  const language = existsSync(join(beside, `${parsed.data.language}.yaml`)) ? loadLanguage(parsed.data.language, beside) : loadLanguage(parsed.data.language);
  checkTemplates(path, parsed.data, language);
  return new Codebook(parsed.data, language);
}

const languages = new Map<string, LanguageDocument>();

/** `<directory>/<id>.yaml`: a language's function words and synonym sets, validated. */
export function loadLanguage(id: string, directory = join(dirname(findTopicsDirectory()), 'languages')): LanguageDocument {
  const path = join(directory, `${id}.yaml`);
  const cached = languages.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new CodebookError(`language ${id}: ${path} not found`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CodebookError(`language ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = languageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodebookError(`language ${path}: ${issue.path.join('.') || '(root)'} ${issue.message}`);
  }
  languages.set(path, parsed.data);
  return parsed.data;
}

/** The context a codebook's templates compile in: the language's synonym sets, then the topic's. */
export function templateContext(document: CodebookDocument, language: LanguageDocument): TemplateContext {
  return {
    synonyms: new Map([...Object.entries(language.synonyms), ...Object.entries(document.synonyms)]),
    negators: new Set(language.negators),
  };
}

/** Every template compiles (so a bad one stops start-up, named with its file and path). */
function checkTemplates(path: string, d: CodebookDocument, language: LanguageDocument): void {
  const context = templateContext(d, language);
  const check = (where: string, source: string) => {
    try {
      compileTemplate(source, context);
    } catch (error) {
      if (error instanceof TemplateError) throw new CodebookError(`codebook ${path}: ${where} ${error.message}`);
      throw error;
    }
  };
  for (const [name, members] of context.synonyms) members.forEach((m, k) => check(`synonyms.${name}.${k}`, m));
  d.questions.forEach((q, i) => {
    q.positions.forEach((p, j) =>
      p.cues.forEach((c, k) => {
        check(`questions.${i}.positions.${j}.cues.${k}`, typeof c === 'string' ? c : c.template);
        if (typeof c !== 'string' && c.unless) check(`questions.${i}.positions.${j}.cues.${k}.unless`, c.unless);
      }),
    );
    q.slotCues.forEach((c, k) => {
      const slots = compileTemplate(c.template, context).slots;
      check(`questions.${i}.slotCues.${k}`, c.template);
      if (!slots.has(c.slot) && c.slot !== 'holder') throw new CodebookError(`codebook ${path}: questions.${i}.slotCues.${k} template has no slot $${c.slot}`);
    });
  });
  d.eventTypes.forEach((t, i) => t.cues.forEach((c, k) => check(`eventTypes.${i}.cues.${k}`, c)));
}

/** `libs/codebook/topics`, found from this file whether it runs from src/ or dist/. */
export function findTopicsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'libs', 'codebook', 'topics');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new CodebookError('libs/codebook/topics not found');
    dir = parent;
  }
}
