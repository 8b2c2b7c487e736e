import { prepareArticleText } from './prepare-article-text.js';

describe('prepareArticleText', () => {
  it('restores a dash the page encoding turned into a question mark glued between words, not a real question or a web address', () => {
    const text = prepareArticleText(
      'Japan claims four islands of the Kuril chain?Iturup, Kunashir, Shikotan and Habomai?calling them its Northern Territories.\n\nWill Tokyo ever get them back? Few think so. See example.org/page?id=7 for more.',
    );
    expect(text).toContain('Kuril chain — Iturup, Kunashir, Shikotan and Habomai — calling them');
    expect(text).toContain('get them back? Few think so.');
    expect(text).toContain('example.org/page?id=7');
  });
});
