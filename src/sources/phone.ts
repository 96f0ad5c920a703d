import type { MapProblem, Path } from './tracked.js';

/** A phone number cv can link (tel:) has digits; "Upon request" is warned about instead of failing validation. */
export function dialable(phone: string | undefined, path: Path, problems: MapProblem[]): string | undefined {
  if (phone === undefined || /\d/.test(phone)) return phone;
  problems.push({ path, severity: 'warning', message: `phone '${phone}' has no digits to dial; not imported` });
  return undefined;
}
