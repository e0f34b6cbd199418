import type { MailAttachment, RenderedMail } from './rendered-mail';

/** The parts every Samplan mail is made of; one layout gives the plain-text and the HTML body. */
export interface MailContent {
  subject: string;
  /** "Hej Anna," */
  greeting: string;
  /** Paragraphs of plain text (escaped in HTML). */
  paragraphs: readonly string[];
  /** Label–value lines (date, time, place, amount …), shown as a definition list. */
  facts?: readonly { label: string; value: string }[];
  /** A list with an optional heading (the agenda), items with an optional link each and linked documents under them. */
  list?: { heading: string; items: readonly MailListItem[] };
  /** The one action: a link straight to the item. */
  action: { label: string; href: string };
  /** Why the person gets this mail and where to change it. */
  footer: readonly string[];
  attachments?: MailAttachment[];
}

export interface MailListItem {
  text: string;
  href?: string;
  /** Documents of the item (an agenda item's attachments), each a link of its own. */
  links?: readonly { text: string; href: string }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Plain text first (read by every client and screen reader), then simple semantic HTML: no images, no layout tables. */
export function renderMail(content: MailContent): RenderedMail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.facts?.length ? [...content.facts.map((f) => `${f.label}: ${f.value}`), ''] : []),
    ...(content.list
      ? [
          content.list.heading,
          ...content.list.items.flatMap((item, i) => [
            `${i + 1}. ${item.text}${item.href ? ` <${item.href}>` : ''}`,
            ...(item.links ?? []).map((link) => `   - ${link.text} <${link.href}>`),
          ]),
          '',
        ]
      : []),
    `${content.action.label}: ${content.action.href}`,
    '',
    '-- ',
    ...content.footer,
  ].join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(content.facts?.length
      ? [
          '<dl>',
          ...content.facts.map(
            (f) =>
              `<dt style="font-weight: bold;">${escapeHtml(f.label)}</dt><dd style="margin: 0 0 0.5em 0;">${escapeHtml(f.value)}</dd>`,
          ),
          '</dl>',
        ]
      : []),
    ...(content.list
      ? [
          `<h2 style="font-size: 18px;">${escapeHtml(content.list.heading)}</h2>`,
          '<ol>',
          ...content.list.items.map(
            (item) =>
              `<li>${item.href ? `<a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}${
                item.links?.length
                  ? `<ul>${item.links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`).join('')}</ul>`
                  : ''
              }</li>`,
          ),
          '</ol>',
        ]
      : []),
    `<p><a href="${escapeHtml(content.action.href)}" style="color: #0b4f8a; font-weight: bold;">${escapeHtml(content.action.label)}</a></p>`,
    '<hr>',
    ...content.footer.map((line) => `<p style="font-size: 14px; color: #444;">${escapeHtml(line)}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html, actionUrl: content.action.href, attachments: content.attachments };
}
