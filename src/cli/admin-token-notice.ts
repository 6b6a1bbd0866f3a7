/**
 * How `serve` hands over the first admin token. On a terminal it is printed (once). Otherwise
 * stderr is most likely captured by a service manager or a container runtime and kept in
 * persistent logs, so the secret goes to a file only its owner can read (mode 0600, created
 * afresh, never through a symbolic link) and only that file's path is printed.
 */
import { closeSync, constants, fchmodSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import type { CommandContext } from './context.js';

export const ADMIN_TOKEN_FILE = 'signin-report-admin-token.txt';

/** Beside the SQLite file; with PostgreSQL (or an in-memory store) in the working folder. */
export const adminTokenPath = (db: string, cwd: string): string => {
  const isFile = !/^postgres(ql)?:\/\//i.test(db) && db !== ':memory:';
  return join(isFile ? dirname(resolve(cwd, db)) : cwd, ADMIN_TOKEN_FILE);
};

const writeOwnerOnly = (file: string, text: string): void => {
  try {
    unlinkSync(file);
  } catch {
    // Absent: nothing to replace.
  }
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    fchmodSync(fd, 0o600); // the umask may have narrowed it further, never widened it; be exact
    writeSync(fd, text);
  } catch (e) {
    throw new AppError(
      'StorageUnavailable',
      `could not write the admin token to ${file}: ${(e as Error).message}; create another offline with ` +
        '`signin-report token create --name NAME --scope admin`',
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

export const announceAdminToken = (
  ctx: Pick<CommandContext, 'err' | 'io'>,
  admin: { readonly name: string; readonly secret: string },
  url: string,
  where: { readonly db: string; readonly cwd: string },
  now: Date,
): void => {
  if (ctx.io.stderr.isTTY === true) {
    ctx.err(`Created admin token '${admin.name}'. It is shown only this once; keep it safe:`);
    ctx.err(`  ${admin.secret}`);
    ctx.err(`Open in a browser: ${url}/#token=${admin.secret}`);
    return;
  }
  const file = adminTokenPath(where.db, where.cwd);
  writeOwnerOnly(
    file,
    `# signin-report admin token '${admin.name}', created ${now.toISOString()}.\n` +
      '# Store it somewhere safe, then delete this file.\n' +
      `${admin.secret}\n` +
      `# Browser: ${url}/#token=${admin.secret}\n`,
  );
  ctx.err(`Created admin token '${admin.name}'. stderr is not a terminal, so the secret is not printed here:`);
  ctx.err(`it was written to ${file} (readable by its owner only). Keep it safe, then delete the file.`);
};
