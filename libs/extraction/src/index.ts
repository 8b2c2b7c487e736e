export { extractNewsEvents, type ArticleForExtraction, type Tracer } from './extract-news-events.js';
export type { ExtractedEvent, ExtractedEvidence, ExtractedStance } from './extracted-event.js';
export { prepareArticleText } from './prepare-article-text.js';
export { htmlToText, looksLikeHtml } from './text/html-to-text.js';
export { removeBoilerplate } from './text/remove-boilerplate.js';
export { edtfBounds } from './dates/index.js';
