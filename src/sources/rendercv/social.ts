/** The profile URL RenderCV makes from a network and a username, for the networks it knows. */
export function socialUrl(network: string, username: string): string | undefined {
  const u = encodeURI(username);
  switch (network.toLowerCase()) {
    case 'linkedin':
      return `https://linkedin.com/in/${u}`;
    case 'github':
      return `https://github.com/${u}`;
    case 'gitlab':
      return `https://gitlab.com/${u}`;
    case 'instagram':
      return `https://instagram.com/${u}`;
    case 'orcid':
      return `https://orcid.org/${u}`;
    case 'stackoverflow':
      return `https://stackoverflow.com/users/${u}`;
    case 'researchgate':
      return `https://www.researchgate.net/profile/${u}`;
    case 'youtube':
      return `https://youtube.com/@${u}`;
    case 'google scholar':
      return `https://scholar.google.com/citations?user=${u}`;
    case 'telegram':
      return `https://t.me/${u}`;
    case 'x':
    case 'twitter':
      return `https://x.com/${u}`;
    case 'bluesky':
      return `https://bsky.app/profile/${u}`;
    case 'mastodon': {
      const m = /^@?([^@]+)@(.+)$/.exec(username);
      return m ? `https://${m[2]}/@${encodeURI(m[1] as string)}` : undefined;
    }
    default:
      return undefined;
  }
}

/** RenderCV's `locale.language` names as BCP 47 tags, for cv.yaml's `lang`. */
export const LANGUAGE_TAGS: Record<string, string> = {
  english: 'en', spanish: 'es', french: 'fr', german: 'de', italian: 'it', portuguese: 'pt', turkish: 'tr',
  danish: 'da', dutch: 'nl', swedish: 'sv', norwegian: 'no', finnish: 'fi', polish: 'pl', russian: 'ru',
  japanese: 'ja', korean: 'ko', chinese: 'zh', indonesian: 'id', hindi: 'hi', greek: 'el', czech: 'cs',
};
