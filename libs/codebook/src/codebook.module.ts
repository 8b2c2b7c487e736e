import { Global, Module } from '@nestjs/common';
import { CodebookRegistry } from './codebook-registry.js';
import { loadCodebooks } from './load-codebooks.js';

/** Loads and validates every codebook at start-up: a malformed one stops the process. */
@Global()
@Module({
  providers: [{ provide: CodebookRegistry, useFactory: () => new CodebookRegistry(loadCodebooks()) }],
  exports: [CodebookRegistry],
})
export class CodebookModule {}
