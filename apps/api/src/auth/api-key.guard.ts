import { createHash, timingSafeEqual } from 'node:crypto';
import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  Logger,
  type OnModuleInit,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '#lib/config';

/** Methods that change nothing stay open; everything else is a write. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const PRIVATE = 'stanceline:private';

/** Reads of this controller or route need the key too: what they show belongs to the caller's key. */
export const Private = () => SetMetadata(PRIVATE, true);

type AuthenticatedRequest = { method: string; headers: Record<string, string | string[] | undefined>; apiKeyId?: string };

/**
 * The caller's identity: a digest of the API key they presented (the key itself is never stored).
 * Only on routes that required a key.
 */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const id = context.switchToHttp().getRequest<AuthenticatedRequest>().apiKeyId;
  if (!id) throw new UnauthorizedException('this route needs an Authorization: Bearer <api key> header');
  return id;
});

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

  constructor(
    config: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.keyDigests = config.apiKeys.map(digest);
  }

  onModuleInit(): void {
    if (this.keyDigests.length === 0) this.logger.warn('API_KEYS is empty: every write is refused with 401; reads stay open');
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPrivate = this.reflector.getAllAndOverride<boolean>(PRIVATE, [context.getHandler(), context.getClass()]) ?? false;
    if (READ_METHODS.has(request.method) && !isPrivate) return true;
    const what = READ_METHODS.has(request.method) ? 'this route' : 'writes';
    if (this.keyDigests.length === 0) return this.refuse(context, `${what} need an API key, and the server has no API_KEYS configured`);
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return this.refuse(context, `${what} need an Authorization: Bearer <api key> header`);
    const presented = digest(match[1]);
    // Every key is compared, so the time taken does not say which one (if any) matched.
    let valid = false;
    for (const key of this.keyDigests) valid = timingSafeEqual(presented, key) || valid;
    if (!valid) return this.refuse(context, 'the API key is not valid');
    request.apiKeyId = presented.toString('hex');
    return true;
  }

  private refuse(context: ExecutionContext, message: string): never {
    context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>().header('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(message);
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
