import { removeBoilerplate } from './remove-boilerplate.js';

describe('removeBoilerplate', () => {
  it('drops headings, link lists and notices, and keeps running text', () => {
    const page = ['World', 'Read more: Tokyo protests drills on the islands', 'Russia said on Monday it would not hand over the islands to Japan.', '© 2019 Example Press. All rights reserved.'].join('\n');
    expect(removeBoilerplate(page)).toBe('Russia said on Monday it would not hand over the islands to Japan.');
  });

  it('keeps a short paragraph of running text ("Tokyo objected on Thursday."), and not a credit line of two words', () => {
    const page = ['Moscow announced the drills near Kunashir on Wednesday.', 'Tokyo objected on Thursday.', 'File photo.', 'Its envoy was summoned.', '▶ Related: Abe meets former islanders in Nemuro (Sept. 3, 2018)'].join('\n');
    expect(removeBoilerplate(page)).toBe('Moscow announced the drills near Kunashir on Wednesday.\n\nTokyo objected on Thursday.\n\nIts envoy was summoned.');
  });

  it('keeps a transcript\'s "Speaker:" line, which says who answers below', () => {
    const page = ['Press Conference (Summary)', 'Speaker: Chief Cabinet Secretary Takeo Kawamura', 'A: The government will continue to negotiate with determination.'].join('\n');
    expect(removeBoilerplate(page)).toBe('Speaker: Chief Cabinet Secretary Takeo Kawamura.\n\nA: The government will continue to negotiate with determination.');
  });
  it('keeps a label line above a quotation with the quotation, as a roundup introduces who says it', () => {
    const page = ['Share: Facebook | X', 'Sergey Lavrov, foreign minister, at a news conference on Monday:', '"The islands are Russian territory, and this is not up for discussion."', 'Related:'].join('\n');
    expect(removeBoilerplate(page)).toBe('Sergey Lavrov, foreign minister, at a news conference on Monday: "The islands are Russian territory, and this is not up for discussion."');
  });

  it('gives a timeline\'s entries the year they stand under', () => {
    const page = ['Key dates:', '1956', 'Oct. 19 - The Soviet Union and Japan sign a joint declaration ending the state of war.', '1993', 'Oct. 13 - Yeltsin and Hosokawa sign the Tokyo Declaration on the four islands.'].join('\n');
    expect(removeBoilerplate(page)).toBe(
      'Oct. 19, 1956 - The Soviet Union and Japan sign a joint declaration ending the state of war.\n\nOct. 13, 1993 - Yeltsin and Hosokawa sign the Tokyo Declaration on the four islands.',
    );
  });

  it('turns a broadcast caption above a soundbite into its label ("[CAPTION: SUGA YOSHIHIDE / Prime Minister]")', () => {
    const page = ['[CAPTION: SUGA YOSHIHIDE / Prime Minister]', '"I will resolve the territorial issue and conclude a peace treaty."'].join('\n');
    expect(removeBoilerplate(page)).toBe('SUGA YOSHIHIDE, Prime Minister: "I will resolve the territorial issue and conclude a peace treaty."');
  });

  it('joins lines a capture wrapped inside a sentence, and not a heading to the story under it', () => {
    const page = [
      'Example Wire',
      'Back to Main',
      'Tokyo and Moscow agree on a survey trip to the islands',
      '',
      'Japan and Russia agreed on Friday to send a survey team as',
      'early as next month to the islands held by Moscow but',
      'claimed by Tokyo, the two governments said.',
      'Japan',
      'lays claim to all four islands, which it calls the Northern Territories.',
      'The ministry also said that it had asked the Russian side to extend the visa-free exchanges for former residents of the Habomai',
      'Islands and Shikotan.',
    ].join('\n');
    expect(removeBoilerplate(page)).toBe(
      [
        'Japan and Russia agreed on Friday to send a survey team as early as next month to the islands held by Moscow but claimed by Tokyo, the two governments said.',
        'Japan lays claim to all four islands, which it calls the Northern Territories.',
        'The ministry also said that it had asked the Russian side to extend the visa-free exchanges for former residents of the Habomai Islands and Shikotan.',
      ].join('\n\n'),
    );
  });

  it('keeps the whole sentences of a paragraph the capture cut off', () => {
    const page = 'The foreign minister said on Saturday that the islands were Russian territory. He also said that the two sides would go on talking about a peace treaty between';
    expect(removeBoilerplate(page)).toBe('The foreign minister said on Saturday that the islands were Russian territory.');
  });

  it('does not join an agency\'s subtitle to the dateline or the quotation under it', () => {
    const page = ['"We will keep working toward a peace treaty," the prime minister noted', 'TOKYO, October 8. /TASS/. The prime minister spoke about the islands on Friday.'].join('\n');
    expect(removeBoilerplate(page)).toBe('TOKYO, October 8. /TASS/. The prime minister spoke about the islands on Friday.');
  });
});
