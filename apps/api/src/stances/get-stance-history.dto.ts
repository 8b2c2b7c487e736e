import { z } from 'zod';
import { actorParam, knownAtParam, minPositionParam, questionParam } from './read-params.js';

export const getStanceHistoryQuerySchema = z.strictObject({
  actor: actorParam,
  question: questionParam,
  knownAt: knownAtParam.optional(),
  minPosition: minPositionParam.optional(),
});

export type GetStanceHistoryQuery = z.output<typeof getStanceHistoryQuerySchema>;
