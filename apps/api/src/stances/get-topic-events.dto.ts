import { z } from 'zod';
import { EVENT_TYPES } from '#lib/codebook';
import { limitParam } from '../http/limit-param.js';
import { actorParam, dateBoundParam, knownAtParam, minPositionParam } from './read-params.js';

export const getTopicEventsQuerySchema = z.strictObject({
  from: dateBoundParam('earliest')
    .optional()
    .meta({ description: 'Events that may have happened on or after the first day of this EDTF or ISO date.', example: '2018-09' }),
  to: dateBoundParam('latest')
    .optional()
    .meta({ description: 'Events that may have happened on or before the last day of this EDTF or ISO date.', example: '2019-01-21' }),
  actor: actorParam.optional().meta({ description: 'Only events this actor takes part in.', example: 'japan' }),
  type: z.enum(EVENT_TYPES).optional().meta({ description: 'Only events of this PLOVER type.', example: 'statement' }),
  knownAt: knownAtParam.optional(),
  minPosition: minPositionParam.optional(),
  after: z.string().max(200).optional().meta({ description: 'The `next` cursor of the previous page.' }),
  limit: limitParam(1000)
    .optional()
    .meta({ description: 'Page size, 1 to 1000 (default 100).', example: '100' }),
});

export type GetTopicEventsQuery = z.output<typeof getTopicEventsQuerySchema>;
