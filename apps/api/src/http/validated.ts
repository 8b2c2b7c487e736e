import { Body, Query } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe.js';

/*
 * The schema given to the decorator is the one the pipe checks, and @nestjs/swagger reads it (as
 * Standard JSON Schema) to describe the parameters or the body: one definition, no drift.
 */

/** The query string, validated and converted by `schema`. */
export const ValidQuery = (schema: z.ZodType): ParameterDecorator => Query({ schema, pipes: [new ZodValidationPipe(schema)] });

/** The JSON body, validated and converted by `schema`. */
export const ValidBody = (schema: z.ZodType): ParameterDecorator => Body({ schema, pipes: [new ZodValidationPipe(schema)] });
