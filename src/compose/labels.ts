/**
 * Every fixed word the CV prints (month names, "Present", the legend, detail
 * labels), per language, shipped with the code rather than taken from the
 * host's ICU/Intl data, so that the bytes of a PDF never depend on the
 * machine that built it. Chosen by cv.yaml's `lang` (primary subtag);
 * English for a language without a table.
 */
export interface Labels {
  /** "Aug 2018", "2018년 8월"; `day` is optional. */
  date: (year: number, month: number, day?: number) => string;
  present: string;
  /** The legend's words for the marks of parts.ts AUTHOR_MARKS, without the mark. */
  equalContribution: string;
  correspondingAuthor: string;
  /** Between the last two authors: " and ", and after a comma in lists of three or more. */
  and: string;
  serialAnd: string;
  /** The end of a cut author list: "and 52 others". */
  others: (n: number) => string;
  advisor: string;
  mentor: string;
  coPIs: string;
  keywords: string;
  courses: string;
  role: string;
  roles: string;
  instructor: string;
  topics: string;
  since: (date: string) => string;
  stars: (count: string, asOf?: string) => string;
  /** Digit group separator for counts such as GitHub stars. */
  thousands: string;
  /** After a title repeated at the top of a page: "(continued)". */
  continued: string;
}

const monthYear = (months: readonly string[]) => (year: number, month: number, day?: number): string => {
  const m = months[month - 1] ?? '';
  return day === undefined ? `${m} ${year}` : `${day} ${m} ${year}`;
};
const eastAsian = (y: string, m: string, d: string) => (year: number, month: number, day?: number): string =>
  `${year}${y}${month}${m}${day === undefined ? '' : `${day}${d}`}`;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const ENGLISH: Labels = {
  date: (year, month, day) => {
    const m = EN_MONTHS[month - 1] ?? '';
    return day === undefined ? `${m} ${year}` : `${m} ${day}, ${year}`;
  },
  present: 'Present',
  equalContribution: 'Equal contribution.',
  correspondingAuthor: 'Corresponding author.',
  and: ' and ',
  serialAnd: ', and ',
  others: (n) => `and ${n} others`,
  advisor: 'Advisor',
  mentor: 'Mentor',
  coPIs: 'Co-PIs',
  keywords: 'Keywords',
  courses: 'Courses',
  role: 'Role',
  roles: 'Roles',
  instructor: 'Instructor',
  topics: 'Topics',
  since: (d) => `Since ${d}`,
  stars: (count, asOf) => `${count} Github stars${asOf ? ` (as of ${asOf})` : ''}`,
  thousands: ',',
  continued: '(continued)',
};

