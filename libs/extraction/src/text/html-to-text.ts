const BLOCK_TAGS = /<\/?(p|div|br|h[1-6]|li|ul|ol|section|article|header|footer|nav|aside|blockquote|figure|figcaption|table|tr|td|th|hr|pre)\b[^>]*>/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', eacute: 'é',
};

/** True when the text looks like markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|html|body|span|a|h[1-6]|article|section|li)\b[^>]*>/i.test(text);
}

/** Markup to plain text: scripts and styles dropped, block elements become paragraph breaks, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1>/gi, '')
      .replace(BLOCK_TAGS, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
