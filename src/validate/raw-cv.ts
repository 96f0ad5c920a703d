// Generated from schema/cv.schema.json by scripts/generate-types.mjs; do not edit.

/** One person's CV: a header and an ordered list of sections. The source for every PDF that `cv build` typesets. */
export interface RawCv {
  /** When the CV was last updated; the build date when neither --date nor SOURCE_DATE_EPOCH is given. */
  updated?: CvDate;
  /** Language of the CV as a BCP 47 tag, e.g. "en-US"; written into the PDF. */
  lang?: string;
  /** The owner's name as printed. */
  name: string;
  /** Other spellings of the owner's name, used to find the owner in author lists, e.g. "H. Park". */
  aliases?: string[];
  /** One line under the name, e.g. a current position. */
  headline?: ShortMarkup;
  /** How to reach the owner. */
  contact?: Contact;
  /** Profile links printed in the header, e.g. Google Scholar. */
  profiles?: Profile[];
  /** Summary under the header. */
  summary?: Summary;
  /** Sections in their default order; layouts may reorder or drop them. */
  sections: Section[];
}

/** A kebab-case identifier: lowercase letters, digits and hyphens, starting with a letter. */
export type Id = string;

/** Tags for selecting content per application; lowercase kebab-case words. */
export type Tags = string[];

/** Importance of an entry; higher is more important (used when a one-page resume must drop content). Entries without one count as 0. */
export type Priority = number;

/** A date: "YYYY", "YYYY-MM", "YYYY-MM-DD", "present" (in any case), or an academic term such as "Fall 2019". Write dates as quoted strings ("2018-08"); a bare year (2019) is also accepted as an integer between 1900 and 2100. */
export type CvDate = string | number;

/** Text with inline markup: **bold**, *italic* and [label](url). In YAML, quote a value that starts with "*" (a plain scalar starting with "*" is an alias). At most 200,000 characters. */
export type Markup = string;

/** A URL: http(s), mailto: or tel: only (the scheme in any case). */
export type Url = string;

/** A labelled link. A link whose target is unknown keeps its label and has no url. */
export interface Link {
  /** The visible text, e.g. "PDF", "arXiv", "Demo". */
  label: string;
  /** Where the link points; omit when unknown rather than inventing one. */
  url?: Url;
}

/** One bullet point: a Markup string, or an object when the bullet needs its own tags or sub-bullets. */
export type Highlight = Markup | {
  /** The bullet text. */
  text: Markup;
  /** Tags that select this bullet for one application. */
  tags?: Tags;
  /** Sub-bullets printed under this bullet (one level). */
  highlights?: SubHighlight[];
};

/** An author: the name as printed, or an object with contribution marks. The owner is found by `name` or `aliases`. */
export type Author = string | {
  /** The author name as printed. */
  name: string;
  /** True if this author contributed equally with the other authors so marked (printed with a legend). */
  equal?: boolean;
  /** True if this author is a corresponding author. */
  corresponding?: boolean;
};

/** Where a work appeared. */
export interface Venue {
  /** Full name of the conference, journal or workshop, e.g. "IEEE Visualization Conference". */
  name: string;
  /** Short name or acronym, e.g. "VIS". */
  short?: string;
  /** Track or category within the venue, e.g. "Late-Breaking Works", "Resource Track", "Arsenal". */
  track?: string;
  /** Link for the track. */
  trackUrl?: Url;
  /** Link for the venue itself. */
  url?: Url;
  /** Extra words about the venue, e.g. "co-located with NeurIPS 2019". */
  note?: Markup;
}

/** A repository star count at a point in time. */
export interface Stars {
  /** Number of stars. */
  count: number;
  /** When the stars were counted. */
  asOf: CvDate;
}

/** One venue served, e.g. a conference reviewed for. */
export interface ServiceVenue {
  /** Venue name, e.g. "CIKM". */
  name: string;
  /** Year or date of the service. */
  date: CvDate;
}

/** How to reach the owner. */
export interface Contact {
  /** Email address. */
  email: string;
  /** Personal website. */
  website?: Url;
  /** Phone number as printed. */
  phone?: string;
  /** City, region or country as printed. */
  location?: string;
}

/** The summary under the header: an intro line, bullets and a closing paragraph, all optional. */
export interface Summary {
  /** Opening sentence. */
  intro?: Markup;
  /** Bullet points after the intro. */
  bullets?: Highlight[];
  /** Paragraph after the bullets. */
  text?: Markup;
}

