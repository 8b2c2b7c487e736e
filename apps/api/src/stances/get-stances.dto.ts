import { z } from 'zod';
import { actorParam, dayParam, knownAtParam, minPositionParam, questionParam } from './read-params.js';

export const getStancesQuerySchema = z.strictObject({
  at: dayParam.optional().meta({ description: 'The day asked about, YYYY-MM-DD (default: today, UTC).', example: '2018-10-01' }),
  actor: actorParam.optional(),
  question: questionParam.optional(),
  knownAt: knownAtParam.optional(),
  minPosition: minPositionParam.optional(),
});

export type GetStancesQuery = z.output<typeof getStancesQuerySchema>;
