import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { StancelineError, UnavailableError } from '#lib/errors';

const STATUS_OF_KIND: Record<string, number> = {
  validation: HttpStatus.BAD_REQUEST,
  'payload-too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'not-found': HttpStatus.NOT_FOUND,
  concurrency: HttpStatus.CONFLICT,
  conflict: HttpStatus.CONFLICT,
  'illegal-state': HttpStatus.CONFLICT,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * The one place where errors become HTTP answers: `{statusCode, error, message}` (plus `field`
 * when one input is to blame). Typed errors map by kind; anything unexpected is a logged 500
 * whose details stay in the log.
 */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse();
    const { statusCode, message, field, retryAfter } = this.describe(exception);
    const body: Record<string, unknown> = { statusCode, error: REASON[statusCode] ?? 'Error', message };
    if (field !== undefined) body.field = field;
    const adapter = this.adapterHost.httpAdapter;
    if (retryAfter !== undefined) adapter.setHeader(response, 'Retry-After', String(retryAfter));
    adapter.reply(response, body, statusCode);
  }

  private describe(exception: unknown): { statusCode: number; message: string; field?: string; retryAfter?: number } {
    if (exception instanceof StancelineError) {
      return {
        statusCode: STATUS_OF_KIND[exception.kind] ?? HttpStatus.INTERNAL_SERVER_ERROR,
        message: exception.message,
        field: (exception as { field?: string }).field,
        retryAfter: exception instanceof UnavailableError ? exception.retryAfterSeconds : undefined,
      };
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? [(response as { message: unknown }).message].flat().join('; ')
          : exception.message;
      return { statusCode: exception.getStatus(), message };
    }
    // Errors raised by the HTTP layer itself (malformed JSON, body too large) carry their status.
    const status = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, message: (exception as Error).message };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'internal error' };
  }
}
