import { z } from 'zod';

/** A page size in the query string: an integer from 1 to `max`. */
export function limitParam(max: number) {
  const message = `must be an integer from 1 to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, { message })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { message });
}
