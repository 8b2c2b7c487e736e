import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestArticleInput } from '#lib/articles';

const SEED_METADATA = join('test', 'fixtures', 'seed', 'kuriles-rferl-2019-01-21.json');

/** The seed article (a raw page capture and its metadata), as the demo ingests it. */
export async function readSeedArticle(): Promise<IngestArticleInput> {
  const metadataPath = findUp(SEED_METADATA);
  const { textFile, ...metadata } = JSON.parse(await readFile(metadataPath, 'utf8')) as IngestArticleInput & { textFile: string };
  return { ...metadata, text: await readFile(join(dirname(metadataPath), textFile), 'utf8') };
}

/** `relative` in the checkout, found by walking up from this file (it runs from dist/). */
function findUp(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${relative} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
