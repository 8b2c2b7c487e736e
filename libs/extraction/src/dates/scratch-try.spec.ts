import { findDateMentions } from './find-date-mentions.js';

const texts = [
  'Kono travelled to Moscow on Monday, a day after protests in the capital, and will return to Tokyo tomorrow.',
  'The two sides agreed in principle last year to step up the talks and to reach a deal within the next few years.',
  'Tass quoted Peskov as saying on Thursday that a visit in the spring was possible.',
  'The 20th anniversary falls on 9 May.',
  'A poll conducted Jan. 10-14 showed support slipping.',
  'Japan and Russia have been at odds over the islands since the end of World War Two in 1945.',
  'From 1945 until 1991 the islands were Soviet.',
  'Officials in Tokyo said in a statement released on 18 January that the talks would go ahead.',
  'The conference takes place 22-24 January in Davos.',
  'Between late September and early October, the ministers met three times.',
  'He said the treaty, to be signed in 2020, would be the first since 1956.',
  'In 2018 alone, more than 100 meetings took place; in 2017, 80.',
  'The islands, known in Japan as the Northern Territories, have been held by Moscow since 1945 -- more than 70 years.',
  'Earlier, on January 14, Lavrov met Kono.',
  'It was the 1990s. In the 2000s the mood changed, and the 2010s brought sanctions.',
  'Moscow and Tokyo will mark the 65th anniversary of the 1956 declaration next October.',
];
it('prints', () => {
  for (const text of texts) {
    const ms = findDateMentions(text, { date: '2019-01-21', tense: 'present' });
    console.log(text + '\n' + ms.map((m) => `   ${JSON.stringify(m.text)} → ${m.edtf}${m.relative ? ' rel' : ''}`).join('\n'));
  }
});
