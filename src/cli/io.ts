/** The CLI's view of the outside world, injected so commands run in-process in tests. */
export interface Writer {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); tests pass their own. */
  readonly stopSignal?: Promise<void>;
}
