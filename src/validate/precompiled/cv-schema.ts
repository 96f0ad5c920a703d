// Generated from schema/cv.schema.json by scripts/generate-validators.mjs; do not edit.
// @ts-nocheck
import runtime0 from 'ajv/dist/runtime/ucs2length.js';
import { recordRole } from '../role-sink.js';
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:cv:schema:cv","title":"cv.yaml","description":"One person's CV: a header and an ordered list of sections. The source for every PDF that `cv build` typesets.","type":"object","properties":{"updated":{"description":"When the CV was last updated; the build date when neither --date nor SOURCE_DATE_EPOCH is given.","$ref":"#/definitions/CvDate"},"lang":{"description":"Language of the CV as a BCP 47 tag, e.g. \"en-US\"; written into the PDF.","type":"string","minLength":1,"pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","maxLength":35},"name":{"description":"The owner's name as printed.","type":"string","minLength":1,"maxLength":200},"aliases":{"description":"Other spellings of the owner's name, used to find the owner in author lists, e.g. \"H. Park\".","type":"array","items":{"type":"string","minLength":1,"description":"One spelling.","maxLength":200}},"headline":{"description":"One line under the name, e.g. a current position.","$ref":"#/definitions/ShortMarkup"},"contact":{"description":"How to reach the owner.","$ref":"#/definitions/Contact"},"profiles":{"description":"Profile links printed in the header, e.g. Google Scholar.","type":"array","items":{"$ref":"#/definitions/Profile"}},"summary":{"description":"Summary under the header.","$ref":"#/definitions/Summary"},"sections":{"description":"Sections in their default order; layouts may reorder or drop them.","type":"array","items":{"$ref":"#/definitions/Section"}}},"required":["name","sections"],"additionalProperties":false,"definitions":{"Id":{"description":"A kebab-case identifier: lowercase letters, digits and hyphens, starting with a letter.","type":"string","minLength":1,"pattern":"^[a-z][a-z0-9-]*$","maxLength":64},"Tags":{"description":"Tags for selecting content per application; lowercase kebab-case words.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"One tag, e.g. \"academic\", \"industry\", \"visualization\".","maxLength":64},"uniqueItems":true},"Priority":{"description":"Importance of an entry; higher is more important (used when a one-page resume must drop content). Entries without one count as 0.","type":"integer"},"CvDate":{"description":"A date: \"YYYY\", \"YYYY-MM\", \"YYYY-MM-DD\", \"present\" (in any case), or an academic term such as \"Fall 2019\". Write dates as quoted strings (\"2018-08\"); a bare year (2019) is also accepted as an integer between 1900 and 2100.","oneOf":[{"type":"string","description":"A date as text.","pattern":"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$","maxLength":20},{"type":"integer","description":"A bare year.","minimum":1900,"maximum":2100}],"x-cv-role":"date"},"Markup":{"description":"Text with inline markup: **bold**, *italic* and [label](url). In YAML, quote a value that starts with \"*\" (a plain scalar starting with \"*\" is an alias). At most 200,000 characters.","type":"string","minLength":1,"maxLength":200000,"x-cv-role":"markup"},"Url":{"description":"A URL: http(s), mailto: or tel: only (the scheme in any case).","type":"string","minLength":1,"pattern":"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$","maxLength":2048,"x-cv-role":"url"},"Link":{"description":"A labelled link. A link whose target is unknown keeps its label and has no url.","type":"object","properties":{"label":{"description":"The visible text, e.g. \"PDF\", \"arXiv\", \"Demo\".","type":"string","minLength":1,"maxLength":500},"url":{"description":"Where the link points; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"required":["label"],"additionalProperties":false},"Highlight":{"description":"One bullet point: a Markup string, or an object when the bullet needs its own tags or sub-bullets.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A bullet point with tags or sub-bullets.","type":"object","properties":{"text":{"description":"The bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"},"highlights":{"description":"Sub-bullets printed under this bullet (one level).","type":"array","items":{"$ref":"#/definitions/SubHighlight"}}},"required":["text"],"additionalProperties":false}]},"Author":{"description":"An author: the name as printed, or an object with contribution marks. The owner is found by `name` or `aliases`.","oneOf":[{"description":"The author name as printed.","type":"string","minLength":1,"maxLength":200},{"description":"An author with marks.","type":"object","properties":{"name":{"description":"The author name as printed.","type":"string","minLength":1,"maxLength":200},"equal":{"description":"True if this author contributed equally with the other authors so marked (printed with a legend).","type":"boolean"},"corresponding":{"description":"True if this author is a corresponding author.","type":"boolean"}},"required":["name"],"additionalProperties":false}]},"Venue":{"description":"Where a work appeared.","type":"object","properties":{"name":{"description":"Full name of the conference, journal or workshop, e.g. \"IEEE Visualization Conference\".","type":"string","minLength":1,"maxLength":500},"short":{"description":"Short name or acronym, e.g. \"VIS\".","type":"string","minLength":1,"maxLength":500},"track":{"description":"Track or category within the venue, e.g. \"Late-Breaking Works\", \"Resource Track\", \"Arsenal\".","type":"string","minLength":1,"maxLength":500},"trackUrl":{"description":"Link for the track.","$ref":"#/definitions/Url"},"url":{"description":"Link for the venue itself.","$ref":"#/definitions/Url"},"note":{"description":"Extra words about the venue, e.g. \"co-located with NeurIPS 2019\".","$ref":"#/definitions/Markup"}},"required":["name"],"additionalProperties":false},"Stars":{"description":"A repository star count at a point in time.","type":"object","properties":{"count":{"description":"Number of stars.","type":"integer","minimum":0},"asOf":{"description":"When the stars were counted.","$ref":"#/definitions/CvDate"}},"required":["count","asOf"],"additionalProperties":false},"ServiceVenue":{"description":"One venue served, e.g. a conference reviewed for.","type":"object","properties":{"name":{"description":"Venue name, e.g. \"CIKM\".","type":"string","minLength":1,"maxLength":500},"date":{"description":"Year or date of the service.","$ref":"#/definitions/CvDate"}},"required":["name","date"],"additionalProperties":false},"Contact":{"description":"How to reach the owner.","type":"object","properties":{"email":{"description":"Email address.","type":"string","minLength":1,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$","maxLength":254},"website":{"description":"Personal website.","$ref":"#/definitions/Url"},"phone":{"description":"Phone number as printed.","type":"string","minLength":1,"maxLength":64},"location":{"description":"City, region or country as printed.","type":"string","minLength":1,"maxLength":500}},"required":["email"],"additionalProperties":false},"Summary":{"description":"The summary under the header: an intro line, bullets and a closing paragraph, all optional.","type":"object","properties":{"intro":{"description":"Opening sentence.","$ref":"#/definitions/Markup"},"bullets":{"description":"Bullet points after the intro.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"text":{"description":"Paragraph after the bullets.","$ref":"#/definitions/Markup"}},"additionalProperties":false},"EducationEntry":{"description":"A degree or course of study.","type":"object","properties":{"institution":{"description":"School or university.","type":"string","minLength":1,"maxLength":500},"degree":{"description":"Degree, e.g. \"Ph.D.\"; omit for a course of study without one.","type":"string","minLength":1,"maxLength":500},"field":{"description":"Field of study, e.g. \"Computer Science\".","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the institution is.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this study began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this study ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. when the degree was awarded), instead of start/end.","$ref":"#/definitions/CvDate"},"advisor":{"description":"Advisor, e.g. \"Dr. Polo Chau\".","$ref":"#/definitions/ShortMarkup"},"honors":{"description":"Honors, e.g. \"Graduated with honors (Cum Laude)\".","type":"array","items":{"type":"string","minLength":1,"description":"One honor.","maxLength":500}},"summary":{"description":"A paragraph about this study, printed under the entry header.","$ref":"#/definitions/Markup"},"score":{"description":"Grade or score as printed, e.g. \"GPA 3.9/4.0\".","type":"string","minLength":1,"maxLength":200},"courses":{"description":"Courses taken, in display order.","type":"array","items":{"description":"One course.","$ref":"#/definitions/Markup"}},"highlights":{"description":"Bullet points for this degree.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this degree, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["institution"],"additionalProperties":false},"ExperienceEntry":{"description":"A position held.","type":"object","properties":{"title":{"description":"Job or role title.","type":"string","minLength":1,"maxLength":500},"organization":{"description":"Employer or lab; omit when there is none.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the position was.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this position began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this position ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. a position of one day), instead of start/end.","$ref":"#/definitions/CvDate"},"mentors":{"description":"Mentors or supervisors, in the order printed.","type":"array","items":{"type":"string","minLength":1,"description":"One mentor name.","maxLength":500}},"summary":{"description":"A paragraph about this position, printed under the entry header.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this position.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this position, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"AwardEntry":{"description":"An award, honor or scholarship.","type":"object","properties":{"title":{"description":"Name of the award.","type":"string","minLength":1,"maxLength":500},"issuer":{"description":"Who gave it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was received.","$ref":"#/definitions/CvDate"},"description":{"description":"More about the award.","$ref":"#/definitions/Markup"},"amount":{"description":"Monetary value as printed, e.g. \"$1,000\".","type":"string","minLength":1,"maxLength":500},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"GrantEntry":{"description":"A grant or funding received.","type":"object","properties":{"title":{"description":"Name of the grant.","type":"string","minLength":1,"maxLength":500},"funder":{"description":"Who funded it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was awarded.","$ref":"#/definitions/CvDate"},"amount":{"description":"The amount alone, as printed, e.g. \"$550\".","type":"string","minLength":1,"maxLength":500},"description":{"description":"The grant in a sentence; may repeat the amount, e.g. \"Funded $5,000 in AWS cloud credits\".","$ref":"#/definitions/Markup"},"coPIs":{"description":"Co-principal investigators, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One co-PI name.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"PublicationEntry":{"description":"A paper, poster, demo, book or other publication.","type":"object","properties":{"title":{"description":"Title of the work; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"authors":{"description":"All authors, in order; the owner is printed in bold.","type":"array","items":{"$ref":"#/definitions/Author"},"minItems":1},"venue":{"description":"Where it appeared; omit for work not yet accepted.","$ref":"#/definitions/Venue"},"location":{"description":"Where the venue took place, e.g. \"Salt Lake City, UT, USA\".","type":"string","minLength":1,"maxLength":500},"volume":{"description":"Volume of the journal or series, e.g. 26 or \"26\".","oneOf":[{"type":"string","minLength":1,"description":"Volume as text.","maxLength":200},{"type":"integer","minimum":0,"description":"Volume as a number."}]},"number":{"description":"Issue number, e.g. 1 or \"S1\".","oneOf":[{"type":"string","minLength":1,"description":"Issue as text.","maxLength":200},{"type":"integer","minimum":0,"description":"Issue as a number."}]},"pages":{"description":"Page range, e.g. \"12--34\" or \"12-34\" (printed with an en dash), or one page.","type":"string","minLength":1,"maxLength":200},"publisher":{"description":"Publisher, e.g. \"Springer\".","type":"string","minLength":1,"maxLength":200},"url":{"description":"Landing page of the work; the title links to it.","$ref":"#/definitions/Url"},"date":{"description":"When it was published, usually the year.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of publication; layouts group and filter by it. Default \"other\".","type":"string","enum":["journal","conference","workshop","demo","poster","late-breaking","preprint","abstract","thesis","book","chapter","report","other"]},"status":{"description":"Publication status for work not yet out, e.g. \"Under review of AAAI 2021 demo\".","type":"string","minLength":1,"maxLength":500},"note":{"description":"A note printed with the entry.","$ref":"#/definitions/Markup"},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"description":"One award.","maxLength":500}},"links":{"description":"Links for this publication, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"doi":{"description":"A DOI such as \"10.1109/VIS47514.2020.00061\", bare or after \"https://doi.org/\" or \"doi:\". Printed as doi:10.1109/... and linked to https://doi.org/.","type":"string","minLength":1,"pattern":"^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$","maxLength":500},"id":{"description":"Optional stable id for this publication, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this publication for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"ProjectEntry":{"description":"A research or software project. Give a date, or a start (with an optional end), or neither.","type":"object","properties":{"title":{"description":"Project name; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"date":{"description":"When the project was done or published (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this project began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this project ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"description":{"description":"What the project is.","$ref":"#/definitions/Markup"},"note":{"description":"A note, e.g. where it was published.","$ref":"#/definitions/Markup"},"authors":{"description":"Contributors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"organization":{"description":"Organization the project was done with or for.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the organization is.","type":"string","minLength":1,"maxLength":500},"roles":{"description":"The owner's roles in the project, e.g. \"Team lead\".","type":"array","items":{"type":"string","minLength":1,"description":"One role.","maxLength":500}},"entity":{"description":"The organisation the project was for, e.g. a client.","type":"string","minLength":1,"maxLength":200},"url":{"description":"Project page; the title links to it.","$ref":"#/definitions/Url"},"links":{"description":"Links for this project, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"stars":{"description":"Repository stars at a point in time.","$ref":"#/definitions/Stars"},"highlights":{"description":"Bullet points for this project.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"id":{"description":"Optional stable id for this project, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this project for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this project is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"TalkEntry":{"description":"A talk, presentation or tutorial.","type":"object","properties":{"title":{"description":"Title of the talk; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"authors":{"description":"Speakers or authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"date":{"description":"When it was given.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of presentation as printed, e.g. \"Talk\", \"Poster Presentation\", \"Oral Presentation\", \"Tutorial\".","type":"string","minLength":1,"maxLength":500},"event":{"description":"Event where it was given, e.g. \"IEEE Big Data\".","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the event took place.","type":"string","minLength":1,"maxLength":500},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"description":{"description":"What the talk was about or where it was presented.","$ref":"#/definitions/Markup"},"links":{"description":"Links for this talk, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this talk, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this talk for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this talk is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"TeachingEntry":{"description":"A teaching position.","type":"object","properties":{"title":{"description":"Role, e.g. \"Graduate Teaching Assistant\".","type":"string","minLength":1,"maxLength":500},"institution":{"description":"School or university.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the institution is.","type":"string","minLength":1,"maxLength":500},"course":{"description":"Course name.","type":"string","minLength":1,"maxLength":500},"courseCode":{"description":"Course code, e.g. \"CSE 6242\".","type":"string","minLength":1,"maxLength":500},"instructor":{"description":"Instructor of the course.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this teaching began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this teaching ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. one term), instead of start/end.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","institution","course"],"additionalProperties":false},"MenteeEntry":{"description":"A student mentored.","type":"object","properties":{"name":{"description":"Mentee name.","type":"string","minLength":1,"maxLength":500},"degree":{"description":"Mentee's degree program, e.g. \"B.S. in Computer Science\".","type":"string","minLength":1,"maxLength":500},"institution":{"description":"Mentee's institution.","type":"string","minLength":1,"maxLength":500},"topics":{"description":"Topics worked on, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One topic.","maxLength":500}},"awards":{"description":"Awards the mentee received.","type":"array","items":{"type":"string","minLength":1,"description":"One award as printed.","maxLength":500}},"start":{"description":"When this mentoring began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this mentoring ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date, instead of start/end.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false},"CertificationEntry":{"description":"A license or certification.","type":"object","properties":{"title":{"description":"Name of the certificate.","type":"string","minLength":1,"maxLength":500},"issuer":{"description":"Who issued it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was issued.","$ref":"#/definitions/CvDate"},"url":{"description":"Where it can be verified.","$ref":"#/definitions/Url"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"ServiceEntry":{"description":"A service role, e.g. reviewer, with the venues served.","type":"object","properties":{"role":{"description":"Role, e.g. \"Reviewer\".","type":"string","minLength":1,"maxLength":500},"venues":{"description":"Venues served, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceVenue"},"minItems":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["role","venues"],"additionalProperties":false},"MembershipEntry":{"description":"A professional membership.","type":"object","properties":{"organization":{"description":"Full name of the organization.","type":"string","minLength":1,"maxLength":500},"short":{"description":"Acronym, e.g. \"IEEE\".","type":"string","minLength":1,"maxLength":500},"since":{"description":"When the membership began.","$ref":"#/definitions/CvDate"},"note":{"description":"A note printed with the membership.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["organization"],"additionalProperties":false},"SkillsEntry":{"description":"A category of skills.","type":"object","properties":{"category":{"description":"Category name, e.g. \"Programming Languages\".","type":"string","minLength":1,"maxLength":500},"level":{"description":"Level as printed, e.g. \"Advanced\", \"Native\".","type":"string","minLength":1,"maxLength":200},"items":{"description":"Skills in this category, in display order; at most 300 (they print as one paragraph).","type":"array","maxItems":300,"items":{"type":"string","minLength":1,"description":"One skill.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["category"],"additionalProperties":false},"GenericEntry":{"description":"A generic entry for anything the other kinds do not cover. Give a date or start/end, or neither.","type":"object","properties":{"title":{"description":"Entry title; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"subtitle":{"description":"Second line, e.g. an organization.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where it took place.","type":"string","minLength":1,"maxLength":500},"date":{"description":"A single date (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this entry began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this entry ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"description":{"description":"Paragraph about the entry.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this entry.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this entry, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"ListItem":{"description":"One item of a bulleted list: a Markup string, or an object when the item needs tags or a priority.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A list item with tags.","type":"object","properties":{"text":{"description":"The item text.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this item, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this item for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this item is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["text"],"additionalProperties":false}]},"EducationSection":{"description":"A section of kind \"education\": Degrees.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"education"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/EducationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ExperienceSection":{"description":"A section of kind \"experience\": Positions held.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"experience"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ExperienceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"AwardSection":{"description":"A section of kind \"award\": Awards and honors.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"award"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/AwardEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"GrantSection":{"description":"A section of kind \"grant\": Grants and funding.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"grant"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GrantEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"PublicationSection":{"description":"A section of kind \"publication\": Publications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"publication"},"entries":{"description":"Entries, in display order; with `bibtex`, they come before the .bib's.","type":"array","items":{"$ref":"#/definitions/PublicationEntry"}},"bibtex":{"description":"A .bib file (path relative to cv.yaml) whose entries are this section's publications, read at every build so the .bib stays the one source of truth.","type":"string","minLength":1,"maxLength":1024},"overrides":{"description":"Per-entry additions to the .bib named by `bibtex`, keyed by BibTeX key: what a .bib cannot say (selected, tags, priority, equal contribution, corresponding author, status, awards).","type":"object","additionalProperties":{"$ref":"#/definitions/BibOverride"}}},"required":["id","title","kind"],"additionalProperties":false,"anyOf":[{"properties":{"entries":true},"required":["entries"]},{"properties":{"bibtex":true},"required":["bibtex"]}]},"BibOverride":{"description":"What cv.yaml adds to one BibTeX entry of a `bibtex` section.","type":"object","properties":{"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"tags":{"description":"Tags that select this publication for one application; see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important.","$ref":"#/definitions/Priority"},"equal":{"description":"Authors who contributed equally (printed with a legend), by position (1 = first) or by name.","type":"array","items":{"description":"An author of the entry: a 1-based position in its author list, or the name as the .bib spells it.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":500}]}},"corresponding":{"description":"Corresponding authors, by position (1 = first) or by name.","type":"array","items":{"description":"An author of the entry: a 1-based position in its author list, or the name as the .bib spells it.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":500}]}},"status":{"description":"Publication status for work not yet out, e.g. \"Under review\".","type":"string","minLength":1,"maxLength":200},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"maxLength":500}}},"additionalProperties":false},"ProjectSection":{"description":"A section of kind \"project\": Projects.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"project"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ProjectEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"TalkSection":{"description":"A section of kind \"talk\": Talks, presentations and tutorials.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"talk"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TalkEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"TeachingSection":{"description":"A section of kind \"teaching\": Teaching positions.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"teaching"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TeachingEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"MenteeSection":{"description":"A section of kind \"mentee\": Students mentored.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"mentee"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MenteeEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"CertificationSection":{"description":"A section of kind \"certification\": Licenses and certifications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"certification"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/CertificationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ServiceSection":{"description":"A section of kind \"service\": Professional service.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"service"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"MembershipSection":{"description":"A section of kind \"membership\": Professional memberships.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"membership"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MembershipEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"SkillsSection":{"description":"A section of kind \"skills\": Skills by category.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"skills"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/SkillsEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"GenericSection":{"description":"A section of kind \"entry\": Generic entries with a title, dates and text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"entry"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GenericEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ListSection":{"description":"A section of kind \"list\": A bulleted list, or a numbered one with `numbering`.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"list"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ListItem"}},"numbering":{"description":"Number the items instead of bulleting them: \"ascending\" (1, 2, 3...) or \"descending\" (the last item is 1, newest first, as in RenderCV's reversed-numbered lists). Omit for bullets.","type":"string","enum":["ascending","descending"]}},"required":["id","title","kind","entries"],"additionalProperties":false},"TextSection":{"description":"A section of kind \"text\": Paragraphs of text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"text"},"entries":{"description":"Paragraphs, in order.","type":"array","items":{"$ref":"#/definitions/Markup"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"SubHighlight":{"description":"One sub-bullet under a highlight: a Markup string, or an object when it needs its own tags. Sub-bullets do not nest further.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A sub-bullet with tags.","type":"object","properties":{"text":{"description":"The sub-bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"}},"required":["text"],"additionalProperties":false}]},"Profile":{"description":"A profile link in the header: a label, or a network and username (e.g. GitHub, jdoe).","type":"object","properties":{"label":{"description":"The visible text, e.g. \"Google Scholar\"; defaults to the network.","type":"string","minLength":1,"maxLength":200},"network":{"description":"The network, e.g. \"GitHub\", \"LinkedIn\".","type":"string","minLength":1,"maxLength":200},"username":{"description":"The username on that network, e.g. \"jdoe\".","type":"string","minLength":1,"maxLength":200},"url":{"description":"Where the profile is; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"additionalProperties":false,"anyOf":[{"properties":{"label":true},"required":["label"]},{"properties":{"network":true},"required":["network"]}]},"LanguageEntry":{"description":"A language spoken, with fluency.","type":"object","properties":{"language":{"description":"The language, e.g. \"Korean\".","type":"string","minLength":1,"maxLength":200},"fluency":{"description":"How well, e.g. \"Native\", \"Professional working proficiency\".","type":"string","minLength":1,"maxLength":200},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["language"],"additionalProperties":false},"InterestEntry":{"description":"An interest, with keywords.","type":"object","properties":{"name":{"description":"The interest, e.g. \"Music\".","type":"string","minLength":1,"maxLength":200},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false},"ReferenceEntry":{"description":"A reference: a person who vouches for the owner, with an optional quote.","type":"object","properties":{"name":{"description":"The referee's name.","type":"string","minLength":1,"maxLength":200},"role":{"description":"The referee's role, e.g. \"Professor, Georgia Tech\".","type":"string","minLength":1,"maxLength":500},"contact":{"description":"How to reach the referee, as printed, e.g. an email address.","type":"string","minLength":1,"maxLength":500},"reference":{"description":"What the referee said (a quote).","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false},"PatentEntry":{"description":"A patent or patent application.","type":"object","properties":{"title":{"description":"Title of the patent; may use inline markup.","$ref":"#/definitions/Markup"},"authors":{"description":"The inventors, in order; the owner is printed in bold.","type":"array","items":{"$ref":"#/definitions/Author"}},"number":{"description":"Patent or application number, e.g. \"US 10,123,456 B2\".","type":"string","minLength":1,"maxLength":200},"office":{"description":"Patent office, e.g. \"USPTO\".","type":"string","minLength":1,"maxLength":500},"status":{"description":"Status as printed, e.g. \"granted\", \"pending\".","type":"string","minLength":1,"maxLength":200},"date":{"description":"When it was filed or granted.","$ref":"#/definitions/CvDate"},"url":{"description":"Where the patent can be read; the title links to it.","$ref":"#/definitions/Url"},"links":{"description":"Links for this patent, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this patent, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this patent for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this patent is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"LanguageSection":{"description":"A section of kind \"language\": Languages spoken.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"language"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/LanguageEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"InterestSection":{"description":"A section of kind \"interest\": Interests.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"interest"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/InterestEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ReferenceSection":{"description":"A section of kind \"reference\": References.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"reference"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ReferenceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"PatentSection":{"description":"A section of kind \"patent\": Patents.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"patent"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/PatentEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"Section":{"description":"A titled section whose entries are all of one kind; `kind` decides the shape of the entries.","type":"object","properties":{"kind":{"description":"Kind of the entries in this section; decides which fields an entry has.","type":"string","enum":["education","experience","award","grant","publication","project","talk","teaching","mentee","certification","service","membership","skills","entry","list","text","language","interest","reference","patent"]}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/definitions/EducationSection"},{"$ref":"#/definitions/ExperienceSection"},{"$ref":"#/definitions/AwardSection"},{"$ref":"#/definitions/GrantSection"},{"$ref":"#/definitions/PublicationSection"},{"$ref":"#/definitions/ProjectSection"},{"$ref":"#/definitions/TalkSection"},{"$ref":"#/definitions/TeachingSection"},{"$ref":"#/definitions/MenteeSection"},{"$ref":"#/definitions/CertificationSection"},{"$ref":"#/definitions/ServiceSection"},{"$ref":"#/definitions/MembershipSection"},{"$ref":"#/definitions/SkillsSection"},{"$ref":"#/definitions/GenericSection"},{"$ref":"#/definitions/ListSection"},{"$ref":"#/definitions/TextSection"},{"$ref":"#/definitions/LanguageSection"},{"$ref":"#/definitions/InterestSection"},{"$ref":"#/definitions/ReferenceSection"},{"$ref":"#/definitions/PatentSection"}]},"ShortMarkup":{"description":"Markup for a title or a name: **bold**, *italic* and [label](url), at most 1,000 characters.","type":"string","minLength":1,"maxLength":1000,"x-cv-role":"markup"}}};
const schema12 = {"description":"A date: \"YYYY\", \"YYYY-MM\", \"YYYY-MM-DD\", \"present\" (in any case), or an academic term such as \"Fall 2019\". Write dates as quoted strings (\"2018-08\"); a bare year (2019) is also accepted as an integer between 1900 and 2100.","oneOf":[{"type":"string","description":"A date as text.","pattern":"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$","maxLength":20},{"type":"integer","description":"A bare year.","minimum":1900,"maximum":2100}],"x-cv-role":"date"};
const schema13 = {"description":"Markup for a title or a name: **bold**, *italic* and [label](url), at most 1,000 characters.","type":"string","minLength":1,"maxLength":1000,"x-cv-role":"markup"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$", "u");
const pattern1 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const keyword0 = recordRole;
const schema14 = {"description":"How to reach the owner.","type":"object","properties":{"email":{"description":"Email address.","type":"string","minLength":1,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$","maxLength":254},"website":{"description":"Personal website.","$ref":"#/definitions/Url"},"phone":{"description":"Phone number as printed.","type":"string","minLength":1,"maxLength":64},"location":{"description":"City, region or country as printed.","type":"string","minLength":1,"maxLength":500}},"required":["email"],"additionalProperties":false};
const schema15 = {"description":"A URL: http(s), mailto: or tel: only (the scheme in any case).","type":"string","minLength":1,"pattern":"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$","maxLength":2048,"x-cv-role":"url"};
const pattern2 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
const pattern3 = new RegExp("^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "email") || (key0 === "website")) || (key0 === "phone")) || (key0 === "location"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 254){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema14.properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern2.test(data0)){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema14.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.email.type,parentSchema:schema14.properties.email,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.website !== undefined){
let data1 = data.website;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
keyword0("url", instancePath+"/website", data1);
if(typeof data1 === "string"){
if(func3(data1) > 2048){
const err6 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern3.test(data1)){
const err8 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid1 = _errs5 === errors;
var valid0 = _errs4 === errors;
}
if(data.phone !== undefined){
let data2 = data.phone;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err10 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema14.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.phone.type,parentSchema:schema14.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.location !== undefined){
let data3 = data.location;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 500){
const err13 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema14.properties.location,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.location,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.location.type,parentSchema:schema14.properties.location,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"description":"A profile link in the header: a label, or a network and username (e.g. GitHub, jdoe).","type":"object","properties":{"label":{"description":"The visible text, e.g. \"Google Scholar\"; defaults to the network.","type":"string","minLength":1,"maxLength":200},"network":{"description":"The network, e.g. \"GitHub\", \"LinkedIn\".","type":"string","minLength":1,"maxLength":200},"username":{"description":"The username on that network, e.g. \"jdoe\".","type":"string","minLength":1,"maxLength":200},"url":{"description":"Where the profile is; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"additionalProperties":false,"anyOf":[{"properties":{"label":true},"required":["label"]},{"properties":{"network":true},"required":["network"]}]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema16.anyOf[0].required,parentSchema:schema16.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.network === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema16.anyOf[1].required,parentSchema:schema16.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema16.anyOf,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs4 = errors;
for(const key0 in data){
if(!((((key0 === "label") || (key0 === "network")) || (key0 === "username")) || (key0 === "url"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.label,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.label,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.label.type,parentSchema:schema16.properties.label,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs5 === errors;
}
if(data.network !== undefined){
let data1 = data.network;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err7 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.network,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.network,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.network.type,parentSchema:schema16.properties.network,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid1 = _errs7 === errors;
}
if(data.username !== undefined){
let data2 = data.username;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err10 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.username,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.username,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.username.type,parentSchema:schema16.properties.username,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid1 = _errs9 === errors;
}
if(data.url !== undefined){
let data3 = data.url;
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
keyword0("url", instancePath+"/url", data3);
if(typeof data3 === "string"){
if(func3(data3) > 2048){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern3.test(data3)){
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid2 = _errs12 === errors;
var valid1 = _errs11 === errors;
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"The summary under the header: an intro line, bullets and a closing paragraph, all optional.","type":"object","properties":{"intro":{"description":"Opening sentence.","$ref":"#/definitions/Markup"},"bullets":{"description":"Bullet points after the intro.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"text":{"description":"Paragraph after the bullets.","$ref":"#/definitions/Markup"}},"additionalProperties":false};
const schema19 = {"description":"Text with inline markup: **bold**, *italic* and [label](url). In YAML, quote a value that starts with \"*\" (a plain scalar starting with \"*\" is an alias). At most 200,000 characters.","type":"string","minLength":1,"maxLength":200000,"x-cv-role":"markup"};
const schema20 = {"description":"One bullet point: a Markup string, or an object when the bullet needs its own tags or sub-bullets.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A bullet point with tags or sub-bullets.","type":"object","properties":{"text":{"description":"The bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"},"highlights":{"description":"Sub-bullets printed under this bullet (one level).","type":"array","items":{"$ref":"#/definitions/SubHighlight"}}},"required":["text"],"additionalProperties":false}]};
const schema23 = {"description":"Tags for selecting content per application; lowercase kebab-case words.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"One tag, e.g. \"academic\", \"industry\", \"visualization\".","maxLength":64},"uniqueItems":true};
const pattern5 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema24 = {"description":"One sub-bullet under a highlight: a Markup string, or an object when it needs its own tags. Sub-bullets do not nest further.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A sub-bullet with tags.","type":"object","properties":{"text":{"description":"The sub-bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"}},"required":["text"],"additionalProperties":false}]};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
keyword0("markup", instancePath, data);
if(typeof data === "string"){
if(func3(data) > 200000){
const err0 = {instancePath,schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs2 === errors;
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema24.oneOf[1].required,parentSchema:schema24.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs6 = errors;
for(const key0 in data){
if(!((key0 === "text") || (key0 === "tags"))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
keyword0("markup", instancePath+"/text", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs8 === errors;
var valid2 = _errs7 === errors;
}
if(data.tags !== undefined){
let data1 = data.tags;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(Array.isArray(data1)){
let valid6 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs13 = errors;
const _errs14 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid5 = _errs13 === errors;
if(!valid5){
valid6 = false;
}
}
let valid7;
let i1 = data1.length;
let j0;
valid7 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
valid7 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid4 = _errs11 === errors;
var valid2 = _errs10 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.oneOf[1].type,parentSchema:schema24.oneOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema24.oneOf,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
keyword0("markup", instancePath, data);
if(typeof data === "string"){
if(func3(data) > 200000){
const err0 = {instancePath,schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs2 === errors;
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema20.oneOf[1].required,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs6 = errors;
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "tags")) || (key0 === "highlights"))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
keyword0("markup", instancePath+"/text", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs8 === errors;
var valid2 = _errs7 === errors;
}
if(data.tags !== undefined){
let data1 = data.tags;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(Array.isArray(data1)){
let valid6 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs13 = errors;
const _errs14 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid5 = _errs13 === errors;
if(!valid5){
valid6 = false;
}
}
let valid7;
let i1 = data1.length;
let j0;
valid7 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
valid7 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid4 = _errs11 === errors;
var valid2 = _errs10 === errors;
}
if(data.highlights !== undefined){
let data3 = data.highlights;
const _errs15 = errors;
const _errs16 = errors;
if(Array.isArray(data3)){
let valid9 = true;
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
const _errs17 = errors;
if(!(validate17(data4, {instancePath:instancePath+"/highlights/" + i2,parentData:data3,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs17 === errors;
if(!valid8){
valid9 = false;
}
}
}
else {
const err13 = {instancePath:instancePath+"/highlights",schemaPath:"#/oneOf/1/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.oneOf[1].properties.highlights.type,parentSchema:schema20.oneOf[1].properties.highlights,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid2 = _errs15 === errors;
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.oneOf[1].type,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.oneOf,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "intro") || (key0 === "bullets")) || (key0 === "text"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.intro !== undefined){
let data0 = data.intro;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/intro", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err1 = {instancePath:instancePath+"/intro",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/intro",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/intro",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.bullets !== undefined){
let data1 = data.bullets;
const _errs5 = errors;
const _errs6 = errors;
if(Array.isArray(data1)){
let valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(!(validate16(data2, {instancePath:instancePath+"/bullets/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs7 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err4 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.bullets.type,parentSchema:schema18.properties.bullets,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.text !== undefined){
let data3 = data.text;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
keyword0("markup", instancePath+"/text", data3);
if(typeof data3 === "string"){
if(func3(data3) > 200000){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data3) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema29 = {"description":"A titled section whose entries are all of one kind; `kind` decides the shape of the entries.","type":"object","properties":{"kind":{"description":"Kind of the entries in this section; decides which fields an entry has.","type":"string","enum":["education","experience","award","grant","publication","project","talk","teaching","mentee","certification","service","membership","skills","entry","list","text","language","interest","reference","patent"]}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/definitions/EducationSection"},{"$ref":"#/definitions/ExperienceSection"},{"$ref":"#/definitions/AwardSection"},{"$ref":"#/definitions/GrantSection"},{"$ref":"#/definitions/PublicationSection"},{"$ref":"#/definitions/ProjectSection"},{"$ref":"#/definitions/TalkSection"},{"$ref":"#/definitions/TeachingSection"},{"$ref":"#/definitions/MenteeSection"},{"$ref":"#/definitions/CertificationSection"},{"$ref":"#/definitions/ServiceSection"},{"$ref":"#/definitions/MembershipSection"},{"$ref":"#/definitions/SkillsSection"},{"$ref":"#/definitions/GenericSection"},{"$ref":"#/definitions/ListSection"},{"$ref":"#/definitions/TextSection"},{"$ref":"#/definitions/LanguageSection"},{"$ref":"#/definitions/InterestSection"},{"$ref":"#/definitions/ReferenceSection"},{"$ref":"#/definitions/PatentSection"}]};
const schema30 = {"description":"A section of kind \"education\": Degrees.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"education"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/EducationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema31 = {"description":"A kebab-case identifier: lowercase letters, digits and hyphens, starting with a letter.","type":"string","minLength":1,"pattern":"^[a-z][a-z0-9-]*$","maxLength":64};
const pattern7 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const schema32 = {"description":"A degree or course of study.","type":"object","properties":{"institution":{"description":"School or university.","type":"string","minLength":1,"maxLength":500},"degree":{"description":"Degree, e.g. \"Ph.D.\"; omit for a course of study without one.","type":"string","minLength":1,"maxLength":500},"field":{"description":"Field of study, e.g. \"Computer Science\".","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the institution is.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this study began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this study ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. when the degree was awarded), instead of start/end.","$ref":"#/definitions/CvDate"},"advisor":{"description":"Advisor, e.g. \"Dr. Polo Chau\".","$ref":"#/definitions/ShortMarkup"},"honors":{"description":"Honors, e.g. \"Graduated with honors (Cum Laude)\".","type":"array","items":{"type":"string","minLength":1,"description":"One honor.","maxLength":500}},"summary":{"description":"A paragraph about this study, printed under the entry header.","$ref":"#/definitions/Markup"},"score":{"description":"Grade or score as printed, e.g. \"GPA 3.9/4.0\".","type":"string","minLength":1,"maxLength":200},"courses":{"description":"Courses taken, in display order.","type":"array","items":{"description":"One course.","$ref":"#/definitions/Markup"}},"highlights":{"description":"Bullet points for this degree.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this degree, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["institution"],"additionalProperties":false};
const schema43 = {"description":"Importance of an entry; higher is more important (used when a one-page resume must drop content). Entries without one count as 0.","type":"integer"};
const schema39 = {"description":"A labelled link. A link whose target is unknown keeps its label and has no url.","type":"object","properties":{"label":{"description":"The visible text, e.g. \"PDF\", \"arXiv\", \"Demo\".","type":"string","minLength":1,"maxLength":500},"url":{"description":"Where the link points; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"required":["label"],"additionalProperties":false};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "label") || (key0 === "url"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39.properties.label,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.label,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.label.type,parentSchema:schema39.properties.label,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
keyword0("url", instancePath+"/url", data1);
if(typeof data1 === "string"){
if(func3(data1) > 2048){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern3.test(data1)){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs5 === errors;
var valid0 = _errs4 === errors;
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema32.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.institution !== undefined){
let data0 = data.institution;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema32.properties.institution,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.institution,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.institution.type,parentSchema:schema32.properties.institution,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.degree !== undefined){
let data1 = data.degree;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema32.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.degree.type,parentSchema:schema32.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.field !== undefined){
let data2 = data.field;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema32.properties.field,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.field,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.field.type,parentSchema:schema32.properties.field,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.location !== undefined){
let data3 = data.location;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 500){
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema32.properties.location,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.location,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.location.type,parentSchema:schema32.properties.location,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs8 === errors;
}
if(data.start !== undefined){
let data4 = data.start;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
let valid2 = false;
let passing0 = null;
const _errs13 = errors;
const _errs14 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 20){
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs15 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs16 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data4);
var valid1 = _errs11 === errors;
var valid0 = _errs10 === errors;
}
if(data.end !== undefined){
let data5 = data.end;
const _errs17 = errors;
const _errs18 = errors;
const _errs19 = errors;
let valid4 = false;
let passing1 = null;
const _errs20 = errors;
const _errs21 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 20){
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern0.test(data5)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs22 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs23 = errors;
if(typeof data5 == "number"){
if(data5 > 2100 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs22 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data5);
var valid3 = _errs18 === errors;
var valid0 = _errs17 === errors;
}
if(data.date !== undefined){
let data6 = data.date;
const _errs24 = errors;
const _errs25 = errors;
const _errs26 = errors;
let valid6 = false;
let passing2 = null;
const _errs27 = errors;
const _errs28 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 20){
const err28 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern0.test(data6)){
const err29 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs29 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err31 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs30 = errors;
if(typeof data6 == "number"){
if(data6 > 2100 || isNaN(data6)){
const err32 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6 < 1900 || isNaN(data6)){
const err33 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid2 = _errs29 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err34 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data6);
var valid5 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
if(data.advisor !== undefined){
let data7 = data.advisor;
const _errs31 = errors;
const _errs32 = errors;
const _errs33 = errors;
keyword0("markup", instancePath+"/advisor", data7);
if(typeof data7 === "string"){
if(func3(data7) > 1000){
const err35 = {instancePath:instancePath+"/advisor",schemaPath:"#/definitions/ShortMarkup/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func3(data7) < 1){
const err36 = {instancePath:instancePath+"/advisor",schemaPath:"#/definitions/ShortMarkup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/advisor",schemaPath:"#/definitions/ShortMarkup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid7 = _errs32 === errors;
var valid0 = _errs31 === errors;
}
if(data.honors !== undefined){
let data8 = data.honors;
const _errs34 = errors;
const _errs35 = errors;
if(Array.isArray(data8)){
let valid9 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs36 = errors;
const _errs37 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 500){
const err38 = {instancePath:instancePath+"/honors/" + i0,schemaPath:"#/properties/honors/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema32.properties.honors.items,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func3(data9) < 1){
const err39 = {instancePath:instancePath+"/honors/" + i0,schemaPath:"#/properties/honors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.honors.items,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/honors/" + i0,schemaPath:"#/properties/honors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.honors.items.type,parentSchema:schema32.properties.honors.items,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid8 = _errs36 === errors;
if(!valid8){
valid9 = false;
}
}
}
else {
const err41 = {instancePath:instancePath+"/honors",schemaPath:"#/properties/honors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.honors.type,parentSchema:schema32.properties.honors,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid0 = _errs34 === errors;
}
if(data.summary !== undefined){
let data10 = data.summary;
const _errs38 = errors;
const _errs39 = errors;
const _errs40 = errors;
keyword0("markup", instancePath+"/summary", data10);
if(typeof data10 === "string"){
if(func3(data10) > 200000){
const err42 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func3(data10) < 1){
const err43 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid10 = _errs39 === errors;
var valid0 = _errs38 === errors;
}
if(data.score !== undefined){
let data11 = data.score;
const _errs41 = errors;
const _errs42 = errors;
if(typeof data11 === "string"){
if(func3(data11) > 200){
const err45 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.score,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func3(data11) < 1){
const err46 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.score,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.score.type,parentSchema:schema32.properties.score,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid0 = _errs41 === errors;
}
if(data.courses !== undefined){
let data12 = data.courses;
const _errs43 = errors;
const _errs44 = errors;
if(Array.isArray(data12)){
let valid12 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
keyword0("markup", instancePath+"/courses/" + i1, data13);
if(typeof data13 === "string"){
if(func3(data13) > 200000){
const err48 = {instancePath:instancePath+"/courses/" + i1,schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func3(data13) < 1){
const err49 = {instancePath:instancePath+"/courses/" + i1,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/courses/" + i1,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid13 = _errs46 === errors;
var valid11 = _errs45 === errors;
if(!valid11){
valid12 = false;
}
}
}
else {
const err51 = {instancePath:instancePath+"/courses",schemaPath:"#/properties/courses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.courses.type,parentSchema:schema32.properties.courses,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid0 = _errs43 === errors;
}
if(data.highlights !== undefined){
let data14 = data.highlights;
const _errs48 = errors;
const _errs49 = errors;
if(Array.isArray(data14)){
let valid15 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
const _errs50 = errors;
if(!(validate16(data15, {instancePath:instancePath+"/highlights/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid14 = _errs50 === errors;
if(!valid14){
valid15 = false;
}
}
}
else {
const err52 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.highlights.type,parentSchema:schema32.properties.highlights,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid0 = _errs48 === errors;
}
if(data.links !== undefined){
let data16 = data.links;
const _errs51 = errors;
const _errs52 = errors;
if(Array.isArray(data16)){
let valid17 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
const _errs53 = errors;
if(!(validate25(data17, {instancePath:instancePath+"/links/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid16 = _errs53 === errors;
if(!valid16){
valid17 = false;
}
}
}
else {
const err53 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.links.type,parentSchema:schema32.properties.links,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var valid0 = _errs51 === errors;
}
if(data.id !== undefined){
let data18 = data.id;
const _errs54 = errors;
const _errs55 = errors;
const _errs56 = errors;
if(typeof data18 === "string"){
if(func3(data18) > 64){
const err54 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func3(data18) < 1){
const err55 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern7.test(data18)){
const err56 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid18 = _errs55 === errors;
var valid0 = _errs54 === errors;
}
if(data.tags !== undefined){
let data19 = data.tags;
const _errs57 = errors;
const _errs58 = errors;
const _errs59 = errors;
if(Array.isArray(data19)){
let valid21 = true;
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
let data20 = data19[i4];
const _errs60 = errors;
const _errs61 = errors;
if(typeof data20 === "string"){
if(func3(data20) > 64){
const err58 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern5.test(data20)){
const err59 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var valid20 = _errs60 === errors;
if(!valid20){
valid21 = false;
}
}
let valid22;
let i5 = data19.length;
let j0;
valid22 = true;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data19[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err61 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
valid22 = false;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err62 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var valid19 = _errs58 === errors;
var valid0 = _errs57 === errors;
}
if(data.priority !== undefined){
let data21 = data.priority;
const _errs62 = errors;
const _errs63 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err63 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const _errs64 = errors;
var valid23 = _errs63 === errors;
var valid0 = _errs62 === errors;
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema30.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.title.type,parentSchema:schema30.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.kind.type,parentSchema:schema30.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("education" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "education"},message:"must be equal to constant",schema:"education",parentSchema:schema30.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate23(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.entries.type,parentSchema:schema30.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema44 = {"description":"A section of kind \"experience\": Positions held.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"experience"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ExperienceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema46 = {"description":"A position held.","type":"object","properties":{"title":{"description":"Job or role title.","type":"string","minLength":1,"maxLength":500},"organization":{"description":"Employer or lab; omit when there is none.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the position was.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this position began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this position ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. a position of one day), instead of start/end.","$ref":"#/definitions/CvDate"},"mentors":{"description":"Mentors or supervisors, in the order printed.","type":"array","items":{"type":"string","minLength":1,"description":"One mentor name.","maxLength":500}},"summary":{"description":"A paragraph about this position, printed under the entry header.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this position.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this position, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema46.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema46.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.title.type,parentSchema:schema46.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.organization !== undefined){
let data1 = data.organization;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema46.properties.organization,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.organization,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.organization.type,parentSchema:schema46.properties.organization,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.location !== undefined){
let data2 = data.location;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema46.properties.location,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.location,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.location.type,parentSchema:schema46.properties.location,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.start !== undefined){
let data3 = data.start;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 20){
const err11 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern0.test(data3)){
const err12 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs14 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data3);
var valid1 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
if(data.end !== undefined){
let data4 = data.end;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
let valid4 = false;
let passing1 = null;
const _errs18 = errors;
const _errs19 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 20){
const err18 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern0.test(data4)){
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs20 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs21 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs20 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data4);
var valid3 = _errs16 === errors;
var valid0 = _errs15 === errors;
}
if(data.date !== undefined){
let data5 = data.date;
const _errs22 = errors;
const _errs23 = errors;
const _errs24 = errors;
let valid6 = false;
let passing2 = null;
const _errs25 = errors;
const _errs26 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 20){
const err25 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern0.test(data5)){
const err26 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs25 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs27 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err28 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs28 = errors;
if(typeof data5 == "number"){
if(data5 > 2100 || isNaN(data5)){
const err29 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err30 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid2 = _errs27 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err31 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data5);
var valid5 = _errs23 === errors;
var valid0 = _errs22 === errors;
}
if(data.mentors !== undefined){
let data6 = data.mentors;
const _errs29 = errors;
const _errs30 = errors;
if(Array.isArray(data6)){
let valid8 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs31 = errors;
const _errs32 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err32 = {instancePath:instancePath+"/mentors/" + i0,schemaPath:"#/properties/mentors/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema46.properties.mentors.items,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func3(data7) < 1){
const err33 = {instancePath:instancePath+"/mentors/" + i0,schemaPath:"#/properties/mentors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.mentors.items,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/mentors/" + i0,schemaPath:"#/properties/mentors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mentors.items.type,parentSchema:schema46.properties.mentors.items,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid7 = _errs31 === errors;
if(!valid7){
valid8 = false;
}
}
}
else {
const err35 = {instancePath:instancePath+"/mentors",schemaPath:"#/properties/mentors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.mentors.type,parentSchema:schema46.properties.mentors,data:data6};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid0 = _errs29 === errors;
}
if(data.summary !== undefined){
let data8 = data.summary;
const _errs33 = errors;
const _errs34 = errors;
const _errs35 = errors;
keyword0("markup", instancePath+"/summary", data8);
if(typeof data8 === "string"){
if(func3(data8) > 200000){
const err36 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func3(data8) < 1){
const err37 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/summary",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid9 = _errs34 === errors;
var valid0 = _errs33 === errors;
}
if(data.highlights !== undefined){
let data9 = data.highlights;
const _errs36 = errors;
const _errs37 = errors;
if(Array.isArray(data9)){
let valid11 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs38 = errors;
if(!(validate16(data10, {instancePath:instancePath+"/highlights/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs38 === errors;
if(!valid10){
valid11 = false;
}
}
}
else {
const err39 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.highlights.type,parentSchema:schema46.properties.highlights,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid0 = _errs36 === errors;
}
if(data.links !== undefined){
let data11 = data.links;
const _errs39 = errors;
const _errs40 = errors;
if(Array.isArray(data11)){
let valid13 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs41 = errors;
if(!(validate25(data12, {instancePath:instancePath+"/links/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid12 = _errs41 === errors;
if(!valid12){
valid13 = false;
}
}
}
else {
const err40 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.links.type,parentSchema:schema46.properties.links,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid0 = _errs39 === errors;
}
if(data.id !== undefined){
let data13 = data.id;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
if(typeof data13 === "string"){
if(func3(data13) > 64){
const err41 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func3(data13) < 1){
const err42 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern7.test(data13)){
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid14 = _errs43 === errors;
var valid0 = _errs42 === errors;
}
if(data.tags !== undefined){
let data14 = data.tags;
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
if(Array.isArray(data14)){
let valid17 = true;
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
const _errs48 = errors;
const _errs49 = errors;
if(typeof data15 === "string"){
if(func3(data15) > 64){
const err45 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern5.test(data15)){
const err46 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid16 = _errs48 === errors;
if(!valid16){
valid17 = false;
}
}
let valid18;
let i4 = data14.length;
let j0;
valid18 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data14[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
valid18 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err49 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid15 = _errs46 === errors;
var valid0 = _errs45 === errors;
}
if(data.priority !== undefined){
let data16 = data.priority;
const _errs50 = errors;
const _errs51 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err50 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const _errs52 = errors;
var valid19 = _errs51 === errors;
var valid0 = _errs50 === errors;
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.title.type,parentSchema:schema44.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.kind.type,parentSchema:schema44.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("experience" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "experience"},message:"must be equal to constant",schema:"experience",parentSchema:schema44.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate29(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.entries.type,parentSchema:schema44.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema54 = {"description":"A section of kind \"award\": Awards and honors.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"award"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/AwardEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema56 = {"description":"An award, honor or scholarship.","type":"object","properties":{"title":{"description":"Name of the award.","type":"string","minLength":1,"maxLength":500},"issuer":{"description":"Who gave it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was received.","$ref":"#/definitions/CvDate"},"description":{"description":"More about the award.","$ref":"#/definitions/Markup"},"amount":{"description":"Monetary value as printed, e.g. \"$1,000\".","type":"string","minLength":1,"maxLength":500},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "issuer")) || (key0 === "date")) || (key0 === "description")) || (key0 === "amount")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema56.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.title.type,parentSchema:schema56.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.issuer !== undefined){
let data1 = data.issuer;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema56.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.issuer.type,parentSchema:schema56.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.date !== undefined){
let data2 = data.date;
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 20){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data2);
var valid1 = _errs7 === errors;
var valid0 = _errs6 === errors;
}
if(data.description !== undefined){
let data3 = data.description;
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
keyword0("markup", instancePath+"/description", data3);
if(typeof data3 === "string"){
if(func3(data3) > 200000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid3 = _errs14 === errors;
var valid0 = _errs13 === errors;
}
if(data.amount !== undefined){
let data4 = data.amount;
const _errs16 = errors;
const _errs17 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 500){
const err18 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema56.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.amount.type,parentSchema:schema56.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid0 = _errs16 === errors;
}
if(data.id !== undefined){
let data5 = data.id;
const _errs18 = errors;
const _errs19 = errors;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 64){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data5) < 1){
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern7.test(data5)){
const err23 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid4 = _errs19 === errors;
var valid0 = _errs18 === errors;
}
if(data.tags !== undefined){
let data6 = data.tags;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
if(Array.isArray(data6)){
let valid7 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs24 = errors;
const _errs25 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 64){
const err25 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern5.test(data7)){
const err26 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid6 = _errs24 === errors;
if(!valid6){
valid7 = false;
}
}
let valid8;
let i1 = data6.length;
let j0;
valid8 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
valid8 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err29 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid5 = _errs22 === errors;
var valid0 = _errs21 === errors;
}
if(data.priority !== undefined){
let data8 = data.priority;
const _errs26 = errors;
const _errs27 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err30 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs28 = errors;
var valid9 = _errs27 === errors;
var valid0 = _errs26 === errors;
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema54.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.title.type,parentSchema:schema54.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.kind.type,parentSchema:schema54.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("award" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "award"},message:"must be equal to constant",schema:"award",parentSchema:schema54.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate34(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.entries.type,parentSchema:schema54.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema62 = {"description":"A section of kind \"grant\": Grants and funding.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"grant"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GrantEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema64 = {"description":"A grant or funding received.","type":"object","properties":{"title":{"description":"Name of the grant.","type":"string","minLength":1,"maxLength":500},"funder":{"description":"Who funded it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was awarded.","$ref":"#/definitions/CvDate"},"amount":{"description":"The amount alone, as printed, e.g. \"$550\".","type":"string","minLength":1,"maxLength":500},"description":{"description":"The grant in a sentence; may repeat the amount, e.g. \"Funded $5,000 in AWS cloud credits\".","$ref":"#/definitions/Markup"},"coPIs":{"description":"Co-principal investigators, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One co-PI name.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema64.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema64.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.title.type,parentSchema:schema64.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.funder !== undefined){
let data1 = data.funder;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema64.properties.funder,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.funder,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.funder.type,parentSchema:schema64.properties.funder,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.date !== undefined){
let data2 = data.date;
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 20){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data2);
var valid1 = _errs7 === errors;
var valid0 = _errs6 === errors;
}
if(data.amount !== undefined){
let data3 = data.amount;
const _errs13 = errors;
const _errs14 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 500){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.amount.type,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid0 = _errs13 === errors;
}
if(data.description !== undefined){
let data4 = data.description;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
keyword0("markup", instancePath+"/description", data4);
if(typeof data4 === "string"){
if(func3(data4) > 200000){
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid3 = _errs16 === errors;
var valid0 = _errs15 === errors;
}
if(data.coPIs !== undefined){
let data5 = data.coPIs;
const _errs18 = errors;
const _errs19 = errors;
if(Array.isArray(data5)){
let valid5 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs20 = errors;
const _errs21 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 500){
const err21 = {instancePath:instancePath+"/coPIs/" + i0,schemaPath:"#/properties/coPIs/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema64.properties.coPIs.items,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data6) < 1){
const err22 = {instancePath:instancePath+"/coPIs/" + i0,schemaPath:"#/properties/coPIs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.coPIs.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/coPIs/" + i0,schemaPath:"#/properties/coPIs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.coPIs.items.type,parentSchema:schema64.properties.coPIs.items,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid4 = _errs20 === errors;
if(!valid4){
valid5 = false;
}
}
}
else {
const err24 = {instancePath:instancePath+"/coPIs",schemaPath:"#/properties/coPIs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.coPIs.type,parentSchema:schema64.properties.coPIs,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid0 = _errs18 === errors;
}
if(data.id !== undefined){
let data7 = data.id;
const _errs22 = errors;
const _errs23 = errors;
const _errs24 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 64){
const err25 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func3(data7) < 1){
const err26 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern7.test(data7)){
const err27 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid6 = _errs23 === errors;
var valid0 = _errs22 === errors;
}
if(data.tags !== undefined){
let data8 = data.tags;
const _errs25 = errors;
const _errs26 = errors;
const _errs27 = errors;
if(Array.isArray(data8)){
let valid9 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs28 = errors;
const _errs29 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 64){
const err29 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern5.test(data9)){
const err30 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid8 = _errs28 === errors;
if(!valid8){
valid9 = false;
}
}
let valid10;
let i2 = data8.length;
let j0;
valid10 = true;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data8[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err32 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
valid10 = false;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid7 = _errs26 === errors;
var valid0 = _errs25 === errors;
}
if(data.priority !== undefined){
let data10 = data.priority;
const _errs30 = errors;
const _errs31 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err34 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs32 = errors;
var valid11 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema62.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.title.type,parentSchema:schema62.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.kind.type,parentSchema:schema62.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("grant" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "grant"},message:"must be equal to constant",schema:"grant",parentSchema:schema62.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate37(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.entries.type,parentSchema:schema62.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema70 = {"description":"A section of kind \"publication\": Publications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"publication"},"entries":{"description":"Entries, in display order; with `bibtex`, they come before the .bib's.","type":"array","items":{"$ref":"#/definitions/PublicationEntry"}},"bibtex":{"description":"A .bib file (path relative to cv.yaml) whose entries are this section's publications, read at every build so the .bib stays the one source of truth.","type":"string","minLength":1,"maxLength":1024},"overrides":{"description":"Per-entry additions to the .bib named by `bibtex`, keyed by BibTeX key: what a .bib cannot say (selected, tags, priority, equal contribution, corresponding author, status, awards).","type":"object","additionalProperties":{"$ref":"#/definitions/BibOverride"}}},"required":["id","title","kind"],"additionalProperties":false,"anyOf":[{"properties":{"entries":true},"required":["entries"]},{"properties":{"bibtex":true},"required":["bibtex"]}]};
const schema72 = {"description":"A paper, poster, demo, book or other publication.","type":"object","properties":{"title":{"description":"Title of the work; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"authors":{"description":"All authors, in order; the owner is printed in bold.","type":"array","items":{"$ref":"#/definitions/Author"},"minItems":1},"venue":{"description":"Where it appeared; omit for work not yet accepted.","$ref":"#/definitions/Venue"},"location":{"description":"Where the venue took place, e.g. \"Salt Lake City, UT, USA\".","type":"string","minLength":1,"maxLength":500},"volume":{"description":"Volume of the journal or series, e.g. 26 or \"26\".","oneOf":[{"type":"string","minLength":1,"description":"Volume as text.","maxLength":200},{"type":"integer","minimum":0,"description":"Volume as a number."}]},"number":{"description":"Issue number, e.g. 1 or \"S1\".","oneOf":[{"type":"string","minLength":1,"description":"Issue as text.","maxLength":200},{"type":"integer","minimum":0,"description":"Issue as a number."}]},"pages":{"description":"Page range, e.g. \"12--34\" or \"12-34\" (printed with an en dash), or one page.","type":"string","minLength":1,"maxLength":200},"publisher":{"description":"Publisher, e.g. \"Springer\".","type":"string","minLength":1,"maxLength":200},"url":{"description":"Landing page of the work; the title links to it.","$ref":"#/definitions/Url"},"date":{"description":"When it was published, usually the year.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of publication; layouts group and filter by it. Default \"other\".","type":"string","enum":["journal","conference","workshop","demo","poster","late-breaking","preprint","abstract","thesis","book","chapter","report","other"]},"status":{"description":"Publication status for work not yet out, e.g. \"Under review of AAAI 2021 demo\".","type":"string","minLength":1,"maxLength":500},"note":{"description":"A note printed with the entry.","$ref":"#/definitions/Markup"},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"description":"One award.","maxLength":500}},"links":{"description":"Links for this publication, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"doi":{"description":"A DOI such as \"10.1109/VIS47514.2020.00061\", bare or after \"https://doi.org/\" or \"doi:\". Printed as doi:10.1109/... and linked to https://doi.org/.","type":"string","minLength":1,"pattern":"^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$","maxLength":500},"id":{"description":"Optional stable id for this publication, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this publication for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};
const schema74 = {"description":"An author: the name as printed, or an object with contribution marks. The owner is found by `name` or `aliases`.","oneOf":[{"description":"The author name as printed.","type":"string","minLength":1,"maxLength":200},{"description":"An author with marks.","type":"object","properties":{"name":{"description":"The author name as printed.","type":"string","minLength":1,"maxLength":200},"equal":{"description":"True if this author contributed equally with the other authors so marked (printed with a legend).","type":"boolean"},"corresponding":{"description":"True if this author is a corresponding author.","type":"boolean"}},"required":["name"],"additionalProperties":false}]};
const schema75 = {"description":"Where a work appeared.","type":"object","properties":{"name":{"description":"Full name of the conference, journal or workshop, e.g. \"IEEE Visualization Conference\".","type":"string","minLength":1,"maxLength":500},"short":{"description":"Short name or acronym, e.g. \"VIS\".","type":"string","minLength":1,"maxLength":500},"track":{"description":"Track or category within the venue, e.g. \"Late-Breaking Works\", \"Resource Track\", \"Arsenal\".","type":"string","minLength":1,"maxLength":500},"trackUrl":{"description":"Link for the track.","$ref":"#/definitions/Url"},"url":{"description":"Link for the venue itself.","$ref":"#/definitions/Url"},"note":{"description":"Extra words about the venue, e.g. \"co-located with NeurIPS 2019\".","$ref":"#/definitions/Markup"}},"required":["name"],"additionalProperties":false};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "short")) || (key0 === "track")) || (key0 === "trackUrl")) || (key0 === "url")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema75.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.name.type,parentSchema:schema75.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.short !== undefined){
let data1 = data.short;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema75.properties.short,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.short,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.short.type,parentSchema:schema75.properties.short,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.track !== undefined){
let data2 = data.track;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/track",schemaPath:"#/properties/track/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema75.properties.track,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/track",schemaPath:"#/properties/track/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.track,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/track",schemaPath:"#/properties/track/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.track.type,parentSchema:schema75.properties.track,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.trackUrl !== undefined){
let data3 = data.trackUrl;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
keyword0("url", instancePath+"/trackUrl", data3);
if(typeof data3 === "string"){
if(func3(data3) > 2048){
const err11 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern3.test(data3)){
const err13 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid1 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
if(data.url !== undefined){
let data4 = data.url;
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
keyword0("url", instancePath+"/url", data4);
if(typeof data4 === "string"){
if(func3(data4) > 2048){
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data4) < 1){
const err16 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern3.test(data4)){
const err17 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid2 = _errs12 === errors;
var valid0 = _errs11 === errors;
}
if(data.note !== undefined){
let data5 = data.note;
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
keyword0("markup", instancePath+"/note", data5);
if(typeof data5 === "string"){
if(func3(data5) > 200000){
const err19 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data5) < 1){
const err20 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid3 = _errs15 === errors;
var valid0 = _errs14 === errors;
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const pattern33 = new RegExp("^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema72.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) > 1000){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.authors !== undefined){
let data1 = data.authors;
const _errs5 = errors;
const _errs6 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
let valid5 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err6 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[0].type,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs12 = errors;
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.oneOf[1].required,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[1].properties.name.type,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid6 = _errs15 === errors;
}
if(data2.equal !== undefined){
let data4 = data2.equal;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.equal.type,parentSchema:schema74.oneOf[1].properties.equal,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs18 = errors;
var valid6 = _errs17 === errors;
}
if(data2.corresponding !== undefined){
let data5 = data2.corresponding;
const _errs19 = errors;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.corresponding.type,parentSchema:schema74.oneOf[1].properties.corresponding,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs20 = errors;
var valid6 = _errs19 === errors;
}
}
else {
const err16 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.oneOf[1].type,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err17 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema74.oneOf,parentSchema:schema74,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs8 === errors;
var valid2 = _errs7 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err18 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.authors.type,parentSchema:schema72.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.venue !== undefined){
let data6 = data.venue;
const _errs21 = errors;
if(!(validate41(data6, {instancePath:instancePath+"/venue",parentData:data,parentDataProperty:"venue",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs21 === errors;
}
if(data.location !== undefined){
let data7 = data.location;
const _errs22 = errors;
const _errs23 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err19 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema72.properties.location,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data7) < 1){
const err20 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.location,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.location.type,parentSchema:schema72.properties.location,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid0 = _errs22 === errors;
}
if(data.volume !== undefined){
let data8 = data.volume;
const _errs24 = errors;
const _errs25 = errors;
let valid7 = false;
let passing1 = null;
const _errs26 = errors;
const _errs27 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err22 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.volume.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data8) < 1){
const err23 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.volume.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.volume.oneOf[0].type,parentSchema:schema72.properties.volume.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs26 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs28 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err25 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.volume.oneOf[1].type,parentSchema:schema72.properties.volume.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs29 = errors;
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.volume.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid1 = _errs28 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err27 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema72.properties.volume.oneOf,parentSchema:schema72.properties.volume,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs24 === errors;
}
if(data.number !== undefined){
let data9 = data.number;
const _errs30 = errors;
const _errs31 = errors;
let valid8 = false;
let passing2 = null;
const _errs32 = errors;
const _errs33 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 200){
const err28 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.number.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func3(data9) < 1){
const err29 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.number.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.number.oneOf[0].type,parentSchema:schema72.properties.number.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs32 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs34 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err31 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.number.oneOf[1].type,parentSchema:schema72.properties.number.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs35 = errors;
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.number.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var _valid2 = _errs34 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err33 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema72.properties.number.oneOf,parentSchema:schema72.properties.number,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs30 === errors;
}
if(data.pages !== undefined){
let data10 = data.pages;
const _errs36 = errors;
const _errs37 = errors;
if(typeof data10 === "string"){
if(func3(data10) > 200){
const err34 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.pages,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data10) < 1){
const err35 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.pages,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.pages.type,parentSchema:schema72.properties.pages,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid0 = _errs36 === errors;
}
if(data.publisher !== undefined){
let data11 = data.publisher;
const _errs38 = errors;
const _errs39 = errors;
if(typeof data11 === "string"){
if(func3(data11) > 200){
const err37 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.publisher,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func3(data11) < 1){
const err38 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.publisher,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.publisher.type,parentSchema:schema72.properties.publisher,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid0 = _errs38 === errors;
}
if(data.url !== undefined){
let data12 = data.url;
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
keyword0("url", instancePath+"/url", data12);
if(typeof data12 === "string"){
if(func3(data12) > 2048){
const err40 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func3(data12) < 1){
const err41 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern3.test(data12)){
const err42 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid9 = _errs41 === errors;
var valid0 = _errs40 === errors;
}
if(data.date !== undefined){
let data13 = data.date;
const _errs43 = errors;
const _errs44 = errors;
const _errs45 = errors;
let valid11 = false;
let passing3 = null;
const _errs46 = errors;
const _errs47 = errors;
if(typeof data13 === "string"){
if(func3(data13) > 20){
const err44 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern0.test(data13)){
const err45 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs46 === errors;
if(_valid3){
valid11 = true;
passing3 = 0;
}
const _errs48 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err47 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const _errs49 = errors;
if(typeof data13 == "number"){
if(data13 > 2100 || isNaN(data13)){
const err48 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data13 < 1900 || isNaN(data13)){
const err49 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid3 = _errs48 === errors;
if(_valid3 && valid11){
valid11 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid11 = true;
passing3 = 1;
}
}
if(!valid11){
const err50 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data13);
var valid10 = _errs44 === errors;
var valid0 = _errs43 === errors;
}
if(data.type !== undefined){
let data14 = data.type;
const _errs50 = errors;
if(typeof data14 !== "string"){
const err51 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.type.type,parentSchema:schema72.properties.type,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const _errs51 = errors;
const vSchema0 = schema72.properties.type.enum;
if(!(((((((((((((data14 === "journal") || (data14 === "conference")) || (data14 === "workshop")) || (data14 === "demo")) || (data14 === "poster")) || (data14 === "late-breaking")) || (data14 === "preprint")) || (data14 === "abstract")) || (data14 === "thesis")) || (data14 === "book")) || (data14 === "chapter")) || (data14 === "report")) || (data14 === "other"))){
const err52 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema72.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.type.enum,parentSchema:schema72.properties.type,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid0 = _errs50 === errors;
}
if(data.status !== undefined){
let data15 = data.status;
const _errs52 = errors;
const _errs53 = errors;
if(typeof data15 === "string"){
if(func3(data15) > 500){
const err53 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema72.properties.status,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func3(data15) < 1){
const err54 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.status,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.status.type,parentSchema:schema72.properties.status,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid0 = _errs52 === errors;
}
if(data.note !== undefined){
let data16 = data.note;
const _errs54 = errors;
const _errs55 = errors;
const _errs56 = errors;
keyword0("markup", instancePath+"/note", data16);
if(typeof data16 === "string"){
if(func3(data16) > 200000){
const err56 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func3(data16) < 1){
const err57 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid12 = _errs55 === errors;
var valid0 = _errs54 === errors;
}
if(data.awards !== undefined){
let data17 = data.awards;
const _errs57 = errors;
const _errs58 = errors;
if(Array.isArray(data17)){
let valid14 = true;
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
const _errs59 = errors;
const _errs60 = errors;
if(typeof data18 === "string"){
if(func3(data18) > 500){
const err59 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema72.properties.awards.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func3(data18) < 1){
const err60 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.awards.items,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.awards.items.type,parentSchema:schema72.properties.awards.items,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid13 = _errs59 === errors;
if(!valid13){
valid14 = false;
}
}
}
else {
const err62 = {instancePath:instancePath+"/awards",schemaPath:"#/properties/awards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.awards.type,parentSchema:schema72.properties.awards,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var valid0 = _errs57 === errors;
}
if(data.links !== undefined){
let data19 = data.links;
const _errs61 = errors;
const _errs62 = errors;
if(Array.isArray(data19)){
let valid16 = true;
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
const _errs63 = errors;
if(!(validate25(data20, {instancePath:instancePath+"/links/" + i2,parentData:data19,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid15 = _errs63 === errors;
if(!valid15){
valid16 = false;
}
}
}
else {
const err63 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.links.type,parentSchema:schema72.properties.links,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var valid0 = _errs61 === errors;
}
if(data.selected !== undefined){
let data21 = data.selected;
const _errs64 = errors;
if(typeof data21 !== "boolean"){
const err64 = {instancePath:instancePath+"/selected",schemaPath:"#/properties/selected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema72.properties.selected.type,parentSchema:schema72.properties.selected,data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const _errs65 = errors;
var valid0 = _errs64 === errors;
}
if(data.doi !== undefined){
let data22 = data.doi;
const _errs66 = errors;
const _errs67 = errors;
if(typeof data22 === "string"){
if(func3(data22) > 500){
const err65 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema72.properties.doi,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func3(data22) < 1){
const err66 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.doi,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern33.test(data22)){
const err67 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/pattern",keyword:"pattern",params:{pattern: "^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$"},message:"must match pattern \""+"^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$"+"\"",schema:"^((https?://(dx\\.)?doi\\.org/)|([Dd][Oo][Ii]: ?))?10\\.[0-9]{4,9}/\\S+$",parentSchema:schema72.properties.doi,data:data22};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.doi.type,parentSchema:schema72.properties.doi,data:data22};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var valid0 = _errs66 === errors;
}
if(data.id !== undefined){
let data23 = data.id;
const _errs68 = errors;
const _errs69 = errors;
const _errs70 = errors;
if(typeof data23 === "string"){
if(func3(data23) > 64){
const err69 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func3(data23) < 1){
const err70 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data23};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern7.test(data23)){
const err71 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data23};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data23};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var valid17 = _errs69 === errors;
var valid0 = _errs68 === errors;
}
if(data.tags !== undefined){
let data24 = data.tags;
const _errs71 = errors;
const _errs72 = errors;
const _errs73 = errors;
if(Array.isArray(data24)){
let valid20 = true;
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
const _errs74 = errors;
const _errs75 = errors;
if(typeof data25 === "string"){
if(func3(data25) > 64){
const err73 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern5.test(data25)){
const err74 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var valid19 = _errs74 === errors;
if(!valid19){
valid20 = false;
}
}
let valid21;
let i4 = data24.length;
let j0;
valid21 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data24[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err76 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
valid21 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err77 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var valid18 = _errs72 === errors;
var valid0 = _errs71 === errors;
}
if(data.priority !== undefined){
let data26 = data.priority;
const _errs76 = errors;
const _errs77 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err78 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data26};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const _errs78 = errors;
var valid22 = _errs77 === errors;
var valid0 = _errs76 === errors;
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

const schema85 = {"description":"What cv.yaml adds to one BibTeX entry of a `bibtex` section.","type":"object","properties":{"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"tags":{"description":"Tags that select this publication for one application; see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important.","$ref":"#/definitions/Priority"},"equal":{"description":"Authors who contributed equally (printed with a legend), by position (1 = first) or by name.","type":"array","items":{"description":"An author of the entry: a 1-based position in its author list, or the name as the .bib spells it.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":500}]}},"corresponding":{"description":"Corresponding authors, by position (1 = first) or by name.","type":"array","items":{"description":"An author of the entry: a 1-based position in its author list, or the name as the .bib spells it.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":500}]}},"status":{"description":"Publication status for work not yet out, e.g. \"Under review\".","type":"string","minLength":1,"maxLength":200},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"maxLength":500}}},"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "selected") || (key0 === "tags")) || (key0 === "priority")) || (key0 === "equal")) || (key0 === "corresponding")) || (key0 === "status")) || (key0 === "awards"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.selected !== undefined){
let data0 = data.selected;
const _errs2 = errors;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/selected",schemaPath:"#/properties/selected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema85.properties.selected.type,parentSchema:schema85.properties.selected,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
var valid0 = _errs2 === errors;
}
if(data.tags !== undefined){
let data1 = data.tags;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(Array.isArray(data1)){
let valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err2 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data2)){
const err3 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(!valid2){
valid3 = false;
}
}
let valid4;
let i1 = data1.length;
let j0;
valid4 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
valid4 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs5 === errors;
var valid0 = _errs4 === errors;
}
if(data.priority !== undefined){
let data3 = data.priority;
const _errs9 = errors;
const _errs10 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs11 = errors;
var valid5 = _errs10 === errors;
var valid0 = _errs9 === errors;
}
if(data.equal !== undefined){
let data4 = data.equal;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data4)){
let valid7 = true;
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
const _errs14 = errors;
const _errs15 = errors;
let valid8 = false;
let passing0 = null;
const _errs16 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err8 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema85.properties.equal.items.oneOf[0].type,parentSchema:schema85.properties.equal.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs17 = errors;
if(typeof data5 == "number"){
if(data5 < 1 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema85.properties.equal.items.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs18 = errors;
const _errs19 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 500){
const err10 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf/1/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema85.properties.equal.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data5) < 1){
const err11 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.equal.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.equal.items.oneOf[1].type,parentSchema:schema85.properties.equal.items.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err13 = {instancePath:instancePath+"/equal/" + i2,schemaPath:"#/properties/equal/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema85.properties.equal.items.oneOf,parentSchema:schema85.properties.equal.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs14 === errors;
if(!valid6){
valid7 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/equal",schemaPath:"#/properties/equal/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.equal.type,parentSchema:schema85.properties.equal,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs12 === errors;
}
if(data.corresponding !== undefined){
let data6 = data.corresponding;
const _errs20 = errors;
const _errs21 = errors;
if(Array.isArray(data6)){
let valid10 = true;
const len2 = data6.length;
for(let i3=0; i3<len2; i3++){
let data7 = data6[i3];
const _errs22 = errors;
const _errs23 = errors;
let valid11 = false;
let passing1 = null;
const _errs24 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err15 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema85.properties.corresponding.items.oneOf[0].type,parentSchema:schema85.properties.corresponding.items.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs25 = errors;
if(typeof data7 == "number"){
if(data7 < 1 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema85.properties.corresponding.items.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid11 = true;
passing1 = 0;
}
const _errs26 = errors;
const _errs27 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err17 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf/1/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema85.properties.corresponding.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func3(data7) < 1){
const err18 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.corresponding.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.corresponding.items.oneOf[1].type,parentSchema:schema85.properties.corresponding.items.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid11){
valid11 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid11 = true;
passing1 = 1;
}
}
if(!valid11){
const err20 = {instancePath:instancePath+"/corresponding/" + i3,schemaPath:"#/properties/corresponding/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema85.properties.corresponding.items.oneOf,parentSchema:schema85.properties.corresponding.items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs22 === errors;
if(!valid9){
valid10 = false;
}
}
}
else {
const err21 = {instancePath:instancePath+"/corresponding",schemaPath:"#/properties/corresponding/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.corresponding.type,parentSchema:schema85.properties.corresponding,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid0 = _errs20 === errors;
}
if(data.status !== undefined){
let data8 = data.status;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err22 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema85.properties.status,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data8) < 1){
const err23 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.status,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.status.type,parentSchema:schema85.properties.status,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid0 = _errs28 === errors;
}
if(data.awards !== undefined){
let data9 = data.awards;
const _errs30 = errors;
const _errs31 = errors;
if(Array.isArray(data9)){
let valid13 = true;
const len3 = data9.length;
for(let i4=0; i4<len3; i4++){
let data10 = data9[i4];
const _errs32 = errors;
const _errs33 = errors;
if(typeof data10 === "string"){
if(func3(data10) > 500){
const err25 = {instancePath:instancePath+"/awards/" + i4,schemaPath:"#/properties/awards/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema85.properties.awards.items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func3(data10) < 1){
const err26 = {instancePath:instancePath+"/awards/" + i4,schemaPath:"#/properties/awards/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.awards.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/awards/" + i4,schemaPath:"#/properties/awards/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.awards.items.type,parentSchema:schema85.properties.awards.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid12 = _errs32 === errors;
if(!valid12){
valid13 = false;
}
}
}
else {
const err28 = {instancePath:instancePath+"/awards",schemaPath:"#/properties/awards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.awards.type,parentSchema:schema85.properties.awards,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid0 = _errs30 === errors;
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entries === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema70.anyOf[0].required,parentSchema:schema70.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bibtex === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "bibtex"},message:"must have required property '"+"bibtex"+"'",schema:schema70.anyOf[1].required,parentSchema:schema70.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema70.anyOf,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.kind === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs4 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries")) || (key0 === "bibtex")) || (key0 === "overrides"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data0) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern7.test(data0)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid2 = _errs6 === errors;
var valid1 = _errs5 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema70.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data1) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.title,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.title.type,parentSchema:schema70.properties.title,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid1 = _errs8 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs10 = errors;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.kind.type,parentSchema:schema70.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs11 = errors;
if("publication" !== data2){
const err15 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "publication"},message:"must be equal to constant",schema:"publication",parentSchema:schema70.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid1 = _errs10 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data3)){
let valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs14 = errors;
if(!(validate40(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
else {
}
var valid3 = _errs14 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err16 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.entries.type,parentSchema:schema70.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid1 = _errs12 === errors;
}
if(data.bibtex !== undefined){
let data5 = data.bibtex;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 1024){
const err17 = {instancePath:instancePath+"/bibtex",schemaPath:"#/properties/bibtex/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema70.properties.bibtex,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func3(data5) < 1){
const err18 = {instancePath:instancePath+"/bibtex",schemaPath:"#/properties/bibtex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.bibtex,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/bibtex",schemaPath:"#/properties/bibtex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.bibtex.type,parentSchema:schema70.properties.bibtex,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid1 = _errs15 === errors;
}
if(data.overrides !== undefined){
let data6 = data.overrides;
const _errs17 = errors;
const _errs18 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs19 = errors;
for(const key1 in data6){
let data7 = data6[key1];
const _errs20 = errors;
if(!(validate45(data7, {instancePath:instancePath+"/overrides/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid5 = _errs20 === errors;
}
}
else {
const err20 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.properties.overrides.type,parentSchema:schema70.properties.overrides,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid1 = _errs17 === errors;
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema88 = {"description":"A section of kind \"project\": Projects.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"project"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ProjectEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema90 = {"description":"A research or software project. Give a date, or a start (with an optional end), or neither.","type":"object","properties":{"title":{"description":"Project name; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"date":{"description":"When the project was done or published (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this project began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this project ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"description":{"description":"What the project is.","$ref":"#/definitions/Markup"},"note":{"description":"A note, e.g. where it was published.","$ref":"#/definitions/Markup"},"authors":{"description":"Contributors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"organization":{"description":"Organization the project was done with or for.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the organization is.","type":"string","minLength":1,"maxLength":500},"roles":{"description":"The owner's roles in the project, e.g. \"Team lead\".","type":"array","items":{"type":"string","minLength":1,"description":"One role.","maxLength":500}},"entity":{"description":"The organisation the project was for, e.g. a client.","type":"string","minLength":1,"maxLength":200},"url":{"description":"Project page; the title links to it.","$ref":"#/definitions/Url"},"links":{"description":"Links for this project, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"stars":{"description":"Repository stars at a point in time.","$ref":"#/definitions/Stars"},"highlights":{"description":"Bullet points for this project.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"id":{"description":"Optional stable id for this project, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this project for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this project is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};
const schema99 = {"description":"A repository star count at a point in time.","type":"object","properties":{"count":{"description":"Number of stars.","type":"integer","minimum":0},"asOf":{"description":"When the stars were counted.","$ref":"#/definitions/CvDate"}},"required":["count","asOf"],"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.asOf === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "asOf"},message:"must have required property '"+"asOf"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "count") || (key0 === "asOf"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.count !== undefined){
let data0 = data.count;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err3 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema99.properties.count.type,parentSchema:schema99.properties.count,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs3 = errors;
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99.properties.count,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid0 = _errs2 === errors;
}
if(data.asOf !== undefined){
let data1 = data.asOf;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 20){
const err5 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err8 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs10 = errors;
if(typeof data1 == "number"){
if(data1 > 2100 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1900 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err11 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/asOf", data1);
var valid1 = _errs5 === errors;
var valid0 = _errs4 === errors;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema90.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) > 1000){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.date !== undefined){
let data1 = data.date;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
let valid3 = false;
let passing0 = null;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 20){
const err5 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs10 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs11 = errors;
if(typeof data1 == "number"){
if(data1 > 2100 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1900 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data1);
var valid2 = _errs6 === errors;
var valid0 = _errs5 === errors;
}
if(data.start !== undefined){
let data2 = data.start;
const _errs12 = errors;
const _errs13 = errors;
const _errs14 = errors;
let valid5 = false;
let passing1 = null;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 20){
const err12 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(data2)){
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs17 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs18 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data2);
var valid4 = _errs13 === errors;
var valid0 = _errs12 === errors;
}
if(data.end !== undefined){
let data3 = data.end;
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
let valid7 = false;
let passing2 = null;
const _errs22 = errors;
const _errs23 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 20){
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern0.test(data3)){
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs22 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs24 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs25 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid2 = _errs24 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data3);
var valid6 = _errs20 === errors;
var valid0 = _errs19 === errors;
}
if(data.keywords !== undefined){
let data4 = data.keywords;
const _errs26 = errors;
const _errs27 = errors;
if(Array.isArray(data4)){
let valid9 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs28 = errors;
const _errs29 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 500){
const err26 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema90.properties.keywords.items,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data5) < 1){
const err27 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.keywords.items,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.keywords.items.type,parentSchema:schema90.properties.keywords.items,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid8 = _errs28 === errors;
if(!valid8){
valid9 = false;
}
}
}
else {
const err29 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.keywords.type,parentSchema:schema90.properties.keywords,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid0 = _errs26 === errors;
}
if(data.description !== undefined){
let data6 = data.description;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
keyword0("markup", instancePath+"/description", data6);
if(typeof data6 === "string"){
if(func3(data6) > 200000){
const err30 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func3(data6) < 1){
const err31 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid10 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
if(data.note !== undefined){
let data7 = data.note;
const _errs33 = errors;
const _errs34 = errors;
const _errs35 = errors;
keyword0("markup", instancePath+"/note", data7);
if(typeof data7 === "string"){
if(func3(data7) > 200000){
const err33 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func3(data7) < 1){
const err34 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid11 = _errs34 === errors;
var valid0 = _errs33 === errors;
}
if(data.authors !== undefined){
let data8 = data.authors;
const _errs36 = errors;
const _errs37 = errors;
if(Array.isArray(data8)){
let valid13 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs38 = errors;
const _errs39 = errors;
const _errs40 = errors;
let valid15 = false;
let passing3 = null;
const _errs41 = errors;
const _errs42 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 200){
const err36 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func3(data9) < 1){
const err37 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[0].type,parentSchema:schema74.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs41 === errors;
if(_valid3){
valid15 = true;
passing3 = 0;
}
const _errs43 = errors;
const _errs44 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err39 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.oneOf[1].required,parentSchema:schema74.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs45 = errors;
for(const key1 in data9){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err40 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
const _errs46 = errors;
const _errs47 = errors;
if(typeof data10 === "string"){
if(func3(data10) > 200){
const err41 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[1].properties.name,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func3(data10) < 1){
const err42 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[1].properties.name,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[1].properties.name.type,parentSchema:schema74.oneOf[1].properties.name,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid16 = _errs46 === errors;
}
if(data9.equal !== undefined){
let data11 = data9.equal;
const _errs48 = errors;
if(typeof data11 !== "boolean"){
const err44 = {instancePath:instancePath+"/authors/" + i1+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.equal.type,parentSchema:schema74.oneOf[1].properties.equal,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const _errs49 = errors;
var valid16 = _errs48 === errors;
}
if(data9.corresponding !== undefined){
let data12 = data9.corresponding;
const _errs50 = errors;
if(typeof data12 !== "boolean"){
const err45 = {instancePath:instancePath+"/authors/" + i1+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.corresponding.type,parentSchema:schema74.oneOf[1].properties.corresponding,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const _errs51 = errors;
var valid16 = _errs50 === errors;
}
}
else {
const err46 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.oneOf[1].type,parentSchema:schema74.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs43 === errors;
if(_valid3 && valid15){
valid15 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid15 = true;
passing3 = 1;
}
}
if(!valid15){
const err47 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema74.oneOf,parentSchema:schema74,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs39 === errors;
var valid12 = _errs38 === errors;
if(!valid12){
valid13 = false;
}
}
}
else {
const err48 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.authors.type,parentSchema:schema90.properties.authors,data:data8};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid0 = _errs36 === errors;
}
if(data.organization !== undefined){
let data13 = data.organization;
const _errs52 = errors;
const _errs53 = errors;
if(typeof data13 === "string"){
if(func3(data13) > 500){
const err49 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema90.properties.organization,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func3(data13) < 1){
const err50 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.organization,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.organization.type,parentSchema:schema90.properties.organization,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid0 = _errs52 === errors;
}
if(data.location !== undefined){
let data14 = data.location;
const _errs54 = errors;
const _errs55 = errors;
if(typeof data14 === "string"){
if(func3(data14) > 500){
const err52 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema90.properties.location,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func3(data14) < 1){
const err53 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.location,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.location.type,parentSchema:schema90.properties.location,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid0 = _errs54 === errors;
}
if(data.roles !== undefined){
let data15 = data.roles;
const _errs56 = errors;
const _errs57 = errors;
if(Array.isArray(data15)){
let valid18 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
const _errs58 = errors;
const _errs59 = errors;
if(typeof data16 === "string"){
if(func3(data16) > 500){
const err55 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/properties/roles/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema90.properties.roles.items,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(func3(data16) < 1){
const err56 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.roles.items,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.roles.items.type,parentSchema:schema90.properties.roles.items,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid17 = _errs58 === errors;
if(!valid17){
valid18 = false;
}
}
}
else {
const err58 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.roles.type,parentSchema:schema90.properties.roles,data:data15};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid0 = _errs56 === errors;
}
if(data.entity !== undefined){
let data17 = data.entity;
const _errs60 = errors;
const _errs61 = errors;
if(typeof data17 === "string"){
if(func3(data17) > 200){
const err59 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema90.properties.entity,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func3(data17) < 1){
const err60 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.entity,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.entity.type,parentSchema:schema90.properties.entity,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid0 = _errs60 === errors;
}
if(data.url !== undefined){
let data18 = data.url;
const _errs62 = errors;
const _errs63 = errors;
const _errs64 = errors;
keyword0("url", instancePath+"/url", data18);
if(typeof data18 === "string"){
if(func3(data18) > 2048){
const err62 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func3(data18) < 1){
const err63 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!pattern3.test(data18)){
const err64 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var valid19 = _errs63 === errors;
var valid0 = _errs62 === errors;
}
if(data.links !== undefined){
let data19 = data.links;
const _errs65 = errors;
const _errs66 = errors;
if(Array.isArray(data19)){
let valid21 = true;
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
const _errs67 = errors;
if(!(validate25(data20, {instancePath:instancePath+"/links/" + i3,parentData:data19,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid20 = _errs67 === errors;
if(!valid20){
valid21 = false;
}
}
}
else {
const err66 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.links.type,parentSchema:schema90.properties.links,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var valid0 = _errs65 === errors;
}
if(data.stars !== undefined){
let data21 = data.stars;
const _errs68 = errors;
if(!(validate50(data21, {instancePath:instancePath+"/stars",parentData:data,parentDataProperty:"stars",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs68 === errors;
}
if(data.highlights !== undefined){
let data22 = data.highlights;
const _errs69 = errors;
const _errs70 = errors;
if(Array.isArray(data22)){
let valid23 = true;
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
let data23 = data22[i4];
const _errs71 = errors;
if(!(validate16(data23, {instancePath:instancePath+"/highlights/" + i4,parentData:data22,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid22 = _errs71 === errors;
if(!valid22){
valid23 = false;
}
}
}
else {
const err67 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.highlights.type,parentSchema:schema90.properties.highlights,data:data22};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var valid0 = _errs69 === errors;
}
if(data.id !== undefined){
let data24 = data.id;
const _errs72 = errors;
const _errs73 = errors;
const _errs74 = errors;
if(typeof data24 === "string"){
if(func3(data24) > 64){
const err68 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(func3(data24) < 1){
const err69 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern7.test(data24)){
const err70 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var valid24 = _errs73 === errors;
var valid0 = _errs72 === errors;
}
if(data.tags !== undefined){
let data25 = data.tags;
const _errs75 = errors;
const _errs76 = errors;
const _errs77 = errors;
if(Array.isArray(data25)){
let valid27 = true;
const len5 = data25.length;
for(let i5=0; i5<len5; i5++){
let data26 = data25[i5];
const _errs78 = errors;
const _errs79 = errors;
if(typeof data26 === "string"){
if(func3(data26) > 64){
const err72 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern5.test(data26)){
const err73 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var valid26 = _errs78 === errors;
if(!valid26){
valid27 = false;
}
}
let valid28;
let i6 = data25.length;
let j0;
valid28 = true;
if(i6 > 1){
const indices0 = {};
for(;i6--;){
let item0 = data25[i6];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err75 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)",schema:true,parentSchema:schema23,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
valid28 = false;
break;
}
indices0[item0] = i6;
}
}
}
else {
const err76 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data25};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid25 = _errs76 === errors;
var valid0 = _errs75 === errors;
}
if(data.priority !== undefined){
let data27 = data.priority;
const _errs80 = errors;
const _errs81 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err77 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const _errs82 = errors;
var valid29 = _errs81 === errors;
var valid0 = _errs80 === errors;
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema88.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.title.type,parentSchema:schema88.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.kind.type,parentSchema:schema88.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("project" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "project"},message:"must be equal to constant",schema:"project",parentSchema:schema88.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate48(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.entries.type,parentSchema:schema88.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema104 = {"description":"A section of kind \"talk\": Talks, presentations and tutorials.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"talk"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TalkEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema106 = {"description":"A talk, presentation or tutorial.","type":"object","properties":{"title":{"description":"Title of the talk; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/ShortMarkup"},"authors":{"description":"Speakers or authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"date":{"description":"When it was given.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of presentation as printed, e.g. \"Talk\", \"Poster Presentation\", \"Oral Presentation\", \"Tutorial\".","type":"string","minLength":1,"maxLength":500},"event":{"description":"Event where it was given, e.g. \"IEEE Big Data\".","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the event took place.","type":"string","minLength":1,"maxLength":500},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"description":{"description":"What the talk was about or where it was presented.","$ref":"#/definitions/Markup"},"links":{"description":"Links for this talk, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this talk, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this talk for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this talk is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema106.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) > 1000){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/ShortMarkup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.authors !== undefined){
let data1 = data.authors;
const _errs5 = errors;
const _errs6 = errors;
if(Array.isArray(data1)){
let valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
let valid5 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err5 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[0].type,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs12 = errors;
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err8 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.oneOf[1].required,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err10 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data3) < 1){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[1].properties.name.type,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid6 = _errs15 === errors;
}
if(data2.equal !== undefined){
let data4 = data2.equal;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/authors/" + i0+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.equal.type,parentSchema:schema74.oneOf[1].properties.equal,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs18 = errors;
var valid6 = _errs17 === errors;
}
if(data2.corresponding !== undefined){
let data5 = data2.corresponding;
const _errs19 = errors;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.corresponding.type,parentSchema:schema74.oneOf[1].properties.corresponding,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs20 = errors;
var valid6 = _errs19 === errors;
}
}
else {
const err15 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.oneOf[1].type,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err16 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema74.oneOf,parentSchema:schema74,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs8 === errors;
var valid2 = _errs7 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err17 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.authors.type,parentSchema:schema106.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.date !== undefined){
let data6 = data.date;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid8 = false;
let passing1 = null;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 20){
const err18 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern0.test(data6)){
const err19 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs26 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err21 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs27 = errors;
if(typeof data6 == "number"){
if(data6 > 2100 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 1900 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err24 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data6);
var valid7 = _errs22 === errors;
var valid0 = _errs21 === errors;
}
if(data.type !== undefined){
let data7 = data.type;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err25 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema106.properties.type,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func3(data7) < 1){
const err26 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.type,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.type.type,parentSchema:schema106.properties.type,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid0 = _errs28 === errors;
}
if(data.event !== undefined){
let data8 = data.event;
const _errs30 = errors;
const _errs31 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 500){
const err28 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema106.properties.event,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func3(data8) < 1){
const err29 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.event,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.event.type,parentSchema:schema106.properties.event,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid0 = _errs30 === errors;
}
if(data.location !== undefined){
let data9 = data.location;
const _errs32 = errors;
const _errs33 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 500){
const err31 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema106.properties.location,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func3(data9) < 1){
const err32 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.location,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.location.type,parentSchema:schema106.properties.location,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid0 = _errs32 === errors;
}
if(data.keywords !== undefined){
let data10 = data.keywords;
const _errs34 = errors;
const _errs35 = errors;
if(Array.isArray(data10)){
let valid10 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs36 = errors;
const _errs37 = errors;
if(typeof data11 === "string"){
if(func3(data11) > 500){
const err34 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema106.properties.keywords.items,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data11) < 1){
const err35 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.keywords.items,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.keywords.items.type,parentSchema:schema106.properties.keywords.items,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid9 = _errs36 === errors;
if(!valid9){
valid10 = false;
}
}
}
else {
const err37 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.keywords.type,parentSchema:schema106.properties.keywords,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid0 = _errs34 === errors;
}
if(data.description !== undefined){
let data12 = data.description;
const _errs38 = errors;
const _errs39 = errors;
const _errs40 = errors;
keyword0("markup", instancePath+"/description", data12);
if(typeof data12 === "string"){
if(func3(data12) > 200000){
const err38 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func3(data12) < 1){
const err39 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid11 = _errs39 === errors;
var valid0 = _errs38 === errors;
}
if(data.links !== undefined){
let data13 = data.links;
const _errs41 = errors;
const _errs42 = errors;
if(Array.isArray(data13)){
let valid13 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
const _errs43 = errors;
if(!(validate25(data14, {instancePath:instancePath+"/links/" + i2,parentData:data13,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid12 = _errs43 === errors;
if(!valid12){
valid13 = false;
}
}
}
else {
const err41 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.links.type,parentSchema:schema106.properties.links,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid0 = _errs41 === errors;
}
if(data.id !== undefined){
let data15 = data.id;
const _errs44 = errors;
const _errs45 = errors;
const _errs46 = errors;
if(typeof data15 === "string"){
if(func3(data15) > 64){
const err42 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func3(data15) < 1){
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern7.test(data15)){
const err44 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid14 = _errs45 === errors;
var valid0 = _errs44 === errors;
}
if(data.tags !== undefined){
let data16 = data.tags;
const _errs47 = errors;
const _errs48 = errors;
const _errs49 = errors;
if(Array.isArray(data16)){
let valid17 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
const _errs50 = errors;
const _errs51 = errors;
if(typeof data17 === "string"){
if(func3(data17) > 64){
const err46 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern5.test(data17)){
const err47 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid16 = _errs50 === errors;
if(!valid16){
valid17 = false;
}
}
let valid18;
let i4 = data16.length;
let j0;
valid18 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data16[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err49 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
valid18 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid15 = _errs48 === errors;
var valid0 = _errs47 === errors;
}
if(data.priority !== undefined){
let data18 = data.priority;
const _errs52 = errors;
const _errs53 = errors;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err51 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const _errs54 = errors;
var valid19 = _errs53 === errors;
var valid0 = _errs52 === errors;
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema104.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.title.type,parentSchema:schema104.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.kind.type,parentSchema:schema104.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("talk" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "talk"},message:"must be equal to constant",schema:"talk",parentSchema:schema104.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate55(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.entries.type,parentSchema:schema104.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema114 = {"description":"A section of kind \"teaching\": Teaching positions.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"teaching"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TeachingEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema116 = {"description":"A teaching position.","type":"object","properties":{"title":{"description":"Role, e.g. \"Graduate Teaching Assistant\".","type":"string","minLength":1,"maxLength":500},"institution":{"description":"School or university.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where the institution is.","type":"string","minLength":1,"maxLength":500},"course":{"description":"Course name.","type":"string","minLength":1,"maxLength":500},"courseCode":{"description":"Course code, e.g. \"CSE 6242\".","type":"string","minLength":1,"maxLength":500},"instructor":{"description":"Instructor of the course.","type":"string","minLength":1,"maxLength":500},"start":{"description":"When this teaching began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this teaching ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date (e.g. one term), instead of start/end.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","institution","course"],"additionalProperties":false};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.institution === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.course === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "course"},message:"must have required property '"+"course"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema116.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.title,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.title.type,parentSchema:schema116.properties.title,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.institution !== undefined){
let data1 = data.institution;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err7 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.institution.type,parentSchema:schema116.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.location !== undefined){
let data2 = data.location;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.location,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.location,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.location.type,parentSchema:schema116.properties.location,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.course !== undefined){
let data3 = data.course;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 500){
const err13 = {instancePath:instancePath+"/course",schemaPath:"#/properties/course/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.course,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/course",schemaPath:"#/properties/course/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.course,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/course",schemaPath:"#/properties/course/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.course.type,parentSchema:schema116.properties.course,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid0 = _errs8 === errors;
}
if(data.courseCode !== undefined){
let data4 = data.courseCode;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 500){
const err16 = {instancePath:instancePath+"/courseCode",schemaPath:"#/properties/courseCode/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.courseCode,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/courseCode",schemaPath:"#/properties/courseCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.courseCode,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/courseCode",schemaPath:"#/properties/courseCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.courseCode.type,parentSchema:schema116.properties.courseCode,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.instructor !== undefined){
let data5 = data.instructor;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 500){
const err19 = {instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.instructor,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data5) < 1){
const err20 = {instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.instructor,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.instructor.type,parentSchema:schema116.properties.instructor,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid0 = _errs12 === errors;
}
if(data.start !== undefined){
let data6 = data.start;
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
let valid2 = false;
let passing0 = null;
const _errs17 = errors;
const _errs18 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 20){
const err22 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern0.test(data6)){
const err23 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs19 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err25 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs20 = errors;
if(typeof data6 == "number"){
if(data6 > 2100 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6 < 1900 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err28 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data6);
var valid1 = _errs15 === errors;
var valid0 = _errs14 === errors;
}
if(data.end !== undefined){
let data7 = data.end;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid4 = false;
let passing1 = null;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 20){
const err29 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs26 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err32 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const _errs27 = errors;
if(typeof data7 == "number"){
if(data7 > 2100 || isNaN(data7)){
const err33 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data7 < 1900 || isNaN(data7)){
const err34 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err35 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data7);
var valid3 = _errs22 === errors;
var valid0 = _errs21 === errors;
}
if(data.date !== undefined){
let data8 = data.date;
const _errs28 = errors;
const _errs29 = errors;
const _errs30 = errors;
let valid6 = false;
let passing2 = null;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 20){
const err36 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern0.test(data8)){
const err37 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs31 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs33 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err39 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs34 = errors;
if(typeof data8 == "number"){
if(data8 > 2100 || isNaN(data8)){
const err40 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data8 < 1900 || isNaN(data8)){
const err41 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid2 = _errs33 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err42 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data8);
var valid5 = _errs29 === errors;
var valid0 = _errs28 === errors;
}
if(data.id !== undefined){
let data9 = data.id;
const _errs35 = errors;
const _errs36 = errors;
const _errs37 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 64){
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func3(data9) < 1){
const err44 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern7.test(data9)){
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid7 = _errs36 === errors;
var valid0 = _errs35 === errors;
}
if(data.tags !== undefined){
let data10 = data.tags;
const _errs38 = errors;
const _errs39 = errors;
const _errs40 = errors;
if(Array.isArray(data10)){
let valid10 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs41 = errors;
const _errs42 = errors;
if(typeof data11 === "string"){
if(func3(data11) > 64){
const err47 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern5.test(data11)){
const err48 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid9 = _errs41 === errors;
if(!valid9){
valid10 = false;
}
}
let valid11;
let i1 = data10.length;
let j0;
valid11 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data10[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data10};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
valid11 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err51 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data10};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid8 = _errs39 === errors;
var valid0 = _errs38 === errors;
}
if(data.priority !== undefined){
let data12 = data.priority;
const _errs43 = errors;
const _errs44 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err52 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const _errs45 = errors;
var valid12 = _errs44 === errors;
var valid0 = _errs43 === errors;
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema114.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema114.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.title.type,parentSchema:schema114.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.kind.type,parentSchema:schema114.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("teaching" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "teaching"},message:"must be equal to constant",schema:"teaching",parentSchema:schema114.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate59(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema114.properties.entries.type,parentSchema:schema114.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}

const schema123 = {"description":"A section of kind \"mentee\": Students mentored.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"mentee"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MenteeEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema125 = {"description":"A student mentored.","type":"object","properties":{"name":{"description":"Mentee name.","type":"string","minLength":1,"maxLength":500},"degree":{"description":"Mentee's degree program, e.g. \"B.S. in Computer Science\".","type":"string","minLength":1,"maxLength":500},"institution":{"description":"Mentee's institution.","type":"string","minLength":1,"maxLength":500},"topics":{"description":"Topics worked on, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One topic.","maxLength":500}},"awards":{"description":"Awards the mentee received.","type":"array","items":{"type":"string","minLength":1,"description":"One award as printed.","maxLength":500}},"start":{"description":"When this mentoring began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this mentoring ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"date":{"description":"A single date, instead of start/end.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema125.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.name.type,parentSchema:schema125.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.degree !== undefined){
let data1 = data.degree;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema125.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.degree.type,parentSchema:schema125.properties.degree,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.institution !== undefined){
let data2 = data.institution;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema125.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.institution.type,parentSchema:schema125.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.topics !== undefined){
let data3 = data.topics;
const _errs8 = errors;
const _errs9 = errors;
if(Array.isArray(data3)){
let valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 500){
const err11 = {instancePath:instancePath+"/topics/" + i0,schemaPath:"#/properties/topics/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema125.properties.topics.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data4) < 1){
const err12 = {instancePath:instancePath+"/topics/" + i0,schemaPath:"#/properties/topics/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.topics.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/topics/" + i0,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.topics.items.type,parentSchema:schema125.properties.topics.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid1 = _errs10 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.topics.type,parentSchema:schema125.properties.topics,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs8 === errors;
}
if(data.awards !== undefined){
let data5 = data.awards;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data5)){
let valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs14 = errors;
const _errs15 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 500){
const err15 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema125.properties.awards.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data6) < 1){
const err16 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.awards.items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.awards.items.type,parentSchema:schema125.properties.awards.items,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid3 = _errs14 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err18 = {instancePath:instancePath+"/awards",schemaPath:"#/properties/awards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.awards.type,parentSchema:schema125.properties.awards,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid0 = _errs12 === errors;
}
if(data.start !== undefined){
let data7 = data.start;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
let valid6 = false;
let passing0 = null;
const _errs19 = errors;
const _errs20 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 20){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern0.test(data7)){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs21 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err22 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs22 = errors;
if(typeof data7 == "number"){
if(data7 > 2100 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7 < 1900 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err25 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data7);
var valid5 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
if(data.end !== undefined){
let data8 = data.end;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
let valid8 = false;
let passing1 = null;
const _errs26 = errors;
const _errs27 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 20){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern0.test(data8)){
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs26 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs28 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err29 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const _errs29 = errors;
if(typeof data8 == "number"){
if(data8 > 2100 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8 < 1900 || isNaN(data8)){
const err31 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var _valid1 = _errs28 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err32 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data8);
var valid7 = _errs24 === errors;
var valid0 = _errs23 === errors;
}
if(data.date !== undefined){
let data9 = data.date;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
let valid10 = false;
let passing2 = null;
const _errs33 = errors;
const _errs34 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 20){
const err33 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern0.test(data9)){
const err34 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2){
valid10 = true;
passing2 = 0;
}
const _errs35 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err36 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const _errs36 = errors;
if(typeof data9 == "number"){
if(data9 > 2100 || isNaN(data9)){
const err37 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9 < 1900 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid2 = _errs35 === errors;
if(_valid2 && valid10){
valid10 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid10 = true;
passing2 = 1;
}
}
if(!valid10){
const err39 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data9);
var valid9 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
if(data.id !== undefined){
let data10 = data.id;
const _errs37 = errors;
const _errs38 = errors;
const _errs39 = errors;
if(typeof data10 === "string"){
if(func3(data10) > 64){
const err40 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func3(data10) < 1){
const err41 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern7.test(data10)){
const err42 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid11 = _errs38 === errors;
var valid0 = _errs37 === errors;
}
if(data.tags !== undefined){
let data11 = data.tags;
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
if(Array.isArray(data11)){
let valid14 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs43 = errors;
const _errs44 = errors;
if(typeof data12 === "string"){
if(func3(data12) > 64){
const err44 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern5.test(data12)){
const err45 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid13 = _errs43 === errors;
if(!valid13){
valid14 = false;
}
}
let valid15;
let i3 = data11.length;
let j0;
valid15 = true;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data11[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err47 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema23,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
valid15 = false;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid12 = _errs41 === errors;
var valid0 = _errs40 === errors;
}
if(data.priority !== undefined){
let data13 = data.priority;
const _errs45 = errors;
const _errs46 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err49 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const _errs47 = errors;
var valid16 = _errs46 === errors;
var valid0 = _errs45 === errors;
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema123.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema123.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema123.properties.title.type,parentSchema:schema123.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema123.properties.kind.type,parentSchema:schema123.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("mentee" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "mentee"},message:"must be equal to constant",schema:"mentee",parentSchema:schema123.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate62(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema123.properties.entries.type,parentSchema:schema123.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

const schema132 = {"description":"A section of kind \"certification\": Licenses and certifications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"certification"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/CertificationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema134 = {"description":"A license or certification.","type":"object","properties":{"title":{"description":"Name of the certificate.","type":"string","minLength":1,"maxLength":500},"issuer":{"description":"Who issued it.","type":"string","minLength":1,"maxLength":500},"date":{"description":"When it was issued.","$ref":"#/definitions/CvDate"},"url":{"description":"Where it can be verified.","$ref":"#/definitions/Url"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "issuer")) || (key0 === "date")) || (key0 === "url")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.title.type,parentSchema:schema134.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.issuer !== undefined){
let data1 = data.issuer;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema134.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema134.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.issuer.type,parentSchema:schema134.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.date !== undefined){
let data2 = data.date;
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 20){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data2);
var valid1 = _errs7 === errors;
var valid0 = _errs6 === errors;
}
if(data.url !== undefined){
let data3 = data.url;
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
keyword0("url", instancePath+"/url", data3);
if(typeof data3 === "string"){
if(func3(data3) > 2048){
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern3.test(data3)){
const err17 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid3 = _errs14 === errors;
var valid0 = _errs13 === errors;
}
if(data.id !== undefined){
let data4 = data.id;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data4) < 1){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern7.test(data4)){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid4 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
if(data.tags !== undefined){
let data5 = data.tags;
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
if(Array.isArray(data5)){
let valid7 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs22 = errors;
const _errs23 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err23 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern5.test(data6)){
const err24 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid6 = _errs22 === errors;
if(!valid6){
valid7 = false;
}
}
let valid8;
let i1 = data5.length;
let j0;
valid8 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err26 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
valid8 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid5 = _errs20 === errors;
var valid0 = _errs19 === errors;
}
if(data.priority !== undefined){
let data7 = data.priority;
const _errs24 = errors;
const _errs25 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err28 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs26 = errors;
var valid9 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema134.type,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema132.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.title.type,parentSchema:schema132.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.kind.type,parentSchema:schema132.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("certification" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "certification"},message:"must be equal to constant",schema:"certification",parentSchema:schema132.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate65(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema132.properties.entries.type,parentSchema:schema132.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema140 = {"description":"A section of kind \"service\": Professional service.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"service"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema142 = {"description":"A service role, e.g. reviewer, with the venues served.","type":"object","properties":{"role":{"description":"Role, e.g. \"Reviewer\".","type":"string","minLength":1,"maxLength":500},"venues":{"description":"Venues served, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceVenue"},"minItems":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["role","venues"],"additionalProperties":false};
const schema143 = {"description":"One venue served, e.g. a conference reviewed for.","type":"object","properties":{"name":{"description":"Venue name, e.g. \"CIKM\".","type":"string","minLength":1,"maxLength":500},"date":{"description":"Year or date of the service.","$ref":"#/definitions/CvDate"}},"required":["name","date"],"additionalProperties":false};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "date"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.name.type,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.date !== undefined){
let data1 = data.date;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 20){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs10 = errors;
if(typeof data1 == "number"){
if(data1 > 2100 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1 < 1900 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data1);
var valid1 = _errs5 === errors;
var valid0 = _errs4 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.venues === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "venues"},message:"must have required property '"+"venues"+"'",schema:schema142.required,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "role") || (key0 === "venues")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err3 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema142.properties.role,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema142.properties.role,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema142.properties.role.type,parentSchema:schema142.properties.role,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.venues !== undefined){
let data1 = data.venues;
const _errs4 = errors;
const _errs5 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/venues",schemaPath:"#/properties/venues/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema142.properties.venues,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(!(validate69(data2, {instancePath:instancePath+"/venues/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs6 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err7 = {instancePath:instancePath+"/venues",schemaPath:"#/properties/venues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema142.properties.venues.type,parentSchema:schema142.properties.venues,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.id !== undefined){
let data3 = data.id;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 64){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern7.test(data3)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs8 === errors;
var valid0 = _errs7 === errors;
}
if(data.tags !== undefined){
let data4 = data.tags;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(Array.isArray(data4)){
let valid6 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs13 = errors;
const _errs14 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 64){
const err12 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data5)){
const err13 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs13 === errors;
if(!valid5){
valid6 = false;
}
}
let valid7;
let i2 = data4.length;
let j0;
valid7 = true;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data4[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
valid7 = false;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid4 = _errs11 === errors;
var valid0 = _errs10 === errors;
}
if(data.priority !== undefined){
let data6 = data.priority;
const _errs15 = errors;
const _errs16 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err17 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs17 = errors;
var valid8 = _errs16 === errors;
var valid0 = _errs15 === errors;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema142.type,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema140.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema140.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.title.type,parentSchema:schema140.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.kind.type,parentSchema:schema140.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("service" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "service"},message:"must be equal to constant",schema:"service",parentSchema:schema140.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate68(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.entries.type,parentSchema:schema140.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.type,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema148 = {"description":"A section of kind \"membership\": Professional memberships.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"membership"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MembershipEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema150 = {"description":"A professional membership.","type":"object","properties":{"organization":{"description":"Full name of the organization.","type":"string","minLength":1,"maxLength":500},"short":{"description":"Acronym, e.g. \"IEEE\".","type":"string","minLength":1,"maxLength":500},"since":{"description":"When the membership began.","$ref":"#/definitions/CvDate"},"note":{"description":"A note printed with the membership.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["organization"],"additionalProperties":false};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.organization === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "organization") || (key0 === "short")) || (key0 === "since")) || (key0 === "note")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.organization !== undefined){
let data0 = data.organization;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema150.properties.organization,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema150.properties.organization,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.organization.type,parentSchema:schema150.properties.organization,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.short !== undefined){
let data1 = data.short;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema150.properties.short,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema150.properties.short,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.short.type,parentSchema:schema150.properties.short,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.since !== undefined){
let data2 = data.since;
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 20){
const err8 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/since", data2);
var valid1 = _errs7 === errors;
var valid0 = _errs6 === errors;
}
if(data.note !== undefined){
let data3 = data.note;
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
keyword0("markup", instancePath+"/note", data3);
if(typeof data3 === "string"){
if(func3(data3) > 200000){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid3 = _errs14 === errors;
var valid0 = _errs13 === errors;
}
if(data.id !== undefined){
let data4 = data.id;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern7.test(data4)){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid4 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
if(data.tags !== undefined){
let data5 = data.tags;
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
if(Array.isArray(data5)){
let valid7 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs22 = errors;
const _errs23 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err22 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern5.test(data6)){
const err23 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid6 = _errs22 === errors;
if(!valid6){
valid7 = false;
}
}
let valid8;
let i1 = data5.length;
let j0;
valid8 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err25 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
valid8 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err26 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid5 = _errs20 === errors;
var valid0 = _errs19 === errors;
}
if(data.priority !== undefined){
let data7 = data.priority;
const _errs24 = errors;
const _errs25 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err27 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs26 = errors;
var valid9 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.type,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema148.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema148.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.title.type,parentSchema:schema148.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.kind.type,parentSchema:schema148.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("membership" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "membership"},message:"must be equal to constant",schema:"membership",parentSchema:schema148.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate73(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema148.properties.entries.type,parentSchema:schema148.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema148.type,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}

const schema156 = {"description":"A section of kind \"skills\": Skills by category.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"skills"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/SkillsEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema158 = {"description":"A category of skills.","type":"object","properties":{"category":{"description":"Category name, e.g. \"Programming Languages\".","type":"string","minLength":1,"maxLength":500},"level":{"description":"Level as printed, e.g. \"Advanced\", \"Native\".","type":"string","minLength":1,"maxLength":200},"items":{"description":"Skills in this category, in display order; at most 300 (they print as one paragraph).","type":"array","maxItems":300,"items":{"type":"string","minLength":1,"description":"One skill.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["category"],"additionalProperties":false};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.category === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema158.required,parentSchema:schema158,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "category") || (key0 === "level")) || (key0 === "items")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema158,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.category !== undefined){
let data0 = data.category;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err2 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema158.properties.category,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema158.properties.category,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.category.type,parentSchema:schema158.properties.category,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.level !== undefined){
let data1 = data.level;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err5 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema158.properties.level,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema158.properties.level,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.level.type,parentSchema:schema158.properties.level,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.items !== undefined){
let data2 = data.items;
const _errs6 = errors;
const _errs7 = errors;
if(Array.isArray(data2)){
if(data2.length > 300){
const err8 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 300},message:"must NOT have more than 300 items",schema:300,parentSchema:schema158.properties.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 500){
const err9 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema158.properties.items.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema158.properties.items.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.items.items.type,parentSchema:schema158.properties.items.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid1 = _errs8 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err12 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema158.properties.items.type,parentSchema:schema158.properties.items,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.id !== undefined){
let data4 = data.id;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data4) < 1){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern7.test(data4)){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid3 = _errs11 === errors;
var valid0 = _errs10 === errors;
}
if(data.tags !== undefined){
let data5 = data.tags;
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
if(Array.isArray(data5)){
let valid6 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs16 = errors;
const _errs17 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err17 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern5.test(data6)){
const err18 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid5 = _errs16 === errors;
if(!valid5){
valid6 = false;
}
}
let valid7;
let i2 = data5.length;
let j0;
valid7 = true;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data5[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
valid7 = false;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid4 = _errs14 === errors;
var valid0 = _errs13 === errors;
}
if(data.priority !== undefined){
let data7 = data.priority;
const _errs18 = errors;
const _errs19 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs20 = errors;
var valid8 = _errs19 === errors;
var valid0 = _errs18 === errors;
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema158.type,parentSchema:schema158,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema156.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema156.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema156.properties.title.type,parentSchema:schema156.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema156.properties.kind.type,parentSchema:schema156.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("skills" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "skills"},message:"must be equal to constant",schema:"skills",parentSchema:schema156.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate76(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema156.properties.entries.type,parentSchema:schema156.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema156.type,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

const schema162 = {"description":"A section of kind \"entry\": Generic entries with a title, dates and text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"entry"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GenericEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema164 = {"description":"A generic entry for anything the other kinds do not cover. Give a date or start/end, or neither.","type":"object","properties":{"title":{"description":"Entry title; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"subtitle":{"description":"Second line, e.g. an organization.","type":"string","minLength":1,"maxLength":500},"location":{"description":"Where it took place.","type":"string","minLength":1,"maxLength":500},"date":{"description":"A single date (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this entry began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this entry ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"description":{"description":"Paragraph about the entry.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this entry.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this entry, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema164.required,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema164.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.subtitle !== undefined){
let data1 = data.subtitle;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema164.properties.subtitle,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema164.properties.subtitle,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema164.properties.subtitle.type,parentSchema:schema164.properties.subtitle,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.location !== undefined){
let data2 = data.location;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema164.properties.location,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema164.properties.location,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema164.properties.location.type,parentSchema:schema164.properties.location,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.date !== undefined){
let data3 = data.date;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
let valid3 = false;
let passing0 = null;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 20){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern0.test(data3)){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs14 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err14 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs15 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err17 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data3);
var valid2 = _errs10 === errors;
var valid0 = _errs9 === errors;
}
if(data.start !== undefined){
let data4 = data.start;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
let valid5 = false;
let passing1 = null;
const _errs19 = errors;
const _errs20 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 20){
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern0.test(data4)){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs21 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err21 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs22 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs21 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err24 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/start", data4);
var valid4 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
if(data.end !== undefined){
let data5 = data.end;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
let valid7 = false;
let passing2 = null;
const _errs26 = errors;
const _errs27 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 20){
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern0.test(data5)){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs26 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs28 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err28 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs29 = errors;
if(typeof data5 == "number"){
if(data5 > 2100 || isNaN(data5)){
const err29 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err30 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid2 = _errs28 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err31 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/end", data5);
var valid6 = _errs24 === errors;
var valid0 = _errs23 === errors;
}
if(data.description !== undefined){
let data6 = data.description;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
keyword0("markup", instancePath+"/description", data6);
if(typeof data6 === "string"){
if(func3(data6) > 200000){
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func3(data6) < 1){
const err33 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid8 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
if(data.highlights !== undefined){
let data7 = data.highlights;
const _errs33 = errors;
const _errs34 = errors;
if(Array.isArray(data7)){
let valid10 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs35 = errors;
if(!(validate16(data8, {instancePath:instancePath+"/highlights/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs35 === errors;
if(!valid9){
valid10 = false;
}
}
}
else {
const err35 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema164.properties.highlights.type,parentSchema:schema164.properties.highlights,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid0 = _errs33 === errors;
}
if(data.links !== undefined){
let data9 = data.links;
const _errs36 = errors;
const _errs37 = errors;
if(Array.isArray(data9)){
let valid12 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs38 = errors;
if(!(validate25(data10, {instancePath:instancePath+"/links/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid11 = _errs38 === errors;
if(!valid11){
valid12 = false;
}
}
}
else {
const err36 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema164.properties.links.type,parentSchema:schema164.properties.links,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid0 = _errs36 === errors;
}
if(data.id !== undefined){
let data11 = data.id;
const _errs39 = errors;
const _errs40 = errors;
const _errs41 = errors;
if(typeof data11 === "string"){
if(func3(data11) > 64){
const err37 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func3(data11) < 1){
const err38 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern7.test(data11)){
const err39 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid13 = _errs40 === errors;
var valid0 = _errs39 === errors;
}
if(data.tags !== undefined){
let data12 = data.tags;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
if(Array.isArray(data12)){
let valid16 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs45 = errors;
const _errs46 = errors;
if(typeof data13 === "string"){
if(func3(data13) > 64){
const err41 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern5.test(data13)){
const err42 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid15 = _errs45 === errors;
if(!valid15){
valid16 = false;
}
}
let valid17;
let i3 = data12.length;
let j0;
valid17 = true;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data12[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err44 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
valid17 = false;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err45 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid14 = _errs43 === errors;
var valid0 = _errs42 === errors;
}
if(data.priority !== undefined){
let data14 = data.priority;
const _errs47 = errors;
const _errs48 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err46 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const _errs49 = errors;
var valid18 = _errs48 === errors;
var valid0 = _errs47 === errors;
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema164.type,parentSchema:schema164,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema162.required,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema162.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema162.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.title.type,parentSchema:schema162.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.kind.type,parentSchema:schema162.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("entry" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "entry"},message:"must be equal to constant",schema:"entry",parentSchema:schema162.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate79(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema162.properties.entries.type,parentSchema:schema162.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema162.type,parentSchema:schema162,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema173 = {"description":"A section of kind \"list\": A bulleted list, or a numbered one with `numbering`.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"list"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ListItem"}},"numbering":{"description":"Number the items instead of bulleting them: \"ascending\" (1, 2, 3...) or \"descending\" (the last item is 1, newest first, as in RenderCV's reversed-numbered lists). Omit for bullets.","type":"string","enum":["ascending","descending"]}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema175 = {"description":"One item of a bulleted list: a Markup string, or an object when the item needs tags or a priority.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A list item with tags.","type":"object","properties":{"text":{"description":"The item text.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this item, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this item for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this item is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["text"],"additionalProperties":false}]};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
keyword0("markup", instancePath, data);
if(typeof data === "string"){
if(func3(data) > 200000){
const err0 = {instancePath,schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs2 === errors;
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema175.oneOf[1].required,parentSchema:schema175.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs6 = errors;
for(const key0 in data){
if(!((((key0 === "text") || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema175.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
keyword0("markup", instancePath+"/text", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs8 === errors;
var valid2 = _errs7 === errors;
}
if(data.id !== undefined){
let data1 = data.id;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 64){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern7.test(data1)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid4 = _errs11 === errors;
var valid2 = _errs10 === errors;
}
if(data.tags !== undefined){
let data2 = data.tags;
const _errs13 = errors;
const _errs14 = errors;
const _errs15 = errors;
if(Array.isArray(data2)){
let valid7 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs16 = errors;
const _errs17 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 64){
const err12 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data3)){
const err13 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid6 = _errs16 === errors;
if(!valid6){
valid7 = false;
}
}
let valid8;
let i1 = data2.length;
let j0;
valid8 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
valid8 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid5 = _errs14 === errors;
var valid2 = _errs13 === errors;
}
if(data.priority !== undefined){
let data4 = data.priority;
const _errs18 = errors;
const _errs19 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err17 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs20 = errors;
var valid9 = _errs19 === errors;
var valid2 = _errs18 === errors;
}
}
else {
const err18 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema175.oneOf[1].type,parentSchema:schema175.oneOf[1],data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err19 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema175.oneOf,parentSchema:schema175,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate84.errors = vErrors;
return errors === 0;
}


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema173.required,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema173.required,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema173.required,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema173.required,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries")) || (key0 === "numbering"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema173.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema173.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.title.type,parentSchema:schema173.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.kind.type,parentSchema:schema173.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("list" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant",schema:"list",parentSchema:schema173.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate84(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema173.properties.entries.type,parentSchema:schema173.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
if(data.numbering !== undefined){
let data5 = data.numbering;
const _errs12 = errors;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema173.properties.numbering.type,parentSchema:schema173.properties.numbering,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs13 = errors;
const vSchema0 = schema173.properties.numbering.enum;
if(!((data5 === "ascending") || (data5 === "descending"))){
const err16 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/enum",keyword:"enum",params:{allowedValues: schema173.properties.numbering.enum},message:"must be equal to one of the allowed values",schema:schema173.properties.numbering.enum,parentSchema:schema173.properties.numbering,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid0 = _errs12 === errors;
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.type,parentSchema:schema173,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}

const schema181 = {"description":"A section of kind \"text\": Paragraphs of text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"text"},"entries":{"description":"Paragraphs, in order.","type":"array","items":{"$ref":"#/definitions/Markup"}}},"required":["id","title","kind","entries"],"additionalProperties":false};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema181.required,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema181.required,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema181.required,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema181.required,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema181.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema181.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema181.properties.title.type,parentSchema:schema181.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema181.properties.kind.type,parentSchema:schema181.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("text" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant",schema:"text",parentSchema:schema181.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
keyword0("markup", instancePath+"/entries/" + i0, data4);
if(typeof data4 === "string"){
if(func3(data4) > 200000){
const err14 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid4 = _errs12 === errors;
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err17 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema181.properties.entries.type,parentSchema:schema181.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema181.type,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema184 = {"description":"A section of kind \"language\": Languages spoken.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"language"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/LanguageEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema186 = {"description":"A language spoken, with fluency.","type":"object","properties":{"language":{"description":"The language, e.g. \"Korean\".","type":"string","minLength":1,"maxLength":200},"fluency":{"description":"How well, e.g. \"Native\", \"Professional working proficiency\".","type":"string","minLength":1,"maxLength":200},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["language"],"additionalProperties":false};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.language === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'",schema:schema186.required,parentSchema:schema186,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "language") || (key0 === "fluency")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema186,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.language !== undefined){
let data0 = data.language;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err2 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema186.properties.language,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema186.properties.language,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.language.type,parentSchema:schema186.properties.language,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.fluency !== undefined){
let data1 = data.fluency;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err5 = {instancePath:instancePath+"/fluency",schemaPath:"#/properties/fluency/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema186.properties.fluency,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/fluency",schemaPath:"#/properties/fluency/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema186.properties.fluency,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/fluency",schemaPath:"#/properties/fluency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.fluency.type,parentSchema:schema186.properties.fluency,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.id !== undefined){
let data2 = data.id;
const _errs6 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern7.test(data2)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid1 = _errs7 === errors;
var valid0 = _errs6 === errors;
}
if(data.tags !== undefined){
let data3 = data.tags;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(Array.isArray(data3)){
let valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err12 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data4)){
const err13 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid3 = _errs12 === errors;
if(!valid3){
valid4 = false;
}
}
let valid5;
let i1 = data3.length;
let j0;
valid5 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
valid5 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid2 = _errs10 === errors;
var valid0 = _errs9 === errors;
}
if(data.priority !== undefined){
let data5 = data.priority;
const _errs14 = errors;
const _errs15 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err17 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs16 = errors;
var valid6 = _errs15 === errors;
var valid0 = _errs14 === errors;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema186.type,parentSchema:schema186,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema184.required,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema184.required,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema184.required,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema184.required,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema184.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema184.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema184.properties.title.type,parentSchema:schema184.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema184.properties.kind.type,parentSchema:schema184.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("language" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "language"},message:"must be equal to constant",schema:"language",parentSchema:schema184.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate88(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema184.properties.entries.type,parentSchema:schema184.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema184.type,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

const schema190 = {"description":"A section of kind \"interest\": Interests.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"interest"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/InterestEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema192 = {"description":"An interest, with keywords.","type":"object","properties":{"name":{"description":"The interest, e.g. \"Music\".","type":"string","minLength":1,"maxLength":200},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword.","maxLength":500}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema192.required,parentSchema:schema192,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "keywords")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema192,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema192.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema192.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema192.properties.name.type,parentSchema:schema192.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.keywords !== undefined){
let data1 = data.keywords;
const _errs4 = errors;
const _errs5 = errors;
if(Array.isArray(data1)){
let valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err5 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema192.properties.keywords.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema192.properties.keywords.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema192.properties.keywords.items.type,parentSchema:schema192.properties.keywords.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs6 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err8 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema192.properties.keywords.type,parentSchema:schema192.properties.keywords,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.id !== undefined){
let data3 = data.id;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 64){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data3)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid3 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
if(data.tags !== undefined){
let data4 = data.tags;
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data4)){
let valid6 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs14 = errors;
const _errs15 = errors;
if(typeof data5 === "string"){
if(func3(data5) > 64){
const err13 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern5.test(data5)){
const err14 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid5 = _errs14 === errors;
if(!valid5){
valid6 = false;
}
}
let valid7;
let i2 = data4.length;
let j0;
valid7 = true;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data4[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
valid7 = false;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err17 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid4 = _errs12 === errors;
var valid0 = _errs11 === errors;
}
if(data.priority !== undefined){
let data6 = data.priority;
const _errs16 = errors;
const _errs17 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err18 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs18 = errors;
var valid8 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema192.type,parentSchema:schema192,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema190.required,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema190.required,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema190.required,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema190.required,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema190.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema190.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema190.properties.title.type,parentSchema:schema190.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema190.properties.kind.type,parentSchema:schema190.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("interest" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "interest"},message:"must be equal to constant",schema:"interest",parentSchema:schema190.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate91(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema190.properties.entries.type,parentSchema:schema190.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema190.type,parentSchema:schema190,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}

const schema196 = {"description":"A section of kind \"reference\": References.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"reference"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ReferenceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema198 = {"description":"A reference: a person who vouches for the owner, with an optional quote.","type":"object","properties":{"name":{"description":"The referee's name.","type":"string","minLength":1,"maxLength":200},"role":{"description":"The referee's role, e.g. \"Professor, Georgia Tech\".","type":"string","minLength":1,"maxLength":500},"contact":{"description":"How to reach the referee, as printed, e.g. an email address.","type":"string","minLength":1,"maxLength":500},"reference":{"description":"What the referee said (a quote).","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name"],"additionalProperties":false};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema198.required,parentSchema:schema198,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "role")) || (key0 === "contact")) || (key0 === "reference")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema198,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema198.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema198.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema198.properties.name.type,parentSchema:schema198.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema198.properties.role,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema198.properties.role,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema198.properties.role.type,parentSchema:schema198.properties.role,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.contact !== undefined){
let data2 = data.contact;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 500){
const err8 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema198.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema198.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema198.properties.contact.type,parentSchema:schema198.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.reference !== undefined){
let data3 = data.reference;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
keyword0("markup", instancePath+"/reference", data3);
if(typeof data3 === "string"){
if(func3(data3) > 200000){
const err11 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid1 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
if(data.id !== undefined){
let data4 = data.id;
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern7.test(data4)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid2 = _errs12 === errors;
var valid0 = _errs11 === errors;
}
if(data.tags !== undefined){
let data5 = data.tags;
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
if(Array.isArray(data5)){
let valid5 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs17 = errors;
const _errs18 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err18 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern5.test(data6)){
const err19 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid4 = _errs17 === errors;
if(!valid4){
valid5 = false;
}
}
let valid6;
let i1 = data5.length;
let j0;
valid6 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
valid6 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err22 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid3 = _errs15 === errors;
var valid0 = _errs14 === errors;
}
if(data.priority !== undefined){
let data7 = data.priority;
const _errs19 = errors;
const _errs20 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err23 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const _errs21 = errors;
var valid7 = _errs20 === errors;
var valid0 = _errs19 === errors;
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema198.type,parentSchema:schema198,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema196.required,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema196.required,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema196.required,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema196.required,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema196.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema196.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema196.properties.title.type,parentSchema:schema196.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema196.properties.kind.type,parentSchema:schema196.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("reference" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "reference"},message:"must be equal to constant",schema:"reference",parentSchema:schema196.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate94(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema196.properties.entries.type,parentSchema:schema196.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema196.type,parentSchema:schema196,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

const schema203 = {"description":"A section of kind \"patent\": Patents.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1,"maxLength":500},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"patent"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/PatentEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema205 = {"description":"A patent or patent application.","type":"object","properties":{"title":{"description":"Title of the patent; may use inline markup.","$ref":"#/definitions/Markup"},"authors":{"description":"The inventors, in order; the owner is printed in bold.","type":"array","items":{"$ref":"#/definitions/Author"}},"number":{"description":"Patent or application number, e.g. \"US 10,123,456 B2\".","type":"string","minLength":1,"maxLength":200},"office":{"description":"Patent office, e.g. \"USPTO\".","type":"string","minLength":1,"maxLength":500},"status":{"description":"Status as printed, e.g. \"granted\", \"pending\".","type":"string","minLength":1,"maxLength":200},"date":{"description":"When it was filed or granted.","$ref":"#/definitions/CvDate"},"url":{"description":"Where the patent can be read; the title links to it.","$ref":"#/definitions/Url"},"links":{"description":"Links for this patent, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this patent, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this patent for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this patent is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema205.required,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema205.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) > 200000){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/maxLength",keyword:"maxLength",params:{limit: 200000},message:"must NOT have more than 200000 characters",schema:200000,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.authors !== undefined){
let data1 = data.authors;
const _errs5 = errors;
const _errs6 = errors;
if(Array.isArray(data1)){
let valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
let valid5 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err5 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[0].type,parentSchema:schema74.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs12 = errors;
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err8 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.oneOf[1].required,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data3 === "string"){
if(func3(data3) > 200){
const err10 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data3) < 1){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.oneOf[1].properties.name.type,parentSchema:schema74.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid6 = _errs15 === errors;
}
if(data2.equal !== undefined){
let data4 = data2.equal;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/authors/" + i0+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.equal.type,parentSchema:schema74.oneOf[1].properties.equal,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs18 = errors;
var valid6 = _errs17 === errors;
}
if(data2.corresponding !== undefined){
let data5 = data2.corresponding;
const _errs19 = errors;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.oneOf[1].properties.corresponding.type,parentSchema:schema74.oneOf[1].properties.corresponding,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs20 = errors;
var valid6 = _errs19 === errors;
}
}
else {
const err15 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.oneOf[1].type,parentSchema:schema74.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err16 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema74.oneOf,parentSchema:schema74,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs8 === errors;
var valid2 = _errs7 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err17 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema205.properties.authors.type,parentSchema:schema205.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.number !== undefined){
let data6 = data.number;
const _errs21 = errors;
const _errs22 = errors;
if(typeof data6 === "string"){
if(func3(data6) > 200){
const err18 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema205.properties.number,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data6) < 1){
const err19 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema205.properties.number,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema205.properties.number.type,parentSchema:schema205.properties.number,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid0 = _errs21 === errors;
}
if(data.office !== undefined){
let data7 = data.office;
const _errs23 = errors;
const _errs24 = errors;
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err21 = {instancePath:instancePath+"/office",schemaPath:"#/properties/office/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema205.properties.office,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data7) < 1){
const err22 = {instancePath:instancePath+"/office",schemaPath:"#/properties/office/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema205.properties.office,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/office",schemaPath:"#/properties/office/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema205.properties.office.type,parentSchema:schema205.properties.office,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid0 = _errs23 === errors;
}
if(data.status !== undefined){
let data8 = data.status;
const _errs25 = errors;
const _errs26 = errors;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err24 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema205.properties.status,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func3(data8) < 1){
const err25 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema205.properties.status,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema205.properties.status.type,parentSchema:schema205.properties.status,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid0 = _errs25 === errors;
}
if(data.date !== undefined){
let data9 = data.date;
const _errs27 = errors;
const _errs28 = errors;
const _errs29 = errors;
let valid8 = false;
let passing1 = null;
const _errs30 = errors;
const _errs31 = errors;
if(typeof data9 === "string"){
if(func3(data9) > 20){
const err27 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern0.test(data9)){
const err28 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs32 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err30 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs33 = errors;
if(typeof data9 == "number"){
if(data9 > 2100 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 < 1900 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var _valid1 = _errs32 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err33 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/date", data9);
var valid7 = _errs28 === errors;
var valid0 = _errs27 === errors;
}
if(data.url !== undefined){
let data10 = data.url;
const _errs34 = errors;
const _errs35 = errors;
const _errs36 = errors;
keyword0("url", instancePath+"/url", data10);
if(typeof data10 === "string"){
if(func3(data10) > 2048){
const err34 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data10) < 1){
const err35 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern3.test(data10)){
const err36 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"},message:"must match pattern \""+"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$"+"\"",schema:"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\\s]+$",parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid9 = _errs35 === errors;
var valid0 = _errs34 === errors;
}
if(data.links !== undefined){
let data11 = data.links;
const _errs37 = errors;
const _errs38 = errors;
if(Array.isArray(data11)){
let valid11 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
const _errs39 = errors;
if(!(validate25(data12, {instancePath:instancePath+"/links/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs39 === errors;
if(!valid10){
valid11 = false;
}
}
}
else {
const err38 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema205.properties.links.type,parentSchema:schema205.properties.links,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid0 = _errs37 === errors;
}
if(data.id !== undefined){
let data13 = data.id;
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
if(typeof data13 === "string"){
if(func3(data13) > 64){
const err39 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func3(data13) < 1){
const err40 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern7.test(data13)){
const err41 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var valid12 = _errs41 === errors;
var valid0 = _errs40 === errors;
}
if(data.tags !== undefined){
let data14 = data.tags;
const _errs43 = errors;
const _errs44 = errors;
const _errs45 = errors;
if(Array.isArray(data14)){
let valid15 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
const _errs46 = errors;
const _errs47 = errors;
if(typeof data15 === "string"){
if(func3(data15) > 64){
const err43 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern5.test(data15)){
const err44 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid14 = _errs46 === errors;
if(!valid14){
valid15 = false;
}
}
let valid16;
let i3 = data14.length;
let j0;
valid16 = true;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data14[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err46 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
valid16 = false;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err47 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid13 = _errs44 === errors;
var valid0 = _errs43 === errors;
}
if(data.priority !== undefined){
let data16 = data.priority;
const _errs48 = errors;
const _errs49 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err48 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.type,parentSchema:schema43,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const _errs50 = errors;
var valid17 = _errs49 === errors;
var valid0 = _errs48 === errors;
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema205.type,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}


function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema203.required,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema203.required,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema203.required,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema203.required,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "entries"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema203.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema203.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema203.properties.title.type,parentSchema:schema203.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema203.properties.kind.type,parentSchema:schema203.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs8 = errors;
if("patent" !== data2){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "patent"},message:"must be equal to constant",schema:"patent",parentSchema:schema203.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.entries !== undefined){
let data3 = data.entries;
const _errs9 = errors;
const _errs10 = errors;
if(Array.isArray(data3)){
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
if(!(validate97(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs11 === errors;
if(!valid2){
valid3 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema203.properties.entries.type,parentSchema:schema203.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema203.type,parentSchema:schema203,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.kind.type,parentSchema:schema29.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
const vSchema0 = schema29.properties.kind.enum;
if(!((((((((((((((((((((data0 === "education") || (data0 === "experience")) || (data0 === "award")) || (data0 === "grant")) || (data0 === "publication")) || (data0 === "project")) || (data0 === "talk")) || (data0 === "teaching")) || (data0 === "mentee")) || (data0 === "certification")) || (data0 === "service")) || (data0 === "membership")) || (data0 === "skills")) || (data0 === "entry")) || (data0 === "list")) || (data0 === "text")) || (data0 === "language")) || (data0 === "interest")) || (data0 === "reference")) || (data0 === "patent"))){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema29.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.kind.enum,parentSchema:schema29.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid0 = _errs2 === errors;
}
let valid1 = false;
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(false){
}
else if(tag0 === "education"){
const _errs4 = errors;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs4 === errors;
valid1 = valid2;
}
else if(tag0 === "experience"){
const _errs5 = errors;
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
else {
}
var valid3 = _errs5 === errors;
valid1 = valid3;
}
else if(tag0 === "award"){
const _errs6 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs6 === errors;
valid1 = valid4;
}
else if(tag0 === "grant"){
const _errs7 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
else {
}
var valid5 = _errs7 === errors;
valid1 = valid5;
}
else if(tag0 === "publication"){
const _errs8 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs8 === errors;
valid1 = valid6;
}
else if(tag0 === "project"){
const _errs9 = errors;
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs9 === errors;
valid1 = valid7;
}
else if(tag0 === "talk"){
const _errs10 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs10 === errors;
valid1 = valid8;
}
else if(tag0 === "teaching"){
const _errs11 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs11 === errors;
valid1 = valid9;
}
else if(tag0 === "mentee"){
const _errs12 = errors;
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs12 === errors;
valid1 = valid10;
}
else if(tag0 === "certification"){
const _errs13 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
else {
}
var valid11 = _errs13 === errors;
valid1 = valid11;
}
else if(tag0 === "service"){
const _errs14 = errors;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
else {
}
var valid12 = _errs14 === errors;
valid1 = valid12;
}
else if(tag0 === "membership"){
const _errs15 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs15 === errors;
valid1 = valid13;
}
else if(tag0 === "skills"){
const _errs16 = errors;
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
else {
}
var valid14 = _errs16 === errors;
valid1 = valid14;
}
else if(tag0 === "entry"){
const _errs17 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
else {
}
var valid15 = _errs17 === errors;
valid1 = valid15;
}
else if(tag0 === "list"){
const _errs18 = errors;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
else {
}
var valid16 = _errs18 === errors;
valid1 = valid16;
}
else if(tag0 === "text"){
const _errs19 = errors;
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs19 === errors;
valid1 = valid17;
}
else if(tag0 === "language"){
const _errs20 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
else {
}
var valid18 = _errs20 === errors;
valid1 = valid18;
}
else if(tag0 === "interest"){
const _errs21 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
else {
}
var valid19 = _errs21 === errors;
valid1 = valid19;
}
else if(tag0 === "reference"){
const _errs22 = errors;
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
else {
}
var valid20 = _errs22 === errors;
valid1 = valid20;
}
else if(tag0 === "patent"){
const _errs23 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
else {
}
var valid21 = _errs23 === errors;
valid1 = valid21;
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema29.discriminator,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema29.discriminator,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:cv:schema:cv" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sections === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.updated !== undefined){
let data0 = data.updated;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
let valid2 = false;
let passing0 = null;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data0 === "string"){
if(func3(data0) > 20){
const err3 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema12.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt]|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err6 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs8 = errors;
if(typeof data0 == "number"){
if(data0 > 2100 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < 1900 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err9 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
keyword0("date", instancePath+"/updated", data0);
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.lang !== undefined){
let data1 = data.lang;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 35){
const err10 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters",schema:35,parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data1) < 1){
const err11 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern1.test(data1)){
const err12 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.lang.type,parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid0 = _errs9 === errors;
}
if(data.name !== undefined){
let data2 = data.name;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data2 === "string"){
if(func3(data2) > 200){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data2) < 1){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid0 = _errs11 === errors;
}
if(data.aliases !== undefined){
let data3 = data.aliases;
const _errs13 = errors;
const _errs14 = errors;
if(Array.isArray(data3)){
let valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs15 = errors;
const _errs16 = errors;
if(typeof data4 === "string"){
if(func3(data4) > 200){
const err17 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.aliases.items,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func3(data4) < 1){
const err18 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.aliases.items,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aliases.items.type,parentSchema:schema11.properties.aliases.items,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs15 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err20 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.aliases.type,parentSchema:schema11.properties.aliases,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid0 = _errs13 === errors;
}
if(data.headline !== undefined){
let data5 = data.headline;
const _errs17 = errors;
const _errs18 = errors;
const _errs19 = errors;
keyword0("markup", instancePath+"/headline", data5);
if(typeof data5 === "string"){
if(func3(data5) > 1000){
const err21 = {instancePath:instancePath+"/headline",schemaPath:"#/definitions/ShortMarkup/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data5) < 1){
const err22 = {instancePath:instancePath+"/headline",schemaPath:"#/definitions/ShortMarkup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/headline",schemaPath:"#/definitions/ShortMarkup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid5 = _errs18 === errors;
var valid0 = _errs17 === errors;
}
if(data.contact !== undefined){
let data6 = data.contact;
const _errs20 = errors;
if(!(validate11(data6, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs20 === errors;
}
if(data.profiles !== undefined){
let data7 = data.profiles;
const _errs21 = errors;
const _errs22 = errors;
if(Array.isArray(data7)){
let valid7 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs23 = errors;
if(!(validate13(data8, {instancePath:instancePath+"/profiles/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs23 === errors;
if(!valid6){
valid7 = false;
}
}
}
else {
const err24 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.profiles.type,parentSchema:schema11.properties.profiles,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid0 = _errs21 === errors;
}
if(data.summary !== undefined){
let data9 = data.summary;
const _errs24 = errors;
if(!(validate15(data9, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs24 === errors;
}
if(data.sections !== undefined){
let data10 = data.sections;
const _errs25 = errors;
const _errs26 = errors;
if(Array.isArray(data10)){
let valid9 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs27 = errors;
if(!(validate21(data11, {instancePath:instancePath+"/sections/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs27 === errors;
if(!valid8){
valid9 = false;
}
}
}
else {
const err25 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sections.type,parentSchema:schema11.properties.sections,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid0 = _errs25 === errors;
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

