// Structured logs (pino) with every secret redacted, whatever object it hides in, and the request id.
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { SECRET_VARIABLES } from './config.js';
import { currentRequestId } from './request-context.js';

/** Paths pino blanks out: tokens, secrets and authorisation headers, at the top level and one level down. */
export const REDACTED_PATHS = [
  ...[
    'token',
    'secret',
    'password',
    'authorization',
    'signingSecret',
    'appToken',
    'botToken',
    ...SECRET_VARIABLES,
  ].flatMap((key) => [key, `*.${key}`]),
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-signature-ed25519"]',
  'req.headers["x-slack-signature"]',
];

export function createLogger(level = 'info', destination?: DestinationStream): PinoLogger {
  const options = {
    level,
    base: { app: 'backprop-tutor' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
    // Every line logged while a command is handled carries its request id.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
