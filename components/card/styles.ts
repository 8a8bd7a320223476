/** The card's CSS, inside its closed shadow root: the page's styles never reach it, ours never leak. */
export const CARD_CSS = `
/* !important in the shadow tree outranks the page's own !important on the host (CSS Scoping), so a
   page's "postsafe-card { display: none !important }" or "* { all: unset !important }" cannot hide it. */
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.badge { position: fixed; z-index: 2147483647; min-width: 24px; height: 24px; padding: 0 6px; border-radius: 12px;
  border: 2px solid #fff; color: #fff; font-weight: 700; cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
.badge-scanning { background: #555; }
.badge-block { background: #c62828; } .badge-warn { background: #b26a00; } .badge-info { background: #1565c0; }
.badge:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.card { position: fixed; z-index: 2147483647; width: 360px; max-height: 60vh; overflow: auto; background: #fff; color: #1b1b1b;
  border: 1px solid #bbb; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 10px 12px; }
header { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 6px; }
strong { font-weight: 700; }
ul { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid #999; padding: 4px 8px; margin: 6px 0; }
.finding-block { border-color: #c62828; } .finding-warn { border-color: #b26a00; } .finding-info { border-color: #1565c0; }
p { margin: 2px 0; } .sev { font-weight: 600; } .where { font-weight: 400; font-style: italic; }
.scanning { color: #444; font-style: italic; }
.actions, .confirm { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.confirm { margin: 4px 0 8px; }
button { border: 1px solid #888; background: #f4f4f4; color: #1b1b1b; border-radius: 4px; padding: 3px 8px; cursor: pointer; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
button.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
input { border: 1px solid #888; border-radius: 4px; padding: 2px 4px; }
.notice { color: #444; }
.redact { margin: 6px 0; } .thumb { display: block; max-width: 100%; max-height: 160px; border: 1px solid #bbb; }
a { color: #1a73e8; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #eee; border-color: #555; }
  button { background: #333; color: #eee; } button.primary { color: #fff; background: #1a73e8; }
  .notice { color: #ccc; }
}
`;
