/**
 * A test build with a manifest `key`, so the extension has a stable id that a managed browser policy
 * can name. The key pair is made per run with openssl and never committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

/** Chrome's extension id: the first 128 bits of SHA-256 of the public key, hex digits mapped to a-p. */
export function extensionIdFromKey(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export function buildKeyed(): { dir: string; extensionId: string; cleanup(): void } {
  const work = mkdtempSync(join(tmpdir(), 'postsafe-keyed-'));
  const pem = join(work, 'key.pem');
  execFileSync('openssl', ['genrsa', '-out', pem, '2048'], { stdio: 'ignore' });
  const der = execFileSync('openssl', ['rsa', '-in', pem, '-pubout', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const outDir = join(work, 'output');
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, POSTSAFE_EXTENSION_KEY: der.toString('base64'), POSTSAFE_OUT_DIR: outDir },
  });
  const dir = join(outDir, 'chrome-mv3');
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return { dir, extensionId: extensionIdFromKey(der), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
