/**
 * Latin letters for the Greek and Cyrillic the bundled fonts cover, and the
 * Latin letters that Unicode decomposition leaves whole, so that a file name
 * made from "Γιώργος Παπαδόπουλος" or "Ярослав Мудрий" reads as the name
 * ("giorgos-papadopoulos") instead of falling back to "cv". Simplified
 * ISO 9 / ELOT 743 forms, lower case (the slug is lower case anyway).
 */
const LETTERS: Record<string, string> = {
  // Cyrillic: Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j',
  љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  // Greek (accents are taken off before: ά is α here)
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  // Latin letters with no decomposition
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

/** Greek pairs written as one sound: ου is "ou", αυ and ευ "av" and "ev" (ELOT 743). */
const GREEK_PAIRS: readonly [RegExp, string][] = [[/ου/g, 'ou'], [/αυ/g, 'av'], [/ευ/g, 'ev']];

/** `text` lower-cased, accents off, Greek and Cyrillic in Latin letters; anything else as it was. */
export function asciiLetters(text: string): string {
  // й and ї are letters of their own, not и and і with a mark: written before the marks go.
  let plain = text.toLowerCase().replace(/й/g, 'y').replace(/ї/g, 'yi').normalize('NFKD').replace(/\p{M}/gu, '');
  for (const [pair, latin] of GREEK_PAIRS) plain = plain.replace(pair, latin);
  let out = '';
  for (const ch of plain) out += LETTERS[ch] ?? ch;
  return out;
}
