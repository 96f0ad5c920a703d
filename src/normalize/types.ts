/**
 * Cv: cv.yaml after validation, with every value in the form later stages
 * want: dates parsed, inline markup parsed into styled spans, authors with the
 * owner found. Deeply readonly; built fresh by normalizeCv, never mutated.
 */

/** One span of inline markup: `**bold**`, `*italic*`, `[label](url)`. */
export interface Span {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly href?: string;
}
/** Parsed inline markup: what compose/ turns into styled runs. */
export type Markup = readonly Span[];

import type { CvDate, DateRange } from '../common/cv-date.js';

export type { CvDate, DateRange, Season } from '../common/cv-date.js';

/** A sub-bullet under a highlight: one level only. */
export interface SubHighlight {
  readonly text: Markup;
  readonly tags: readonly string[];
}

/** A bullet under an entry, with its own tags for tailoring and its sub-bullets. */
export interface Highlight extends SubHighlight {
  readonly highlights: readonly SubHighlight[];
}

/** A labelled link; `url` is absent when the target is unknown (printed, never linked). */
export interface Link {
  readonly label: string;
  readonly url?: string;
}

/** A header profile: a link with the network and username it came from, when cv.yaml gives them. */
export interface Profile extends Link {
  readonly network?: string;
  readonly username?: string;
}

/** One author of a publication, with the owner found by name or alias. */
export interface Author {
  readonly name: string;
  readonly isOwner: boolean;
  readonly equal: boolean;
  readonly corresponding: boolean;
}

/** What every entry has, whatever its kind: for selection, ranking and drop reports. */
export interface EntryBase {
  /** Unique within the CV: "<section-id>#<position from 1>" (ids are optional and checked for uniqueness). */
  readonly key: string;
  /** A short human name for drop reports ("Summit: Scaling ..."). */
  readonly label: string;
  readonly tags: readonly string[];
  readonly priority?: number;
  readonly when: DateRange;
  readonly highlights: readonly Highlight[];
  readonly links: readonly Link[];
  /** Where the entry sits in cv.yaml (JSON pointer), to point at it in messages. */
  readonly pointer: string;
}

