/** What every command receives: IO, the global options, and a way to open the store. */
import type { Command } from 'commander';
import type { CliIO } from './io.js';
import { loadConfig, type Config } from '../config.js';
import { openStore } from '../compose.js';
import type { SignInStore } from '../core/ports.js';

export interface GlobalOptions {
  readonly db?: string;
  readonly config?: string;
  readonly debug?: boolean;
}

export interface CommandContext {
  readonly io: CliIO;
  /** Loads and validates configuration, with these command flags on top. */
  config(flags?: Partial<Record<keyof Config, unknown>>): Config;
  /** Opens (and migrates) the configured store; closed by `main` when the command ends. */
  store(flags?: Partial<Record<keyof Config, unknown>>, options?: Parameters<typeof openStore>[1]): Promise<SignInStore>;
  /** Sets the process exit code without throwing. */
  setExitCode(code: number): void;
  out(line: string): void;
  err(line: string): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const createContext = (io: CliIO, program: Command, onExit: (code: number) => void, opened: SignInStore[]): CommandContext => {
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const config: CommandContext['config'] = (flags = {}) =>
    loadConfig({ env: io.env, configFile: globals().config, flags: { db: globals().db, ...flags } });
  return {
    io,
    config,
    store: async (flags, options) => {
      const s = await openStore(config(flags), options);
      opened.push(s);
      return s;
    },
    setExitCode: onExit,
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
  };
};
