/// <reference types="node" />
// Node-only code: the reference gives the declaration build (tsconfig.build.json, types: []) the node: modules.
import { existsSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { languageOf } from '../format/locale.js';
import type { Locale } from '../format/messages.js';
import { fromCsvCommand } from './from-csv.js';
import { fromXlsxCommand } from './from-xlsx.js';
import { print } from './output.js';
import { startPreview } from './preview.js';
import { isUrl, readInput } from './read.js';
import { codeOf, messageOf, systemReason } from './reasons.js';
import { say } from './strings.js';
import { validateCommand } from './validate-command.js';

/**
 * `dx-widgets`: the data team's command line (bundled to dist/cli.js by scripts/build-cli.js).
 * Exit codes: 0 all good; 1 invalid input (a document, a sheet); 2 nothing could be checked
 * (a missing or empty file, standard input on the terminal, a failed download, a wrong command
 * line, a busy port) or written (-o);
 * 130, 143 or 129 a write stopped by Ctrl-C, SIGTERM or a closed terminal (SIGHUP) (from-csv.ts).
 */

const DEFAULT_PORT = 5180;

/** A wrong command line, told in the language asked for. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly locale: Locale,
  ) {
    super(message);
  }
}

/**
 * The arguments before `--`, the end of the options: after it every argument is an operand
 * (`validate -- --lang` checks a file named --lang), never an option, `--lang` included. A `--`
 * that is the value of `--lang` itself is not that end.
 */
function optionsPart(argv: string[]): string[] {
  const end = argv.findIndex((arg, i) => arg === '--' && argv[i - 1] !== '--lang');
  return end < 0 ? argv : argv.slice(0, end);
}

/** Where `--lang` and its value are among the options (never after `--`). */
function langAt(argv: string[]): Set<number> {
  const at = new Set<number>();
  optionsPart(argv).forEach((arg, i) => {
    if (arg.startsWith('--lang=')) at.add(i);
    else if (arg === '--lang') at.add(i).add(i + 1);
  });
  return at;
}

function localeOf(argv: string[]): Locale {
  const options = optionsPart(argv);
  const at = options.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return 'vi';
  const lang = options[at].startsWith('--lang=') ? options[at].slice(7) : (argv[at + 1] ?? '');
  // A language tag read as the elements read `lang` (en-GB English, a malformed en- nothing).
  const language = languageOf(lang);
  if (language === 'en' || language === 'vi') return language;
  throw new UsageError(say('vi', 'usage.lang', { lang }), 'vi');
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, locale: Locale) {
  const all = { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  let parsed;
  try {
    parsed = parseArgs({ args, options: all, allowPositionals: true, tokens: true });
  } catch (e) {
    throw new UsageError(optionProblem(e, locale), locale);
  }
  // parseArgs keeps the last of `-o a -o b`: one of the two values would be dropped without a word.
  const seen = new Map<string, string[]>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || all[token.name]?.type !== 'string') continue;
    const values = [...(seen.get(token.name) ?? []), token.value ?? ''];
    seen.set(token.name, values);
    if (values.length > 1) {
      const short = (all[token.name] as { short?: string }).short;
      const option = short ? `-${short}, --${token.name}` : `--${token.name}`;
      throw new UsageError(say(locale, 'usage.twice', { option, first: values[0], second: values[1] }), locale);
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * What parseArgs refused, in `locale`: its own words are English, over several lines (which the
 * terminal would show as \x0a), and end in a full stop before ours.
 */
function optionProblem(e: unknown, locale: Locale): string {
  const message = messageOf(e);
  // "Unknown option '--x'", "Option '-o, --output <value>' argument missing": the option as parseArgs names it.
  const option = /option '([^']*)'/i.exec(message)?.[1].replace(/ <value>$/, '') ?? '';
  const code = codeOf(e);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say(locale, 'usage.option', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return say(locale, 'usage.flag', { option });
    // "ambiguous": the next word starts with a dash, and was taken for an option, not the value.
    const dashed = /'(--[a-z-]+)=-XYZ'/.exec(message)?.[1];
    return dashed ? say(locale, 'usage.dashed', { option, long: dashed }) : say(locale, 'usage.value', { option });
  }
  return message.split('\n')[0].replace(/\.$/, '');
}

function version(): string {
  const pkg = new URL('../package.json', import.meta.url);
  return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'dev';
}

/** Why the preview could not listen on `port`: busy, kept for the administrator, or as the system said it. */
function listenFailed(e: unknown, port: number, locale: Locale): string {
  const code = codeOf(e);
  if (code === 'EADDRINUSE') return say(locale, 'preview.port', { port });
  // Ports under 1024 take root (Linux, macOS before 10.14): `--port 80` as a user is refused so.
  if ((code === 'EACCES' || code === 'EPERM') && port > 0 && port < 1024) return say(locale, 'preview.privileged', { port });
  return say(locale, 'preview.failed', { port, detail: systemReason(e)[locale] });
}

async function preview(file: string, portText: string | undefined, locale: Locale): Promise<number> {
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!/^\d+$/.test(portText ?? '0') || port > 65535) throw new UsageError(say(locale, 'usage.port', { port: portText ?? '' }), locale);
  const widgets = new URL('../dist/dx-widgets.js', import.meta.url);
  if (!existsSync(widgets)) {
    print(process.stderr, [say(locale, 'preview.build', { file: fileURLToPath(widgets) })]);
    return 2;
  }
  // A URL or standard input can be read only once: that copy is previewed.
  const input = await readInput(file);
  if (!input.ok) {
    print(process.stderr, [say(locale, 'unreadable', { file, detail: input.reason[locale] })]);
    return 2;
  }
  const snapshot = isUrl(file) || file === '-' ? input.bytes : undefined;
  let server;
  try {
    server = await startPreview({ feed: file, snapshot, port, locale, widgets });
  } catch (e) {
    print(process.stderr, [listenFailed(e, port, locale)]);
    return 2;
  }
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  print(process.stdout, [say(locale, 'preview.listening', { file, url })]);
  return new Promise((resolve) => {
    const stop = () => {
      server.closeAllConnections();
      server.close(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * Standard output failed: a reader that stopped early (`| head`) is no news, so that ends quietly;
 * anything else (a full disk under `> feed.json`) is one line. Exit 2 either way: the output is
 * not whole.
 */
function stdoutFailed(e: unknown, locale: Locale): never {
  if (codeOf(e) !== 'EPIPE') print(process.stderr, [say(locale, 'stdout.failed', { detail: systemReason(e)[locale] })]);
  process.exit(2);
}

export async function main(argv: string[]): Promise<number> {
  const locale = localeOf(argv);
  process.stdout.on('error', (e) => stdoutFailed(e, locale));
  const lang = langAt(argv);
  const [command, ...rest] = argv.filter((_, i) => !lang.has(i));
  // No command is a wrong command line: the usage goes to standard error, as every error does.
  if (command === undefined) {
    process.stderr.write(`${say(locale, 'usage')}\n`);
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${say(locale, 'usage')}\n`);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const help = () => {
    process.stdout.write(`${say(locale, 'usage')}\n`);
    return 0;
  };
  if (command === 'validate') {
    const { values, positionals } = parse(rest, { json: { type: 'boolean' } }, locale);
    if (values.help) return help();
    if (!positionals.length) throw new UsageError(say(locale, 'usage.files'), locale);
    return validateCommand(positionals, { json: values.json === true, locale });
  }
  if (command === 'from-csv' || command === 'from-xlsx') {
    const { values, positionals } = parse(
      rest,
      {
        ...(command === 'from-xlsx' && { sheet: { type: 'string' } as const }),
        'decimal-comma': { type: 'boolean' },
        source: { type: 'string' },
        'source-url': { type: 'string' },
        'area-code': { type: 'string' },
        'area-name': { type: 'string' },
        'as-of': { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
      },
      locale,
    );
    if (values.help) return help();
    if (positionals.length !== 1) throw new UsageError(say(locale, 'usage.one'), locale);
    const output = values.output as string | undefined;
    // `-o "$OUT"` with OUT unset must not quietly mean standard output, nor "-" a file of that name.
    if (output !== undefined && (output.trim() === '' || output === '-'))
      throw new UsageError(say(locale, 'usage.output', { output }), locale);
    return (command === 'from-xlsx' ? fromXlsxCommand : fromCsvCommand)(positionals[0], {
      sheet: values.sheet as string | undefined,
      locale,
      decimalComma: values['decimal-comma'] === true,
      source: values.source as string | undefined,
      sourceUrl: values['source-url'] as string | undefined,
      areaCode: values['area-code'] as string | undefined,
      areaName: values['area-name'] as string | undefined,
      asOf: values['as-of'] as string | undefined,
      output,
      force: values.force === true,
    });
  }
  if (command === 'preview') {
    const { values, positionals } = parse(rest, { port: { type: 'string', short: 'p' } }, locale);
    if (values.help) return help();
    if (positionals.length !== 1) throw new UsageError(say(locale, 'usage.one'), locale);
    return preview(positionals[0], values.port as string | undefined, locale);
  }
  throw new UsageError(say(locale, 'usage.command', { command }), locale);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Writing to a file or a device (`> /dev/full`) fails at once, inside the write call.
    if ((e as { syscall?: string }).syscall === 'write') stdoutFailed(e, localeOf(process.argv.slice(2)));
    if (!(e instanceof UsageError)) throw e;
    print(process.stderr, [say(e.locale, 'usage.error', { detail: e.message })]);
    process.exitCode = 2;
  },
);