/** A degree or course of study. */
export interface EducationEntry {
  /** School or university. */
  institution: string;
  /** Degree, e.g. "Ph.D."; omit for a course of study without one. */
  degree?: string;
  /** Field of study, e.g. "Computer Science". */
  field?: string;
  /** Where the institution is. */
  location?: string;
  /** When this study began. */
  start?: CvDate;
  /** When this study ended; "present" if it is ongoing. */
  end?: CvDate;
  /** A single date (e.g. when the degree was awarded), instead of start/end. */
  date?: CvDate;
  /** Advisor, e.g. "Dr. Polo Chau". */
  advisor?: ShortMarkup;
  /** Honors, e.g. "Graduated with honors (Cum Laude)". */
  honors?: string[];
  /** A paragraph about this study, printed under the entry header. */
  summary?: Markup;
  /** Grade or score as printed, e.g. "GPA 3.9/4.0". */
  score?: string;
  /** Courses taken, in display order. */
  courses?: Markup[];
  /** Bullet points for this degree. */
  highlights?: Highlight[];
  /** Links for this degree, in display order. */
  links?: Link[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A position held. */
export interface ExperienceEntry {
  /** Job or role title. */
  title: string;
  /** Employer or lab; omit when there is none. */
  organization?: string;
  /** Where the position was. */
  location?: string;
  /** When this position began. */
  start?: CvDate;
  /** When this position ended; "present" if it is ongoing. */
  end?: CvDate;
  /** A single date (e.g. a position of one day), instead of start/end. */
  date?: CvDate;
  /** Mentors or supervisors, in the order printed. */
  mentors?: string[];
  /** A paragraph about this position, printed under the entry header. */
  summary?: Markup;
  /** Bullet points for this position. */
  highlights?: Highlight[];
  /** Links for this position, in display order. */
  links?: Link[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** An award, honor or scholarship. */
export interface AwardEntry {
  /** Name of the award. */
  title: string;
  /** Who gave it. */
  issuer?: string;
  /** When it was received. */
  date?: CvDate;
  /** More about the award. */
  description?: Markup;
  /** Monetary value as printed, e.g. "$1,000". */
  amount?: string;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A grant or funding received. */
export interface GrantEntry {
  /** Name of the grant. */
  title: string;
  /** Who funded it. */
  funder?: string;
  /** When it was awarded. */
  date?: CvDate;
  /** The amount alone, as printed, e.g. "$550". */
  amount?: string;
  /** The grant in a sentence; may repeat the amount, e.g. "Funded $5,000 in AWS cloud credits". */
  description?: Markup;
  /** Co-principal investigators, in order. */
  coPIs?: string[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A paper, poster, demo, book or other publication. */
export interface PublicationEntry {
  /** Title of the work; may use inline markup, e.g. *italic* for a species or a system name. */
  title: ShortMarkup;
  /** All authors, in order; the owner is printed in bold. */
  authors?: Author[];
  /** Where it appeared; omit for work not yet accepted. */
  venue?: Venue;
  /** Where the venue took place, e.g. "Salt Lake City, UT, USA". */
  location?: string;
  /** Volume of the journal or series, e.g. 26 or "26". */
  volume?: string | number;
  /** Issue number, e.g. 1 or "S1". */
  number?: string | number;
  /** Page range, e.g. "12--34" or "12-34" (printed with an en dash), or one page. */
  pages?: string;
  /** Publisher, e.g. "Springer". */
  publisher?: string;
  /** Landing page of the work; the title links to it. */
  url?: Url;
  /** When it was published, usually the year. */
  date?: CvDate;
  /** Kind of publication; layouts group and filter by it. Default "other". */
  type?: 'journal' | 'conference' | 'workshop' | 'demo' | 'poster' | 'late-breaking' | 'preprint' | 'abstract' | 'thesis' | 'book' | 'chapter' | 'report' | 'other';
  /** Publication status for work not yet out, e.g. "Under review of AAAI 2021 demo". */
  status?: string;
  /** A note printed with the entry. */
  note?: Markup;
  /** Awards the paper received, e.g. "Best Paper Award". */
  awards?: string[];
  /** Links for this publication, in display order. */
  links?: Link[];
  /** True for the owner's strongest work; layouts can show selected publications only. */
  selected?: boolean;
  /** A DOI such as "10.1109/VIS47514.2020.00061", bare or after "https://doi.org/" or "doi:". Printed as doi:10.1109/... and linked to https://doi.org/. */
  doi?: string;
  /** Optional stable id for this publication, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this publication for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this publication is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A research or software project. Give a date, or a start (with an optional end), or neither. */
export interface ProjectEntry {
  /** Project name; may use inline markup, e.g. *italic* for a species or a system name. */
  title: ShortMarkup;
  /** When the project was done or published (use this or start/end). */
  date?: CvDate;
  /** When this project began. */
  start?: CvDate;
  /** When this project ended; "present" if it is ongoing. Omit for a single date or term. */
  end?: CvDate;
  /** Keywords, in order. */
  keywords?: string[];
  /** What the project is. */
  description?: Markup;
  /** A note, e.g. where it was published. */
  note?: Markup;
  /** Contributors, in order. */
  authors?: Author[];
  /** Organization the project was done with or for. */
  organization?: string;
  /** Where the organization is. */
  location?: string;
  /** The owner's roles in the project, e.g. "Team lead". */
  roles?: string[];
  /** The organisation the project was for, e.g. a client. */
  entity?: string;
  /** Project page; the title links to it. */
  url?: Url;
  /** Links for this project, in display order. */
  links?: Link[];
  /** Repository stars at a point in time. */
  stars?: Stars;
  /** Bullet points for this project. */
  highlights?: Highlight[];
  /** Optional stable id for this project, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this project for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this project is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A talk, presentation or tutorial. */
export interface TalkEntry {
  /** Title of the talk; may use inline markup, e.g. *italic* for a species or a system name. */
  title: ShortMarkup;
  /** Speakers or authors, in order. */
  authors?: Author[];
  /** When it was given. */
  date?: CvDate;
  /** Kind of presentation as printed, e.g. "Talk", "Poster Presentation", "Oral Presentation", "Tutorial". */
  type?: string;
  /** Event where it was given, e.g. "IEEE Big Data". */
  event?: string;
  /** Where the event took place. */
  location?: string;
  /** Keywords, in order. */
  keywords?: string[];
  /** What the talk was about or where it was presented. */
  description?: Markup;
  /** Links for this talk, in display order. */
  links?: Link[];
  /** Optional stable id for this talk, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this talk for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this talk is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A teaching position. */
export interface TeachingEntry {
  /** Role, e.g. "Graduate Teaching Assistant". */
  title: string;
  /** School or university. */
  institution: string;
  /** Where the institution is. */
  location?: string;
  /** Course name. */
  course: string;
  /** Course code, e.g. "CSE 6242". */
  courseCode?: string;
  /** Instructor of the course. */
  instructor?: string;
  /** When this teaching began. */
  start?: CvDate;
  /** When this teaching ended; "present" if it is ongoing. Omit for a single date or term. */
  end?: CvDate;
  /** A single date (e.g. one term), instead of start/end. */
  date?: CvDate;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A student mentored. */
export interface MenteeEntry {
  /** Mentee name. */
  name: string;
  /** Mentee's degree program, e.g. "B.S. in Computer Science". */
  degree?: string;
  /** Mentee's institution. */
  institution?: string;
  /** Topics worked on, in order. */
  topics?: string[];
  /** Awards the mentee received. */
  awards?: string[];
  /** When this mentoring began. */
  start?: CvDate;
  /** When this mentoring ended; "present" if it is ongoing. */
  end?: CvDate;
  /** A single date, instead of start/end. */
  date?: CvDate;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A license or certification. */
export interface CertificationEntry {
  /** Name of the certificate. */
  title: string;
  /** Who issued it. */
  issuer?: string;
  /** When it was issued. */
  date?: CvDate;
  /** Where it can be verified. */
  url?: Url;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A service role, e.g. reviewer, with the venues served. */
export interface ServiceEntry {
  /** Role, e.g. "Reviewer". */
  role: string;
  /** Venues served, in display order. */
  venues: ServiceVenue[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A professional membership. */
export interface MembershipEntry {
  /** Full name of the organization. */
  organization: string;
  /** Acronym, e.g. "IEEE". */
  short?: string;
  /** When the membership began. */
  since?: CvDate;
  /** A note printed with the membership. */
  note?: Markup;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A category of skills. */
export interface SkillsEntry {
  /** Category name, e.g. "Programming Languages". */
  category: string;
  /** Level as printed, e.g. "Advanced", "Native". */
  level?: string;
  /** Skills in this category, in display order; at most 300 (they print as one paragraph). */
  items?: string[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A generic entry for anything the other kinds do not cover. Give a date or start/end, or neither. */
export interface GenericEntry {
  /** Entry title; may use inline markup, e.g. *italic* for a species or a system name. */
  title: Markup;
  /** Second line, e.g. an organization. */
  subtitle?: string;
  /** Where it took place. */
  location?: string;
  /** A single date (use this or start/end). */
  date?: CvDate;
  /** When this entry began. */
  start?: CvDate;
  /** When this entry ended; "present" if it is ongoing. Omit for a single date or term. */
  end?: CvDate;
  /** Paragraph about the entry. */
  description?: Markup;
  /** Bullet points for this entry. */
  highlights?: Highlight[];
  /** Links for this entry, in display order. */
  links?: Link[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** One item of a bulleted list: a Markup string, or an object when the item needs tags or a priority. */
export type ListItem = Markup | {
  /** The item text. */
  text: Markup;
  /** Optional stable id for this item, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this item for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this item is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
};

/** A section of kind "education": Degrees. */
export interface EducationSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'education';
  /** Entries, in display order. */
  entries: EducationEntry[];
}

/** A section of kind "experience": Positions held. */
export interface ExperienceSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'experience';
  /** Entries, in display order. */
  entries: ExperienceEntry[];
}

/** A section of kind "award": Awards and honors. */
export interface AwardSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'award';
  /** Entries, in display order. */
  entries: AwardEntry[];
}

/** A section of kind "grant": Grants and funding. */
export interface GrantSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'grant';
  /** Entries, in display order. */
  entries: GrantEntry[];
}

/** A section of kind "publication": Publications. */
export interface PublicationSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'publication';
  /** Entries, in display order; with `bibtex`, they come before the .bib's. */
  entries?: PublicationEntry[];
  /** A .bib file (path relative to cv.yaml) whose entries are this section's publications, read at every build so the .bib stays the one source of truth. */
  bibtex?: string;
  /** Per-entry additions to the .bib named by `bibtex`, keyed by BibTeX key: what a .bib cannot say (selected, tags, priority, equal contribution, corresponding author, status, awards). */
  overrides?: Record<string, BibOverride>;
}

/** What cv.yaml adds to one BibTeX entry of a `bibtex` section. */
export interface BibOverride {
  /** True for the owner's strongest work; layouts can show selected publications only. */
  selected?: boolean;
  /** Tags that select this publication for one application; see `cv build --tags`. */
  tags?: Tags;
  /** How important this publication is; higher is more important. */
  priority?: Priority;
  /** Authors who contributed equally (printed with a legend), by position (1 = first) or by name. */
  equal?: (number | string)[];
  /** Corresponding authors, by position (1 = first) or by name. */
  corresponding?: (number | string)[];
  /** Publication status for work not yet out, e.g. "Under review". */
  status?: string;
  /** Awards the paper received, e.g. "Best Paper Award". */
  awards?: string[];
}

/** A section of kind "project": Projects. */
export interface ProjectSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'project';
  /** Entries, in display order. */
  entries: ProjectEntry[];
}

/** A section of kind "talk": Talks, presentations and tutorials. */
export interface TalkSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'talk';
  /** Entries, in display order. */
  entries: TalkEntry[];
}

/** A section of kind "teaching": Teaching positions. */
export interface TeachingSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'teaching';
  /** Entries, in display order. */
  entries: TeachingEntry[];
}

/** A section of kind "mentee": Students mentored. */
export interface MenteeSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'mentee';
  /** Entries, in display order. */
  entries: MenteeEntry[];
}

/** A section of kind "certification": Licenses and certifications. */
export interface CertificationSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'certification';
  /** Entries, in display order. */
  entries: CertificationEntry[];
}

/** A section of kind "service": Professional service. */
export interface ServiceSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'service';
  /** Entries, in display order. */
  entries: ServiceEntry[];
}

/** A section of kind "membership": Professional memberships. */
export interface MembershipSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'membership';
  /** Entries, in display order. */
  entries: MembershipEntry[];
}

/** A section of kind "skills": Skills by category. */
export interface SkillsSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'skills';
  /** Entries, in display order. */
  entries: SkillsEntry[];
}

/** A section of kind "entry": Generic entries with a title, dates and text. */
export interface GenericSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'entry';
  /** Entries, in display order. */
  entries: GenericEntry[];
}

/** A section of kind "list": A bulleted list, or a numbered one with `numbering`. */
export interface ListSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'list';
  /** Entries, in display order. */
  entries: ListItem[];
  /** Number the items instead of bulleting them: "ascending" (1, 2, 3...) or "descending" (the last item is 1, newest first, as in RenderCV's reversed-numbered lists). Omit for bullets. */
  numbering?: 'ascending' | 'descending';
}

/** A section of kind "text": Paragraphs of text. */
export interface TextSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'text';
  /** Paragraphs, in order. */
  entries: Markup[];
}

/** One sub-bullet under a highlight: a Markup string, or an object when it needs its own tags. Sub-bullets do not nest further. */
export type SubHighlight = Markup | {
  /** The sub-bullet text. */
  text: Markup;
  /** Tags that select this bullet for one application. */
  tags?: Tags;
};

/** A profile link in the header: a label, or a network and username (e.g. GitHub, jdoe). */
export interface Profile {
  /** The visible text, e.g. "Google Scholar"; defaults to the network. */
  label?: string;
  /** The network, e.g. "GitHub", "LinkedIn". */
  network?: string;
  /** The username on that network, e.g. "jdoe". */
  username?: string;
  /** Where the profile is; omit when unknown rather than inventing one. */
  url?: Url;
}

/** A language spoken, with fluency. */
export interface LanguageEntry {
  /** The language, e.g. "Korean". */
  language: string;
  /** How well, e.g. "Native", "Professional working proficiency". */
  fluency?: string;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** An interest, with keywords. */
export interface InterestEntry {
  /** The interest, e.g. "Music". */
  name: string;
  /** Keywords, in order. */
  keywords?: string[];
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A reference: a person who vouches for the owner, with an optional quote. */
export interface ReferenceEntry {
  /** The referee's name. */
  name: string;
  /** The referee's role, e.g. "Professor, Georgia Tech". */
  role?: string;
  /** How to reach the referee, as printed, e.g. an email address. */
  contact?: string;
  /** What the referee said (a quote). */
  reference?: Markup;
  /** Optional stable id for this entry, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A patent or patent application. */
export interface PatentEntry {
  /** Title of the patent; may use inline markup. */
  title: Markup;
  /** The inventors, in order; the owner is printed in bold. */
  authors?: Author[];
  /** Patent or application number, e.g. "US 10,123,456 B2". */
  number?: string;
  /** Patent office, e.g. "USPTO". */
  office?: string;
  /** Status as printed, e.g. "granted", "pending". */
  status?: string;
  /** When it was filed or granted. */
  date?: CvDate;
  /** Where the patent can be read; the title links to it. */
  url?: Url;
  /** Links for this patent, in display order. */
  links?: Link[];
  /** Optional stable id for this patent, kebab-case; lets layouts and flags refer to it. */
  id?: Id;
  /** Tags that select this patent for one application (e.g. academic, industry); see `cv build --tags`. */
  tags?: Tags;
  /** How important this patent is; higher is more important. A one-page resume drops the lowest first. Default 0. */
  priority?: Priority;
}

/** A section of kind "language": Languages spoken. */
export interface LanguageSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'language';
  /** Entries, in display order. */
  entries: LanguageEntry[];
}

/** A section of kind "interest": Interests. */
export interface InterestSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'interest';
  /** Entries, in display order. */
  entries: InterestEntry[];
}

/** A section of kind "reference": References. */
export interface ReferenceSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'reference';
  /** Entries, in display order. */
  entries: ReferenceEntry[];
}

/** A section of kind "patent": Patents. */
export interface PatentSection {
  /** Section id, kebab-case and unique; layouts and --sections refer to it. */
  id: Id;
  /** Heading printed for the section. */
  title: string;
  /** Kind of the entries in this section. */
  kind: 'patent';
  /** Entries, in display order. */
  entries: PatentEntry[];
}

/** A titled section whose entries are all of one kind; `kind` decides the shape of the entries. */
export type Section = EducationSection | ExperienceSection | AwardSection | GrantSection | PublicationSection | ProjectSection | TalkSection | TeachingSection | MenteeSection | CertificationSection | ServiceSection | MembershipSection | SkillsSection | GenericSection | ListSection | TextSection | LanguageSection | InterestSection | ReferenceSection | PatentSection;

/** Markup for a title or a name: **bold**, *italic* and [label](url), at most 1,000 characters. */
export type ShortMarkup = string;
