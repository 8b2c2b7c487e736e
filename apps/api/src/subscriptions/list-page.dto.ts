import { z } from 'zod';
import { limitParam } from '../http/limit-param.js';

export const listPageQuerySchema = z.strictObject({
  after: z.string().max(500).optional().meta({ description: 'A page’s `next`: the page after it; the newest first when absent.' }),
  limit: limitParam(100)
    .default(20)
    .meta({ description: 'Page size, 1 to 100 (default 20).', example: '20' }),
});

export type ListPageQuery = z.output<typeof listPageQuerySchema>;