export interface EducationEntry extends EntryBase {
  readonly kind: 'education';
  readonly institution: string; readonly degree?: string; readonly field?: string; readonly location?: string;
  readonly advisor?: Markup; readonly honors: readonly string[];
  readonly summary?: Markup; readonly score?: string; readonly courses: readonly Markup[];
}
export interface ExperienceEntry extends EntryBase {
  readonly kind: 'experience';
  readonly title: string; readonly organization?: string; readonly location?: string; readonly mentors: readonly string[];
  readonly summary?: Markup;
}
export interface AwardEntry extends EntryBase {
  readonly kind: 'award';
  readonly title: string; readonly issuer?: string; readonly description?: Markup; readonly amount?: string;
}
export interface GrantEntry extends EntryBase {
  readonly kind: 'grant';
  readonly title: string; readonly funder?: string; readonly amount?: string; readonly description?: Markup; readonly coPIs: readonly string[];
}
/** Where a publication appeared. */
export interface Venue {
  readonly name: string; readonly short?: string; readonly track?: string; readonly trackUrl?: string;
  readonly url?: string; readonly note?: Markup;
}
export interface PublicationEntry extends EntryBase {
  readonly kind: 'publication';
  readonly title: Markup; readonly authors: readonly Author[]; readonly location?: string;
  readonly venue?: Venue; readonly type: string; readonly status?: string; readonly note?: Markup; readonly awards: readonly string[];
  readonly selected: boolean;
  /** The bare DOI ("10.1234/x"), whatever prefix cv.yaml wrote. */
  readonly doi?: string;
  readonly volume?: string; readonly number?: string;
  /** Page range with an en dash ("12–34"). */
  readonly pages?: string;
  readonly publisher?: string; readonly url?: string;
}
export interface ProjectEntry extends EntryBase {
  readonly kind: 'project';
  readonly title: Markup; readonly keywords: readonly string[]; readonly description?: Markup; readonly note?: Markup;
  readonly authors: readonly Author[]; readonly organization?: string; readonly location?: string;
  readonly roles: readonly string[]; readonly entity?: string; readonly url?: string;
  readonly stars?: { readonly count: number; readonly asOf?: CvDate };
}
export interface TalkEntry extends EntryBase {
  readonly kind: 'talk';
  readonly title: Markup; readonly authors: readonly Author[]; readonly type?: string; readonly event?: string;
  readonly location?: string; readonly keywords: readonly string[]; readonly description?: Markup;
}
export interface TeachingEntry extends EntryBase {
  readonly kind: 'teaching';
  readonly title: string; readonly institution: string; readonly location?: string; readonly course: string;
  readonly courseCode?: string; readonly instructor?: string;
}
export interface MenteeEntry extends EntryBase {
  readonly kind: 'mentee';
  readonly name: string; readonly degree?: string; readonly institution?: string; readonly topics: readonly string[]; readonly awards: readonly string[];
}
export interface CertificationEntry extends EntryBase {
  readonly kind: 'certification';
  readonly title: string; readonly issuer?: string; readonly url?: string;
}
export interface ServiceEntry extends EntryBase {
  readonly kind: 'service';
  readonly role: string; readonly venues: readonly { readonly name: string; readonly date?: CvDate }[];
}
export interface MembershipEntry extends EntryBase {
  readonly kind: 'membership';
  readonly organization: string; readonly short?: string; readonly note?: Markup;
}
export interface SkillsEntry extends EntryBase {
  readonly kind: 'skills';
  readonly category: string; readonly level?: string; readonly items: readonly string[];
}
export interface LanguageEntry extends EntryBase {
  readonly kind: 'language';
  readonly language: string; readonly fluency?: string;
}
export interface InterestEntry extends EntryBase {
  readonly kind: 'interest';
  readonly name: string; readonly keywords: readonly string[];
}
export interface ReferenceEntry extends EntryBase {
  readonly kind: 'reference';
  readonly name: string; readonly role?: string; readonly contact?: string; readonly reference?: Markup;
}
export interface PatentEntry extends EntryBase {
  readonly kind: 'patent';
  readonly title: Markup; readonly authors: readonly Author[]; readonly number?: string; readonly office?: string;
  readonly status?: string; readonly url?: string;
}
export interface GenericEntry extends EntryBase {
  readonly kind: 'entry';
  readonly title: Markup; readonly subtitle?: string; readonly location?: string; readonly description?: Markup;
}
export interface ListItemEntry extends EntryBase {
  readonly kind: 'list';
  readonly text: Markup;
  /** Its number in a section with `numbering` (descending: the last item is 1); undefined in a bulleted list. */
  readonly number?: number;
}
export interface TextEntry extends EntryBase {
  readonly kind: 'text';
  readonly text: Markup;
}

/** One entry of any kind: compose/ presents each kind its own way. */
export type Entry =
  | EducationEntry | ExperienceEntry | AwardEntry | GrantEntry | PublicationEntry | ProjectEntry
  | TalkEntry | TeachingEntry | MenteeEntry | CertificationEntry | ServiceEntry | MembershipEntry
  | SkillsEntry | GenericEntry | ListItemEntry | TextEntry | LanguageEntry | InterestEntry | ReferenceEntry | PatentEntry;

export type EntryKind = Entry['kind'];

/** A section of cv.yaml: an id for layouts and flags, a title, entries of one kind. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly kind: EntryKind;
  readonly entries: readonly Entry[];
  readonly pointer: string;
}

/** normalize/ -> select/: the whole CV, every value parsed. */
export interface Cv {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly headline?: Markup;
  readonly lang: string;
  readonly updated?: CvDate;
  readonly contact: { readonly email?: string; readonly website?: string; readonly phone?: string; readonly location?: string };
  readonly profiles: readonly Profile[];
  readonly summary: { readonly intro?: Markup; readonly bullets: readonly Highlight[]; readonly text?: Markup };
  readonly sections: readonly Section[];
}
