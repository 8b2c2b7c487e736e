import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodebookError, findTopicsDirectory, loadCodebooks } from './load-codebooks.js';

const kurils = () => readFileSync(join(findTopicsDirectory(), 'kuril-islands.yaml'), 'utf8');

describe('loadCodebooks', () => {
  it('loads kuril-islands with the actors, questions and positions of the public contract', () => {
    const [codebook] = loadCodebooks();
    const d = codebook.document;
    expect(d.id).toBe('kuril-islands');
    expect(d.actors.map((a) => a.id)).toEqual([
      'russia', 'japan', 'russian-public', 'russian-nationalists', 'russian-state-media', 'japanese-public', 'united-states',
    ]);
    expect(Object.fromEntries(d.questions.map((q) => [q.id, q.positions.map((p) => p.id)]))).toEqual({
      'peace-treaty': ['seeks', 'suspended'],
      sequencing: ['territory-first', 'treaty-first', 'recognition-first'],
      sovereignty: ['japan-all-four', 'two-islands', 'russia-all'],
      'basis-1956': ['accepts', 'rejects'],
      handover: ['supports', 'opposes'],
    });
    for (const question of d.questions) for (const position of question.positions) expect(position.cues.length).toBeGreaterThan(0);
  });

  it('a second topic is one more file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codebooks-'));
    writeFileSync(join(dir, 'kuril-islands.yaml'), kurils());
    writeFileSync(
      join(dir, 'senkaku-islands.json'),
      JSON.stringify({
        id: 'senkaku-islands',
        title: 'Senkaku / Diaoyu Islands',
        keywords: ['Senkaku', 'Diaoyu'],
        actors: [
          { id: 'china', name: 'China', kind: 'state', aliases: ['China', 'Beijing'] },
          { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Japan', 'Tokyo'] },
        ],
        questions: [{ id: 'sovereignty', text: 'Who holds the islands?', positions: [{ id: 'china' }, { id: 'japan' }] }],
        eventTypes: [{ type: 'statement', cues: ['say'] }],
      }),
    );
    expect(loadCodebooks(dir).map((c) => c.id)).toEqual(['kuril-islands', 'senkaku-islands']);
  });

  it.each([
    ['a template with an unclosed group', (y: string) => y.replace('"let \'s sign"', '"let (unclosed"'), /questions\.0\.positions\.0\.cues\.\d+ template "let \(unclosed" has an unclosed \(/],
    ['a template naming an unknown synonym set', (y: string) => y.replace('"@suspend ..6', '"@halting ..6'), /questions\.0\.positions\.1\.cues\.0 template .* unknown synonym set @halting/],
    ['a slot cue whose slot the template lacks', (y: string) => y.replace('slot: owner', 'slot: keeper'), /slotCues\.0 template has no slot \$keeper/],
    ['an unknown event type', (y: string) => y.replace('type: poll', 'type: gossip'), /eventTypes\.0\.type/],
    ['a known document whose pattern is no regular expression', (y: string) => y.replace('\\btokyo\\s+declaration', '(tokyo declaration'), /documents\.1\.pattern is not a valid regular expression/],
    ['a duplicate actor id', (y: string) => y.replace('id: japan\n', 'id: russia\n'), /duplicate actor id russia/],
    ['a cue holder that is no actor', (y: string) => y.replace('holder: russia', 'holder: atlantis'), /unknown actor atlantis/],
    ['an implication of an unknown position', (y: string) => y.replace('position: opposes, holders', 'position: welcomes, holders'), /implies\.0 unknown position handover\/welcomes/],
    ['an implication for an unknown holder', (y: string) => y.replace('holders: [russian-nationalists]', 'holders: [atlantis]'), /implies\.0\.holders unknown actor atlantis/],
    ['a template word that is an actor\'s alias', (y: string) => y.replace('"let \'s sign"', '"let tokyo sign"'), /questions\.0\.positions\.0\.cues\.\d+ "tokyo" is read as the actor japan, never as a word: write \$who=japan/],
  ])('refuses %s, naming the file and the path', (_, mutate, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'codebooks-'));
    writeFileSync(join(dir, 'kuril-islands.yaml'), mutate(kurils()));
    expect(() => loadCodebooks(dir)).toThrow(CodebookError);
    expect(() => loadCodebooks(dir)).toThrow(message);
  });
});
