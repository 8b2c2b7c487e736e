import { z } from 'zod';

const ids = (what: string) =>
  z
    .array(z.string().trim().min(1, { message: 'must be non-empty strings' }).max(100))
    .max(100)
    .optional()
    .meta({ description: `Only changes of these ${what} (codebook ids); every one when absent or empty.` });

export const createSubscriptionSchema = z.strictObject({
  url: z.string().trim().min(1, { message: 'must be a non-empty string' }).max(2048).meta({
    description: 'Where to POST: http(s), no credentials; private, loopback and link-local addresses are refused unless WEBHOOK_ALLOW_CIDRS allows them.',
    example: 'https://example.com/hooks/stanceline',
  }),
  topic: z.string().trim().min(1, { message: 'must be a topic id' }).max(100).meta({ example: 'kuril-islands' }),
  actors: ids('actors'),
  questions: ids('questions'),
  description: z.string().trim().max(500).optional(),
});

export type CreateSubscriptionBody = z.output<typeof createSubscriptionSchema>;
