import { joinOr } from '../describe.js';

/** Schemes a CV may link to; anything else (javascript:, file:, ftp:) is refused. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * Why a link target is not allowed, or undefined when it is. A PDF link
 * annotation opens whatever it names, so only web, mail and phone links pass.
 */
export function linkProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme === undefined) return `link '${url}' has no scheme; write it in full, e.g. https://${url.replace(/^\/+/, '')}`;
  if (ALLOWED_SCHEMES.includes(scheme.toLowerCase())) return undefined;
  return `link scheme '${scheme}' is not allowed in '${url}'; use ${joinOr(ALLOWED_SCHEMES)}`;
}
