/**
 * The process-level guard of `serve`: a promise rejection that nothing handled is logged and
 * the server keeps running, instead of Node's default of ending the process (which would drop
 * every other client's request). Request handling is written so that no request produces one
 * (test/http/fuzz.test.ts checks); this guard is the second line. Uncaught *exceptions* are left
 * to Node's default: after one, the process state is unknown and a restart is the safe answer.
 */
export interface GuardLogger {
  error(obj: Record<string, unknown>, msg: string): void;
}

type RejectionTarget = Pick<NodeJS.Process, 'on' | 'off'>;

/** Installs the guard; returns the function that removes it. */
export const installProcessGuard = (log: GuardLogger, target: RejectionTarget = process): (() => void) => {
  let count = 0;
  const onRejection = (reason: unknown) => {
    count++;
    const err = reason instanceof Error ? { type: reason.name, message: reason.message, stack: reason.stack } : { value: String(reason).slice(0, 500) };
    log.error({ err, unhandledRejections: count }, 'unhandled promise rejection: logged, the server keeps running');
  };
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('unhandledRejection', onRejection);
  };
};
