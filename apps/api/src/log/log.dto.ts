import { z } from 'zod';

export const logQuerySchema = z.strictObject({
  after: z.string().max(200).optional().meta({ description: 'A cursor: a page’s `next` or any item’s `cursor`; the start of the log when absent.' }),
  limit: z
    .string()
    .regex(/^\d+$/, { message: 'must be an integer from 1 to 1000' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, { message: 'must be an integer from 1 to 1000' })
    .default(100)
    .meta({ description: 'Page size, 1 to 1000 (default 100).', example: '100' }),
});

export type LogQuery = z.output<typeof logQuerySchema>;
