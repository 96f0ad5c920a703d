/**
 * Which free (OFL) font to name in a missing-glyph message, by script, so
 * the message can say exactly which line to add. Debian package paths first
 * (apt-get install ...), npm packages second; none of them is bundled.
 */
interface Advice {
  script: string;
  file: string;
  source: string;
}

/** Made on first use (a missing glyph): Unicode script classes are costly to build for a run that never needs them. */
const makeAdvice = (): { test: RegExp; advice: Advice }[] => [
  { test: /\p{Script=Hangul}/u, advice: { script: 'Hangul', file: '/usr/share/fonts/truetype/nanum/NanumGothic.ttf', source: 'Debian fonts-nanum; or NotoSansKR from npm @expo-google-fonts/noto-sans-kr' } },
  { test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, advice: { script: 'Japanese', file: 'NotoSansJP-Regular.ttf', source: 'npm @expo-google-fonts/noto-sans-jp (copy it next to your layout)' } },
  { test: /\p{Script=Han}/u, advice: { script: 'Han', file: 'NotoSansSC-Regular.ttf', source: 'npm @expo-google-fonts/noto-sans-sc (copy it next to your layout)' } },
  { test: /\p{Script=Arabic}/u, advice: { script: 'Arabic', file: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf', source: 'Debian fonts-noto-core' } },
  { test: /\p{Script=Hebrew}/u, advice: { script: 'Hebrew', file: '/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf', source: 'Debian fonts-noto-core' } },
  { test: /\p{Script=Devanagari}/u, advice: { script: 'Devanagari', file: '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf', source: 'Debian fonts-noto-core' } },
  { test: /\p{Script=Thai}/u, advice: { script: 'Thai', file: '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf', source: 'Debian fonts-noto-core' } },
];

let adviceTable: { test: RegExp; advice: Advice }[] | undefined;

const SYMBOLS: Advice = { script: 'symbol', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', source: 'Debian fonts-dejavu-core' };

/** The advice for `char`; a symbol font for anything else. */
function fontAdvice(char: string): Advice {
  return (adviceTable ??= makeAdvice()).find((a) => a.test.test(char))?.advice ?? SYMBOLS;
}

/**
 * The exact fix: the line to add under `fonts:` of a layout of the user's own
 * that extends this one (layouts/ next to cv.yaml, or --layouts DIR), so no
 * bundled file is edited.
 */
export function fallbackLine(char: string, layoutId: string): string {
  const a = fontAdvice(char);
  return `add the line '  fallbacks: [${a.file}]' under 'fonts:' in a layout of your own, layouts/${layoutId}.yaml with 'id: ${layoutId}' and 'extends: ${layoutId}' (${a.script} font from ${a.source})`;
}
