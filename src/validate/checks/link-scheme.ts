import { joinOr } from '../describe.js';

/** Schemes a CV may link to; anything else (javascript:, file:, ftp:) is refused. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Spaces, separators (U+2028...), controls and format characters: never part of a link a PDF should open. */
const NOT_IN_LINKS = /[\s\p{Z}\p{Cc}\p{Cf}]/u;
/** http(s)://host[:port][/path][?query][#fragment]; no user@ before the host, no backslash anywhere. */
const WEB = /^https?:\/\/[^/?#\\@:]+(:\d{1,5})?([/?#][^\\]*)?$/i;
/** mailto:an@address.example[?subject=...]: one address, never a second scheme. */
const MAILTO = /^mailto:[^@/\\:?#]+@[^@/\\:?#.]+(\.[^@/\\:?#.]+)+(\?[^\\]*)?$/i;
/** tel:+1-555-010-9999: a phone number (digits and visual separators). */
const TEL = /^tel:\+?[0-9][0-9().-]*$/i;

/**
 * Why a link target is not allowed, or undefined when it is. Every place a
 * URL can come from (URL fields, inline markup links, the e-mail address and
 * the phone number) goes through this one function. A PDF link annotation
 * opens whatever it names, so only web, mail and phone links pass, and only
 * in a shape that cannot smuggle in another scheme or host:
 * `https:javascript:x`, `https:/\evil.example` and `mailto:javascript:…` fail.
 * Schemes compare case-insensitively, as RFC 3986 says.
 */
export function linkProblem(url: string): string | undefined {
  const bad = NOT_IN_LINKS.exec(url);
  if (bad) return `link '${url}' contains U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (a space, separator or control character); write spaces as %20`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme === undefined) return `link '${url}' has no scheme; write it in full, e.g. https://${url.replace(/^\/+/, '')}`;
  const lower = scheme.toLowerCase();
  if (!ALLOWED_SCHEMES.includes(lower)) return `link scheme '${scheme}' is not allowed in '${url}'; use ${joinOr(ALLOWED_SCHEMES)}`;
  if ((lower === 'http' || lower === 'https') && !WEB.test(url)) return `link '${url}' is not a web address; write ${lower}://host/path (no backslash, no user@ before the host)`;
  if (lower === 'mailto' && !MAILTO.test(url)) return `link '${url}' is not an e-mail address; write mailto:name@example.org`;
  if (lower === 'tel' && !TEL.test(url)) return `link '${url}' is not a phone number; write tel:+15550109999`;
  return undefined;
}
