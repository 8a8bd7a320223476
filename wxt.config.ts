import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ALL_SITE_MATCHES } from './lib/sites/matches';
import { createRequire } from 'node:module';
import { FACE_ASSETS, OCR_ASSETS } from './lib/images/assets';

const require = createRequire(import.meta.url);

// The public key gives test builds a stable extension id so managed policies can name it
// (POSTSAFE_EXTENSION_KEY, set by the e2e harness). Store builds get their id from the store.
const key = process.env.POSTSAFE_EXTENSION_KEY;

export default defineConfig({
  srcDir: '.',
  // Test builds with a key go to their own folder so they never mix with the store build.
  outDir: process.env.POSTSAFE_OUT_DIR ?? '.output',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact({ prefreshEnabled: false })] }),
  hooks: {
    // The OCR engine (worker, WASM core, English data) and the face detector's weights ship inside the
    // extension: nothing is fetched at run time. Only the offscreen document loads these, and only when
    // an image is attached.
    'build:publicAssets': (wxt, files) => {
      // Firefox has no offscreen documents, so no image checks yet: it ships without the 7 MB engine.
      if (wxt.config.browser === 'firefox') return;
      for (const asset of [...OCR_ASSETS, ...FACE_ASSETS]) files.push({ absoluteSrc: require.resolve(asset.from), relativeDest: asset.to });
    },
  },
  zip: {
    excludeSources: ['tests/**', 'bench/**', '.output/**', 'test-results/**', 'bench-results/**', '.ci/**', '**/*.pem'],
  },
  manifest: ({ browser }) => ({
    name: 'PostSafe',
    // The brand stays untranslated; everything else the browser shows comes from public/_locales.
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: image checks read an attached image's text (OCR) in a hidden extension page (Chrome, Edge).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // The same sites the content script matches (so no new install warning): the loader there asks the
    // background to inject the composer with scripting.executeScript, which needs host access.
    host_permissions: ALL_SITE_MATCHES,
    // OCR runs WebAssembly; scripts are the extension's own (no remote code), and connect-src keeps every
    // extension page, the offscreen OCR document and its worker off the network: they may only load the
    // extension's own files (and the data:/blob: URLs of an image being read).
    ...(browser === 'firefox' ? {} : { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' data: blob:" } }),
    // The organisation's own community sites (policy sites.extraHosts, Mastodon instances) are asked for
    // one by one from the options page; nothing is granted up front.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    storage: { managed_schema: 'managed_schema.json' },
    // A keyboard shortcut for the side panel: Firefox opens its sidebar itself; Chrome fires a command
    // that the background answers with sidePanel.open (a shortcut counts as a user gesture).
    commands: browser === 'firefox'
      ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandOpenSidePanel__' } }
      : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandOpenSidePanel__' } },
    ...(key ? { key } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'postsafe@postsafe.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
