/**
 * Mounts the badge and card in a CLOSED shadow root on one host element. The host is created only when
 * a compose box on a supported, unpaused site becomes active, and removed when the page deactivates.
 */
import { render } from 'preact';
import { CardApp, type CardActions, type CardState } from './Card';
import { CARD_CSS } from './styles';

export interface CardHandle {
  host: HTMLElement;
  update(state: CardState): void;
  /** whether an event's path went through the card (clicks in the card are not page clicks) */
  contains(event: Event): boolean;
  destroy(): void;
}

export function mountCard(doc: Document, actions: CardActions): CardHandle {
  const host = doc.createElement('postsafe-card');
  // Its box (fixed, zero-sized, on top) is set by :host in CARD_CSS, where the page's CSS cannot override it.
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.appendChild(style);
  const container = doc.createElement('div');
  root.appendChild(container);
  doc.documentElement.appendChild(host);
  return {
    host,
    update(state) {
      render(<CardApp state={state} actions={actions} />, container);
    },
    contains(event) {
      return event.composedPath().includes(host);
    },
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
