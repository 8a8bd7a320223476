/**
 * The card's strings, through the extension's i18n messages (public/_locales, keys card_*), like every
 * other user-visible string. Getters, so each string is looked up when the card renders.
 */
import { t } from '../i18n';

export const S = {
  badgeLabel: (count: number, worst: string) => t('card_badge_label', [count, t(count === 1 ? 'card_finding_one' : 'card_finding_many'), worst]),
  get cardTitle() { return t('card_title'); },
  get close() { return t('card_close'); },
  redact: (placeholder: string) => t('card_redact', placeholder),
  insertSnippet: (title: string) => t('card_insert_snippet', title),
  copyTemplate: (title: string) => t('card_copy_template', title),
  get dismiss() { return t('card_dismiss'); },
  get dismissReason() { return t('card_dismiss_reason'); },
  get copyReply() { return t('card_copy_reply'); },
  get copied() { return t('card_copied'); },
  get noFindings() { return t('card_no_findings'); },
  get severity(): Record<string, string> {
    return { block: t('card_severity_block'), warn: t('card_severity_warn'), info: t('card_severity_info') };
  },
  get confirmTitle() { return t('card_confirm_title'); },
  get fix() { return t('card_fix'); },
  get postAnyway() { return t('card_post_anyway'); },
  get overrideReason() { return t('card_override_reason'); },
  get writeFailed() { return t('card_write_failed'); },
  /** an image finding's message: the checker's "Looks like …" said of the image's text, or the message as it is */
  inImage: (message: string) => (/^Looks like /.test(message)
    ? t('card_in_image', message.charAt(0).toLowerCase() + message.slice(1))
    : t('card_in_image_other', message)),
  get imageLabel() { return t('card_image_label'); },
  get scanningImage() { return t('card_scanning_image'); },
  get badgeScanning() { return t('card_badge_scanning'); },
  get imageUnread() { return t('card_image_unread'); },
  faces: (count: number) => t('card_faces', [count, t(count === 1 ? 'card_face_one' : 'card_face_many')]),
  redactImage: (name: string, count: number) => t('card_redact_image', [name, count, t(count === 1 ? 'card_region_one' : 'card_region_many')]),
  redactedLink: (name: string) => t('card_redacted_link', name),
  redactedAlt: (name: string) => t('card_redacted_alt', name),
  markedAlt: (name: string) => t('card_marked_alt', name),
  get redactedNote() { return t('card_redacted_note'); },
  get redactFailed() { return t('card_redact_failed'); },
};
