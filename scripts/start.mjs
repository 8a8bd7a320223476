#!/usr/bin/env node
// The main job on the embedded default policy: build the extension for Chrome, Edge and Firefox, then
// check a few sample drafts with the same engine the extension runs, and say how to load the build.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const step = (title, cmd, args, opts = {}) => {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { stdio: ['pipe', 'inherit', 'inherit'], ...opts });
  return r.status ?? 1;
};

if (step('Building the extension (Chrome, Edge, Firefox)', 'npm', ['run', '--silent', 'build']) !== 0) process.exit(1);

const drafts = readFileSync('docs/examples/demo-drafts.txt', 'utf8').split('\n---\n').map((d) => d.trim()).filter(Boolean);
for (const [i, draft] of drafts.entries()) {
  console.log(`\n== Sample draft ${i + 1}:\n${draft}\n-- PostSafe says (embedded default policy):`);
  spawnSync('npm', ['run', '--silent', 'cli', '--', 'check'], { input: draft, stdio: ['pipe', 'inherit', 'inherit'] });
}

const out = ['chrome-mv3', 'edge-mv3', 'firefox-mv2'].filter((d) => existsSync(`.output/${d}/manifest.json`));
console.log(`
== Ready
Built: ${out.map((d) => `.output/${d}/`).join(', ')}
Load it: Chrome/Edge -> chrome://extensions (or edge://extensions) -> Developer mode -> "Load unpacked" ->
choose .output/chrome-mv3 (or .output/edge-mv3). Firefox -> about:debugging -> This Firefox ->
"Load Temporary Add-on" -> .output/firefox-mv2/manifest.json.
Then open a compose box on a supported site (X, Facebook, Instagram, LinkedIn, Reddit, Threads, Bluesky,
Mastodon, TikTok, YouTube) and start typing. Check your own text: npm run --silent cli -- check "your draft"`);
