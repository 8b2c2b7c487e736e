import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationError } from '#lib/errors';

/** Validates and converts a request part with a zod schema; the error names the offending field. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      const field = [...issue.path.map(String), issue.keys[0]].join('.');
      throw new ValidationError(`${field}: unknown field`, field);
    }
    const field = issue.path.map(String).join('.') || undefined;
    throw new ValidationError(field ? `${field}: ${issue.message}` : issue.message, field);
  }
}
