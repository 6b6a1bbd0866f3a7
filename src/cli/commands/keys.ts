/**
 * `signin-report keys rotate|show`: the secret behind pseudonymised exports. Rotating replaces it
 * with a new random one, so exports made from now on share no pseudonym with earlier ones (use
 * it when an export went further than intended, or on a schedule). Only a fingerprint of the
 * key is ever shown.
 */
import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { currentPseudonymizationKey, rotatePseudonymizationKey } from '../../core/use-cases/pseudonymization-key.js';
import { newRandomKey } from '../../node/node-crypto.js';

/** 64 bits of SHA-256: enough to tell keys apart, useless for guessing one. */
const fingerprint = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);

export const registerKeys: RegisterCommand = (program, ctx) => {
  const keys: Command = program.command('keys').description('the secret key of pseudonymised exports (export --pseudonymize)');

  keys
    .command('rotate')
    .description('replace the pseudonymisation key: later exports share no pseudonym with earlier ones')
    .action(async () => {
      const store = await ctx.store();
      const { previous, current } = await rotatePseudonymizationKey(store, newRandomKey);
      ctx.err(previous ? `Replaced pseudonymisation key ${fingerprint(previous)}.` : 'There was no pseudonymisation key yet.');
      ctx.err('Exports made from now on use new pseudonyms; earlier exports cannot be linked to them.');
      ctx.out(`key ${fingerprint(current)}`);
    });

  keys
    .command('show')
    .description("print the current key's fingerprint (never the key)")
    .action(async () => {
      const store = await ctx.store();
      const key = await currentPseudonymizationKey(store);
      ctx.out(key ? `key ${fingerprint(key)}` : 'no key yet (the first pseudonymised export creates one)');
    });
};
