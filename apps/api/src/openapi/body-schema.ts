import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** A zod body schema as OpenAPI, for routes that add named examples to the body (ApiBody wants both). */
export function bodySchema(schema: z.ZodType): SchemaObject {
  const { $schema: _, ...openApi } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as Record<string, unknown>;
  return openApi as SchemaObject;
}
