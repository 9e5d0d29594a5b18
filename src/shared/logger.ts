/** A log line's level. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where log lines go; tests capture them to prove no secret is ever logged. */
export interface LogSink {
  (level: LogLevel, message: string): void;
}

let sink: LogSink = (level, message) => {
  (level === 'debug'
    ? console.debug
    : level === 'info'
      ? console.info
      : level === 'warn'
        ? console.warn
        : console.error)(message);
};

/** Replaces the process-wide sink (tests, the command-line tool). Returns the previous one. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/**
 * A logger whose lines carry a `[CRM Desktop:<scope>]` prefix.
 * Never pass a password, a session token or a whole SOAP envelope to it.
 */
export function createLogger(scope: string) {
  const prefix = `[CRM Desktop:${scope}]`;
  return {
    debug: (message: string) => sink('debug', `${prefix} ${message}`),
    info: (message: string) => sink('info', `${prefix} ${message}`),
    warn: (message: string) => sink('warn', `${prefix} ${message}`),
    error: (message: string) => sink('error', `${prefix} ${message}`),
  };
}

/** A logger as returned by {@link createLogger}. */
export type Logger = ReturnType<typeof createLogger>;
