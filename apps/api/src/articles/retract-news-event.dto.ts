import { z } from 'zod';

export const retractNewsEventSchema = z.strictObject({
  reason: z.string().trim().min(1, { message: 'must be a non-empty string' }).max(2000),
});

export type RetractNewsEventBody = z.output<typeof retractNewsEventSchema>;
