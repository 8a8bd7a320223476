/**
 * The command line, for administrators testing a policy and for evaluation. Runs the same engine as
 * the extension (lib/check, lib/policy) straight from the TypeScript sources: `npm run --silent cli -- ...`.
 *
 *   check --jsonl [--policy FILE]          JSONL {"id","site","text"} on stdin -> JSONL {"id","findings"}
 *   check [--policy FILE] [TEXT]           readable report (TEXT or stdin); exit 1 on a block finding
 *   validate-policy FILE                   every schema error with its JSON path; exit 1 when invalid
 */
import { readFileSync } from 'node:fs';
import { check } from './check';
import type { Finding } from './check/types';
import { DEFAULT_POLICY } from './policy/default';
import { parsePolicyJson } from './policy/validate';
import type { Policy } from './policy/types';

const USAGE = `usage:
  postsafe check --jsonl [--policy FILE]     read JSONL {"id","site","text"} on stdin, write JSONL findings
  postsafe check [--policy FILE] [TEXT]      report on TEXT (or stdin); exit 1 if a block finding is present
  postsafe validate-policy FILE              report every schema error with its JSON path`;

class CliError extends Error {}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function loadPolicy(file: string | undefined): Policy {
  if (!file) return DEFAULT_POLICY;
  const result = parsePolicyJson(readText(file));
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${e.path || '(document)'}: ${e.message}`);
    throw new CliError(`${file} is not a valid policy:\n${lines.join('\n')}`);
  }
  return result.policy;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** The finding as written to JSONL: everything but the fixes, which are UI concerns. */
function toRow(f: Finding) {
  return { start: f.start, end: f.end, category: f.category, rule: f.rule, severity: f.severity, message: f.message, evidence: f.evidence, ...(f.section ? { section: f.section } : {}) };
}

function checkJsonl(policy: Policy): number {
  const lines = readStdin().split('\n');
  let bad = 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `stdin line ${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stderr.write(`${where}: invalid JSON (${(e as Error).message}); skipped\n`);
      return;
    }
    const post = row as { id?: unknown; text?: unknown };
    if (typeof row !== 'object' || row === null || typeof post.text !== 'string') {
      bad++;
      process.stderr.write(`${where}: missing string field "text"; skipped\n`);
      return;
    }
    const id = post.id ?? null;
    out.push(JSON.stringify({ id, findings: check(post.text, policy).map(toRow) }));
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return bad ? 2 : 0;
}

function report(text: string, findings: Finding[]): string {
  if (!findings.length) return 'No problems found.\n';
  const lines: string[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  for (const f of findings) {
    let li = lineStarts.length - 1;
    while (lineStarts[li] > f.start) li--;
    const lineStart = lineStarts[li];
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    const col = f.start - lineStart;
    const width = Math.max(1, Math.min(f.end, lineEnd) - f.start);
    lines.push(`${f.severity.toUpperCase()} ${f.category} (${f.rule}) at line ${li + 1}, column ${col + 1}: ${f.message}`);
    lines.push(`  ${line}`);
    lines.push(`  ${' '.repeat(col)}${'^'.repeat(width)}`);
  }
  const blocks = findings.filter((f) => f.severity === 'block').length;
  lines.push(`${findings.length} finding(s), ${blocks} blocking.`);
  return lines.join('\n') + '\n';
}

function validateCommand(file: string | undefined): number {
  if (!file) throw new CliError('validate-policy needs a FILE');
  const result = parsePolicyJson(readText(file));
  if (!result.ok) {
    process.stdout.write(`${file}: ${result.errors.length} error(s)\n`);
    for (const e of result.errors) process.stdout.write(`  ${e.path || '(document)'}: ${e.message}\n`);
    return 1;
  }
  const p = result.policy;
  process.stdout.write(`${file}: valid policy for "${p.organization.name}" (${p.snippets.length} snippets, ${p.customRules.length} custom rules)\n`);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  let policyFile: string | undefined;
  let jsonl = false;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--policy') {
      policyFile = rest[++i];
      if (!policyFile) throw new CliError('--policy needs a FILE');
    } else if (a === '--jsonl') jsonl = true;
    else if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  switch (command) {
    case 'check': {
      const policy = loadPolicy(policyFile);
      if (jsonl) return checkJsonl(policy);
      const text = positional.length ? positional.join(' ') : readStdin();
      const findings = check(text, policy);
      process.stdout.write(report(text, findings));
      return findings.some((f) => f.severity === 'block') ? 1 : 0;
    }
    case 'validate-policy':
      return validateCommand(positional[0]);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE + '\n');
      return command ? 0 : 2;
    default:
      throw new CliError(`unknown command ${command}\n${USAGE}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli.ts')) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`postsafe: ${e.message}\n`);
    process.exitCode = 2;
  }
}
