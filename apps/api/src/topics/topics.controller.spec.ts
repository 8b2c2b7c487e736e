import { givenApi } from '../../../../test/support/api.js';
import { ApiModule } from '../api.module.js';

const given = givenApi({ modules: [ApiModule] });

describe('GET /v1/topics', () => {
  it('lists every topic with its actors, questions and positions, and none of the extraction cues', async () => {
    const response = await given.api.get('/v1/topics');
    expect(response.status).toBe(200);
    expect(response.body.next).toBeUndefined();
    const kurils = response.body.items.find((t: { id: string }) => t.id === 'kuril-islands');
    expect(kurils).toMatchObject({ id: 'kuril-islands', title: expect.any(String) });
    expect(kurils.actors.map((a: { id: string }) => a.id)).toEqual([
      'russia', 'japan', 'russian-public', 'russian-nationalists', 'russian-state-media', 'japanese-public', 'united-states',
    ]);
    expect(kurils.actors[0]).toMatchObject({ name: expect.any(String), kind: 'state', aliases: expect.arrayContaining(['Moscow', 'the Kremlin']) });
    expect(Object.fromEntries(kurils.questions.map((q: { id: string; positions: { id: string }[] }) => [q.id, q.positions.map((p) => p.id)]))).toEqual({
      'peace-treaty': ['seeks', 'suspended'],
      sequencing: ['territory-first', 'treaty-first', 'recognition-first'],
      sovereignty: ['japan-all-four', 'two-islands', 'russia-all'],
      'basis-1956': ['accepts', 'rejects'],
      handover: ['supports', 'opposes'],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/"(cues|eventTypes|keywords|demonyms)"/);
  });
});

describe('GET /v1/topics/:topic', () => {
  it('returns one topic, as listed', async () => {
    const [list, one] = await Promise.all([given.api.get('/v1/topics'), given.api.get('/v1/topics/kuril-islands')]);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(list.body.items.find((t: { id: string }) => t.id === 'kuril-islands'));
  });

  it.each(['atlantis', 'Kuril-Islands', '%20'])('answers 404 naming the topic for %j', async (topic) => {
    const response = await given.api.get(`/v1/topics/${topic}`);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('unknown topic') });
  });
});
