import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationError } from '#lib/errors';

/** Validates and converts a request part with a zod schema; the error names the offending field. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    // "url: is required" reads better than zod's "expected string, received undefined".
    const parsed = this.schema.safeParse(value, { error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined) });
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      const field = [...issue.path.map(String), issue.keys[0]].join('.');
      throw new ValidationError(`${field}: unknown field`, field);
    }
    const field = issue.path.map(String).join('.') || undefined;
    if (!field) throw new ValidationError(issue.message === 'is required' ? 'a JSON body is required' : issue.message);
    throw new ValidationError(`${field}: ${issue.message}`, field);
  }
}
