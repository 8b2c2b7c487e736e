import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Codebook } from './codebook.js';
import { codebookSchema } from './codebook.schema.js';

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
  return new Codebook(parsed.data);
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