const TABLES: Record<string, Labels> = {
  en: ENGLISH,
  de: {
    date: monthYear(['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']),
    present: 'heute', equalContribution: 'Gleicher Beitrag.', correspondingAuthor: 'Korrespondierender Autor.',
    and: ' und ', serialAnd: ' und ', others: (n) => `und ${n} weitere`,
    advisor: 'Betreuer', mentor: 'Mentor', coPIs: 'Mitantragsteller', keywords: 'Schlagwörter', courses: 'Lehrveranstaltungen', role: 'Rolle', roles: 'Rollen', instructor: 'Dozent', topics: 'Themen',
    since: (d) => `Seit ${d}`, stars: (c, a) => `${c} GitHub-Sterne${a ? ` (Stand ${a})` : ''}`, thousands: '.', continued: '(Fortsetzung)',
  },
  fr: {
    date: monthYear(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']),
    present: 'aujourd\u2019hui', equalContribution: 'Contribution égale.', correspondingAuthor: 'Auteur correspondant.',
    and: ' et ', serialAnd: ' et ', others: (n) => `et ${n} autres`,
    advisor: 'Directeur de thèse', mentor: 'Mentor', coPIs: 'Co-porteurs', keywords: 'Mots-clés', courses: 'Cours', role: 'Rôle', roles: 'Rôles', instructor: 'Enseignant', topics: 'Thèmes',
    since: (d) => `Depuis ${d}`, stars: (c, a) => `${c} étoiles GitHub${a ? ` (au ${a})` : ''}`, thousands: '\u00a0', continued: '(suite)',
  },
  es: {
    date: monthYear(['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.']),
    present: 'actualidad', equalContribution: 'Contribución igualitaria.', correspondingAuthor: 'Autor de correspondencia.',
    and: ' y ', serialAnd: ' y ', others: (n) => `y ${n} más`,
    advisor: 'Director', mentor: 'Mentor', coPIs: 'Co-IP', keywords: 'Palabras clave', courses: 'Asignaturas', role: 'Función', roles: 'Funciones', instructor: 'Profesor', topics: 'Temas',
    since: (d) => `Desde ${d}`, stars: (c, a) => `${c} estrellas en GitHub${a ? ` (a ${a})` : ''}`, thousands: '.', continued: '(continuación)',
  },
  pt: {
    date: monthYear(['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.']),
    present: 'presente', equalContribution: 'Contribuição igual.', correspondingAuthor: 'Autor correspondente.',
    and: ' e ', serialAnd: ' e ', others: (n) => `e mais ${n}`,
    advisor: 'Orientador', mentor: 'Mentor', coPIs: 'Co-PIs', keywords: 'Palavras-chave', courses: 'Disciplinas', role: 'Função', roles: 'Funções', instructor: 'Professor', topics: 'Tópicos',
    since: (d) => `Desde ${d}`, stars: (c, a) => `${c} estrelas no GitHub${a ? ` (em ${a})` : ''}`, thousands: '.', continued: '(continuação)',
  },
  it: {
    date: monthYear(['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']),
    present: 'oggi', equalContribution: 'Contributo paritario.', correspondingAuthor: 'Autore corrispondente.',
    and: ' e ', serialAnd: ' e ', others: (n) => `e altri ${n}`,
    advisor: 'Relatore', mentor: 'Mentore', coPIs: 'Co-PI', keywords: 'Parole chiave', courses: 'Corsi', role: 'Ruolo', roles: 'Ruoli', instructor: 'Docente', topics: 'Argomenti',
    since: (d) => `Dal ${d}`, stars: (c, a) => `${c} stelle su GitHub${a ? ` (a ${a})` : ''}`, thousands: '.', continued: '(continua)',
  },
  ko: {
    date: eastAsian('년 ', '월', '일'),
    present: '현재', equalContribution: '동등 기여.', correspondingAuthor: '교신저자.',
    and: ', ', serialAnd: ', ', others: (n) => `외 ${n}명`,
    advisor: '지도교수', mentor: '멘토', coPIs: '공동 연구책임자', keywords: '키워드', courses: '수강 과목', role: '역할', roles: '역할', instructor: '강사', topics: '주제',
    since: (d) => `${d}부터`, stars: (c, a) => `GitHub 스타 ${c}개${a ? ` (${a} 기준)` : ''}`, thousands: ',', continued: '(계속)',
  },
  zh: {
    date: eastAsian('年', '月', '日'),
    present: '至今', equalContribution: '同等贡献。', correspondingAuthor: '通讯作者。',
    and: '、', serialAnd: '、', others: (n) => `等${n}人`,
    advisor: '导师', mentor: '指导人', coPIs: '共同负责人', keywords: '关键词', courses: '课程', role: '角色', roles: '角色', instructor: '讲师', topics: '主题',
    since: (d) => `${d}起`, stars: (c, a) => `GitHub 星标 ${c}${a ? `（截至${a}）` : ''}`, thousands: ',', continued: '（续）',
  },
  ja: {
    date: eastAsian('年', '月', '日'),
    present: '現在', equalContribution: '同等貢献。', correspondingAuthor: '責任著者。',
    and: '、', serialAnd: '、', others: (n) => `他${n}名`,
    advisor: '指導教員', mentor: 'メンター', coPIs: '共同研究代表者', keywords: 'キーワード', courses: '履修科目', role: '役割', roles: '役割', instructor: '講師', topics: 'トピック',
    since: (d) => `${d}から`, stars: (c, a) => `GitHub スター ${c}${a ? `（${a}時点）` : ''}`, thousands: ',', continued: '（続き）',
  },
};

/** The labels for a BCP 47 tag such as "es-ES"; English when there is no table for the language. */
export function labelsFor(lang: string): Labels {
  return TABLES[lang.toLowerCase().split('-')[0] ?? ''] ?? ENGLISH;
}

/** The languages with a table, for tests and the README. */
export const LABEL_LANGUAGES: readonly string[] = Object.keys(TABLES);
