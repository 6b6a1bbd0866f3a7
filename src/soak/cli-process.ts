/**
 * The CLI as its own process, for the fault tests that kill it: the same thing
 * `bin/signin-report.js` does, importable from sources (tsx) and from dist/.
 */
import { main } from '../cli/main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
