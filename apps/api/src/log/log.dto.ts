import { z } from 'zod';
import { limitParam } from '../http/limit-param.js';

export const logQuerySchema = z.strictObject({
  after: z.string().max(200).optional().meta({ description: 'A cursor: a page’s `next` or any item’s `cursor`; the start of the log when absent.' }),
  limit: limitParam(1000)
    .default(100)
    .meta({ description: 'Page size, 1 to 1000 (default 100).', example: '100' }),
});

export type LogQuery = z.output<typeof logQuerySchema>;
