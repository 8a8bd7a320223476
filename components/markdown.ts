/**
 * The policy text is the one place HTML is rendered: Markdown through `marked`, then DOMPurify.
 * No scripts, no remote images (nothing may load from the network), links open in a new tab.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

let hooked = false;

function addHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toUpperCase() === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (href.startsWith('#')) return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

export function renderPolicyMarkdown(markdown: string): string {
  addHooks();
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'form', 'input', 'style', 'link', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'background'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
  });
}
