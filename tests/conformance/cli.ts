// npm run conformance -- --base-url <URL> [--header "Name: value"]… [--allow-writes]
//   [--junit <file>] [--expect-failures <file>]
// Exit codes: 0 every check passed (or failed as listed), 1 a check failed, 2 the kit itself
// could not run (bad arguments, unreachable URL, TLS failure, no readable session).
import { readFileSync, writeFileSync } from 'node:fs';
import { KitError } from './client';
import { Context, type KitOptions } from './kit';
import { junit, parseExpectedFailures, table } from './report';
import { conformance } from './run';

interface Arguments extends KitOptions {
  junit?: string;
  expectFailures: string[];
}

const USAGE =
  'usage: npm run conformance -- --base-url <URL> [--header "Name: value"]… [--allow-writes] [--junit <file>] [--expect-failures <file>]';

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = { baseUrl: '', headers: {}, allowWrites: false, expectFailures: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new KitError(`${flag} needs a value. ${USAGE}`);
      index += 1;
      return next;
    };
    if (flag === '--base-url') args.baseUrl = value().replace(/\/+$/, '');
    else if (flag === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon <= 0)
        throw new KitError(`--header "${header.split(':')[0]}…" is not "Name: value"`);
      args.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (flag === '--allow-writes') args.allowWrites = true;
    else if (flag === '--junit') args.junit = value();
    else if (flag === '--expect-failures') {
      const file = value();
      try {
        args.expectFailures = parseExpectedFailures(readFileSync(file, 'utf8'));
      } catch {
        throw new KitError(`cannot read --expect-failures file ${file}`);
      }
    } else throw new KitError(`unknown argument ${flag}. ${USAGE}`);
  }
  if (!args.baseUrl) throw new KitError(`--base-url is required. ${USAGE}`);
  try {
    const url = new URL(args.baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    throw new KitError(`--base-url ${args.baseUrl} is not an http(s) URL`);
  }
  return args;
}

async function main(): Promise<number> {
  const started = performance.now();
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`conformance: ${(error as Error).message}`);
    return 2;
  }
  const context = new Context(args, (line) => process.stdout.write(`${line}\n`));
  let interrupted = false;
  // On SIGINT/SIGTERM the request in flight completes, no other starts, and the run's clean-up
  // deletes what it created; a second signal stops at once.
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`conformance: ${signal}: deleting the Apps this run created`);
    context.client.stop(`interrupted by ${signal}`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { outcomes, kitError, left, exitCode } = await conformance(context, args.expectFailures);
  if (left.length > 0) console.error(`conformance: could not delete ${left.join(', ')}`);
  if (interrupted) return 130;
  if (outcomes.length > 0) process.stdout.write(`${table(outcomes)}\n`);
  if (args.junit) {
    writeFileSync(args.junit, junit(outcomes, (performance.now() - started) / 1000, kitError));
  }
  if (kitError) console.error(`conformance: ${kitError}`);
  return exitCode;
}

process.exitCode = await main();
