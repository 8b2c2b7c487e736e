import { htmlToText, looksLikeHtml } from './text/html-to-text.js';
import { removeBoilerplate } from './text/remove-boilerplate.js';

/**
 * The text an article is stored and read as: markup stripped and entities decoded when the input
 * is HTML, then page boilerplate removed. Evidence offsets point into this text.
 */
export function prepareArticleText(raw: string): string {
  return removeBoilerplate(looksLikeHtml(raw) ? htmlToText(raw) : raw);
}
