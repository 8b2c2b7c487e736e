import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, Logger, type OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { AppConfig } from '#lib/config';

/** Methods that change nothing stay open; everything else is a write. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes need `Authorization: Bearer <key>` with one of the API_KEYS. Installed globally, so a
 * write route added later is protected without anyone remembering to ask for it.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate, OnModuleInit {
  private readonly logger = new Logger('Auth');
  // Digests have one length whatever the key's, so comparing them leaks neither a key's length
  // nor how much of it matched.
  private readonly keyDigests: Buffer[];

  constructor(config: AppConfig) {
    this.keyDigests = config.apiKeys.map(digest);
  }

  onModuleInit(): void {
    if (this.keyDigests.length === 0) this.logger.warn('API_KEYS is empty: every write is refused with 401; reads stay open');
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ method: string; headers: Record<string, string | string[] | undefined> }>();
    if (READ_METHODS.has(request.method)) return true;
    if (this.keyDigests.length === 0) return this.refuse(context, 'writes are disabled: the server has no API_KEYS configured');
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return this.refuse(context, 'writes need an Authorization: Bearer <api key> header');
    const presented = digest(match[1]);
    // Every key is compared, so the time taken does not say which one (if any) matched.
    let valid = false;
    for (const key of this.keyDigests) valid = timingSafeEqual(presented, key) || valid;
    return valid || this.refuse(context, 'the API key is not valid');
  }

  private refuse(context: ExecutionContext, message: string): never {
    context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>().header('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(message);
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
