import { removeBoilerplate } from './remove-boilerplate.js';

describe('removeBoilerplate', () => {
  it('drops headings, link lists and notices, and keeps running text', () => {
    const page = ['World', 'Read more: Tokyo protests drills on the islands', 'Russia said on Monday it would not hand over the islands to Japan.', '© 2019 Example Press. All rights reserved.'].join('\n');
    expect(removeBoilerplate(page)).toBe('Russia said on Monday it would not hand over the islands to Japan.');
  });

  it('keeps a transcript\'s "Speaker:" line, which says who answers below', () => {
    const page = ['Press Conference (Summary)', 'Speaker: Chief Cabinet Secretary Takeo Kawamura', 'A: The government will continue to negotiate with determination.'].join('\n');
    expect(removeBoilerplate(page)).toBe('Speaker: Chief Cabinet Secretary Takeo Kawamura.\n\nA: The government will continue to negotiate with determination.');
  });
});
