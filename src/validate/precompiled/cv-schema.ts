// Generated from schema/cv.schema.json by scripts/generate-validators.mjs; do not edit.
// @ts-nocheck
import runtime0 from 'ajv/dist/runtime/ucs2length.js';
import { recordRole } from '../role-sink.js';
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:cv:schema:cv","title":"cv.yaml","description":"One person's CV: a header and an ordered list of sections. The source for every PDF that `cv build` typesets.","type":"object","properties":{"updated":{"description":"When the CV was last updated; the build date when neither --date nor SOURCE_DATE_EPOCH is given.","$ref":"#/definitions/CvDate"},"lang":{"description":"Language of the CV as a BCP 47 tag, e.g. \"en-US\"; written into the PDF.","type":"string","minLength":1,"pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"name":{"description":"The owner's name as printed.","type":"string","minLength":1},"aliases":{"description":"Other spellings of the owner's name, used to find the owner in author lists, e.g. \"H. Park\".","type":"array","items":{"type":"string","minLength":1,"description":"One spelling."}},"headline":{"description":"One line under the name, e.g. a current position.","$ref":"#/definitions/Markup"},"contact":{"description":"How to reach the owner.","$ref":"#/definitions/Contact"},"profiles":{"description":"Profile links printed in the header, e.g. Google Scholar.","type":"array","items":{"$ref":"#/definitions/Link"}},"summary":{"description":"Summary under the header.","$ref":"#/definitions/Summary"},"sections":{"description":"Sections in their default order; layouts may reorder or drop them.","type":"array","items":{"$ref":"#/definitions/Section"}}},"required":["name","sections"],"additionalProperties":false,"definitions":{"Id":{"description":"A kebab-case identifier: lowercase letters, digits and hyphens, starting with a letter.","type":"string","minLength":1,"pattern":"^[a-z][a-z0-9-]*$"},"Tags":{"description":"Tags for selecting content per application; lowercase kebab-case words.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"One tag, e.g. \"academic\", \"industry\", \"visualization\"."},"uniqueItems":true},"Priority":{"description":"Importance of an entry; higher is more important (used when a one-page resume must drop content). Entries without one count as 0.","type":"integer"},"CvDate":{"description":"A date: \"YYYY\", \"YYYY-MM\", \"YYYY-MM-DD\", \"present\", or an academic term such as \"Fall 2019\". Write dates as quoted strings (\"2018-08\"); a bare year (2019) is also accepted as an integer between 1900 and 2100.","oneOf":[{"type":"string","description":"A date as text.","pattern":"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},{"type":"integer","description":"A bare year.","minimum":1900,"maximum":2100}],"x-cv-role":"date"},"Markup":{"description":"Text with inline markup: **bold**, *italic* and [label](url). In YAML, quote a value that starts with \"*\" (a plain scalar starting with \"*\" is an alias).","type":"string","minLength":1,"x-cv-role":"markup"},"Url":{"description":"A URL: http(s), mailto: or tel: only.","type":"string","minLength":1,"pattern":"^(https?://|mailto:|tel:)[^\\s]+$","x-cv-role":"url"},"Link":{"description":"A labelled link. A link whose target is unknown keeps its label and has no url.","type":"object","properties":{"label":{"description":"The visible text, e.g. \"PDF\", \"arXiv\", \"Demo\".","type":"string","minLength":1},"url":{"description":"Where the link points; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"required":["label"],"additionalProperties":false},"Highlight":{"description":"One bullet point: a Markup string, or an object when the bullet needs its own tags.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A bullet point with tags.","type":"object","properties":{"text":{"description":"The bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"}},"required":["text"],"additionalProperties":false}]},"Author":{"description":"An author: the name as printed, or an object with contribution marks. The owner is found by `name` or `aliases`.","oneOf":[{"description":"The author name as printed.","type":"string","minLength":1},{"description":"An author with marks.","type":"object","properties":{"name":{"description":"The author name as printed.","type":"string","minLength":1},"equal":{"description":"True if this author contributed equally with the other authors so marked (printed with a legend).","type":"boolean"},"corresponding":{"description":"True if this author is a corresponding author.","type":"boolean"}},"required":["name"],"additionalProperties":false}]},"Venue":{"description":"Where a work appeared.","type":"object","properties":{"name":{"description":"Full name of the conference, journal or workshop, e.g. \"IEEE Visualization Conference\".","type":"string","minLength":1},"short":{"description":"Short name or acronym, e.g. \"VIS\".","type":"string","minLength":1},"track":{"description":"Track or category within the venue, e.g. \"Late-Breaking Works\", \"Resource Track\", \"Arsenal\".","type":"string","minLength":1},"trackUrl":{"description":"Link for the track.","$ref":"#/definitions/Url"},"url":{"description":"Link for the venue itself.","$ref":"#/definitions/Url"},"note":{"description":"Extra words about the venue, e.g. \"co-located with NeurIPS 2019\".","$ref":"#/definitions/Markup"}},"required":["name"],"additionalProperties":false},"Stars":{"description":"A repository star count at a point in time.","type":"object","properties":{"count":{"description":"Number of stars.","type":"integer","minimum":0},"asOf":{"description":"When the stars were counted.","$ref":"#/definitions/CvDate"}},"required":["count","asOf"],"additionalProperties":false},"ServiceVenue":{"description":"One venue served, e.g. a conference reviewed for.","type":"object","properties":{"name":{"description":"Venue name, e.g. \"CIKM\".","type":"string","minLength":1},"date":{"description":"Year or date of the service.","$ref":"#/definitions/CvDate"}},"required":["name","date"],"additionalProperties":false},"Contact":{"description":"How to reach the owner.","type":"object","properties":{"email":{"description":"Email address.","type":"string","minLength":1,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},"website":{"description":"Personal website.","$ref":"#/definitions/Url"},"phone":{"description":"Phone number as printed.","type":"string","minLength":1},"location":{"description":"City, region or country as printed.","type":"string","minLength":1}},"required":["email"],"additionalProperties":false},"Summary":{"description":"The summary under the header: an intro line, bullets and a closing paragraph, all optional.","type":"object","properties":{"intro":{"description":"Opening sentence.","$ref":"#/definitions/Markup"},"bullets":{"description":"Bullet points after the intro.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"text":{"description":"Paragraph after the bullets.","$ref":"#/definitions/Markup"}},"additionalProperties":false},"EducationEntry":{"description":"A degree or course of study.","type":"object","properties":{"institution":{"description":"School or university.","type":"string","minLength":1},"degree":{"description":"Degree, e.g. \"Ph.D.\".","type":"string","minLength":1},"field":{"description":"Field of study, e.g. \"Computer Science\".","type":"string","minLength":1},"location":{"description":"Where the institution is.","type":"string","minLength":1},"start":{"description":"When this study began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this study ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"advisor":{"description":"Advisor, e.g. \"Dr. Polo Chau\".","$ref":"#/definitions/Markup"},"honors":{"description":"Honors, e.g. \"Graduated with honors (Cum Laude)\".","type":"array","items":{"type":"string","minLength":1,"description":"One honor."}},"highlights":{"description":"Bullet points for this degree.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this degree, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["institution","degree","start","end"],"additionalProperties":false},"ExperienceEntry":{"description":"A position held.","type":"object","properties":{"title":{"description":"Job or role title.","type":"string","minLength":1},"organization":{"description":"Employer or lab.","type":"string","minLength":1},"location":{"description":"Where the position was.","type":"string","minLength":1},"start":{"description":"When this position began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this position ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"mentors":{"description":"Mentors or supervisors, in the order printed.","type":"array","items":{"type":"string","minLength":1,"description":"One mentor name."}},"highlights":{"description":"Bullet points for this position.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this position, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","organization","start","end"],"additionalProperties":false},"AwardEntry":{"description":"An award, honor or scholarship.","type":"object","properties":{"title":{"description":"Name of the award.","type":"string","minLength":1},"issuer":{"description":"Who gave it.","type":"string","minLength":1},"date":{"description":"When it was received.","$ref":"#/definitions/CvDate"},"description":{"description":"More about the award.","$ref":"#/definitions/Markup"},"amount":{"description":"Monetary value as printed, e.g. \"$1,000\".","type":"string","minLength":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","date"],"additionalProperties":false},"GrantEntry":{"description":"A grant or funding received.","type":"object","properties":{"title":{"description":"Name of the grant.","type":"string","minLength":1},"funder":{"description":"Who funded it.","type":"string","minLength":1},"date":{"description":"When it was awarded.","$ref":"#/definitions/CvDate"},"amount":{"description":"The amount alone, as printed, e.g. \"$550\".","type":"string","minLength":1},"description":{"description":"The grant in a sentence; may repeat the amount, e.g. \"Funded $5,000 in AWS cloud credits\".","$ref":"#/definitions/Markup"},"coPIs":{"description":"Co-principal investigators, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One co-PI name."}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","date"],"additionalProperties":false},"PublicationEntry":{"description":"A paper, poster, demo or other publication. It needs a date unless it has a status (e.g. under review).","type":"object","properties":{"title":{"description":"Title of the work; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"authors":{"description":"All authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"},"minItems":1},"venue":{"description":"Where it appeared; omit for work not yet accepted.","$ref":"#/definitions/Venue"},"location":{"description":"Where the venue took place, e.g. \"Salt Lake City, UT, USA\".","type":"string","minLength":1},"date":{"description":"When it was published, usually the year.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of publication; layouts group and filter by it.","type":"string","enum":["journal","conference","workshop","demo","poster","late-breaking","preprint","abstract","thesis","other"]},"status":{"description":"Publication status for work not yet out, e.g. \"Under review of AAAI 2021 demo\".","type":"string","minLength":1},"note":{"description":"A note printed with the entry.","$ref":"#/definitions/Markup"},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"description":"One award."}},"links":{"description":"Links for this publication, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"doi":{"description":"DOI without the resolver prefix, e.g. \"10.1109/VIS47514.2020.00061\".","type":"string","minLength":1,"pattern":"^10\\.[0-9]{4,9}/\\S+$"},"id":{"description":"Optional stable id for this publication, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this publication for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","authors","type"],"additionalProperties":false,"anyOf":[{"properties":{"date":true},"required":["date"]},{"properties":{"status":true},"required":["status"]}]},"ProjectEntry":{"description":"A research or software project. Give either a date or a start (with an optional end).","type":"object","properties":{"title":{"description":"Project name; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"date":{"description":"When the project was done or published (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this project began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this project ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword."}},"description":{"description":"What the project is.","$ref":"#/definitions/Markup"},"note":{"description":"A note, e.g. where it was published.","$ref":"#/definitions/Markup"},"authors":{"description":"Contributors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"organization":{"description":"Organization the project was done with or for.","type":"string","minLength":1},"location":{"description":"Where the organization is.","type":"string","minLength":1},"links":{"description":"Links for this project, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"stars":{"description":"Repository stars at a point in time.","$ref":"#/definitions/Stars"},"highlights":{"description":"Bullet points for this project.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"id":{"description":"Optional stable id for this project, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this project for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this project is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false,"anyOf":[{"properties":{"date":true},"required":["date"]},{"properties":{"start":true},"required":["start"]}]},"TalkEntry":{"description":"A talk, presentation or tutorial.","type":"object","properties":{"title":{"description":"Title of the talk; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"authors":{"description":"Speakers or authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"date":{"description":"When it was given.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of presentation as printed, e.g. \"Talk\", \"Poster Presentation\", \"Oral Presentation\", \"Tutorial\".","type":"string","minLength":1},"event":{"description":"Event where it was given, e.g. \"IEEE Big Data\".","type":"string","minLength":1},"location":{"description":"Where the event took place.","type":"string","minLength":1},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword."}},"description":{"description":"What the talk was about or where it was presented.","$ref":"#/definitions/Markup"},"links":{"description":"Links for this talk, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this talk, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this talk for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this talk is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"TeachingEntry":{"description":"A teaching position.","type":"object","properties":{"title":{"description":"Role, e.g. \"Graduate Teaching Assistant\".","type":"string","minLength":1},"institution":{"description":"School or university.","type":"string","minLength":1},"location":{"description":"Where the institution is.","type":"string","minLength":1},"course":{"description":"Course name.","type":"string","minLength":1},"courseCode":{"description":"Course code, e.g. \"CSE 6242\".","type":"string","minLength":1},"instructor":{"description":"Instructor of the course.","type":"string","minLength":1},"start":{"description":"When this teaching began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this teaching ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","institution","course","start"],"additionalProperties":false},"MenteeEntry":{"description":"A student mentored.","type":"object","properties":{"name":{"description":"Mentee name.","type":"string","minLength":1},"degree":{"description":"Mentee's degree program, e.g. \"B.S. in Computer Science\".","type":"string","minLength":1},"institution":{"description":"Mentee's institution.","type":"string","minLength":1},"topics":{"description":"Topics worked on, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One topic."}},"awards":{"description":"Awards the mentee received.","type":"array","items":{"type":"string","minLength":1,"description":"One award as printed."}},"start":{"description":"When this mentoring began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this mentoring ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name","start","end"],"additionalProperties":false},"CertificationEntry":{"description":"A license or certification.","type":"object","properties":{"title":{"description":"Name of the certificate.","type":"string","minLength":1},"issuer":{"description":"Who issued it.","type":"string","minLength":1},"date":{"description":"When it was issued.","$ref":"#/definitions/CvDate"},"url":{"description":"Where it can be verified.","$ref":"#/definitions/Url"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"ServiceEntry":{"description":"A service role, e.g. reviewer, with the venues served.","type":"object","properties":{"role":{"description":"Role, e.g. \"Reviewer\".","type":"string","minLength":1},"venues":{"description":"Venues served, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceVenue"},"minItems":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["role","venues"],"additionalProperties":false},"MembershipEntry":{"description":"A professional membership.","type":"object","properties":{"organization":{"description":"Full name of the organization.","type":"string","minLength":1},"short":{"description":"Acronym, e.g. \"IEEE\".","type":"string","minLength":1},"since":{"description":"When the membership began.","$ref":"#/definitions/CvDate"},"note":{"description":"A note printed with the membership.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["organization","since"],"additionalProperties":false},"SkillsEntry":{"description":"A category of skills.","type":"object","properties":{"category":{"description":"Category name, e.g. \"Programming Languages\".","type":"string","minLength":1},"items":{"description":"Skills in this category, in display order.","type":"array","items":{"type":"string","minLength":1,"description":"One skill."}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["category","items"],"additionalProperties":false},"GenericEntry":{"description":"A generic entry for anything the other kinds do not cover. Give a date or start/end, or neither.","type":"object","properties":{"title":{"description":"Entry title; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"subtitle":{"description":"Second line, e.g. an organization.","type":"string","minLength":1},"location":{"description":"Where it took place.","type":"string","minLength":1},"date":{"description":"A single date (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this entry began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this entry ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"description":{"description":"Paragraph about the entry.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this entry.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this entry, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false},"ListItem":{"description":"One item of a bulleted list: a Markup string, or an object when the item needs tags or a priority.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A list item with tags.","type":"object","properties":{"text":{"description":"The item text.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this item, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this item for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this item is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["text"],"additionalProperties":false}]},"EducationSection":{"description":"A section of kind \"education\": Degrees.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"education"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/EducationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ExperienceSection":{"description":"A section of kind \"experience\": Positions held.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"experience"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ExperienceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"AwardSection":{"description":"A section of kind \"award\": Awards and honors.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"award"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/AwardEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"GrantSection":{"description":"A section of kind \"grant\": Grants and funding.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"grant"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GrantEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"PublicationSection":{"description":"A section of kind \"publication\": Publications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"publication"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/PublicationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ProjectSection":{"description":"A section of kind \"project\": Projects.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"project"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ProjectEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"TalkSection":{"description":"A section of kind \"talk\": Talks, presentations and tutorials.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"talk"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TalkEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"TeachingSection":{"description":"A section of kind \"teaching\": Teaching positions.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"teaching"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TeachingEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"MenteeSection":{"description":"A section of kind \"mentee\": Students mentored.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"mentee"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MenteeEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"CertificationSection":{"description":"A section of kind \"certification\": Licenses and certifications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"certification"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/CertificationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ServiceSection":{"description":"A section of kind \"service\": Professional service.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"service"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"MembershipSection":{"description":"A section of kind \"membership\": Professional memberships.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"membership"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MembershipEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"SkillsSection":{"description":"A section of kind \"skills\": Skills by category.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"skills"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/SkillsEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"GenericSection":{"description":"A section of kind \"entry\": Generic entries with a title, dates and text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"entry"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GenericEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"ListSection":{"description":"A section of kind \"list\": A bulleted list.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"list"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ListItem"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"TextSection":{"description":"A section of kind \"text\": Paragraphs of text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"text"},"entries":{"description":"Paragraphs, in order.","type":"array","items":{"$ref":"#/definitions/Markup"}}},"required":["id","title","kind","entries"],"additionalProperties":false},"Section":{"description":"A titled section whose entries are all of one kind; `kind` decides the shape of the entries.","type":"object","properties":{"kind":{"description":"Kind of the entries in this section; decides which fields an entry has.","type":"string","enum":["education","experience","award","grant","publication","project","talk","teaching","mentee","certification","service","membership","skills","entry","list","text"]}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/definitions/EducationSection"},{"$ref":"#/definitions/ExperienceSection"},{"$ref":"#/definitions/AwardSection"},{"$ref":"#/definitions/GrantSection"},{"$ref":"#/definitions/PublicationSection"},{"$ref":"#/definitions/ProjectSection"},{"$ref":"#/definitions/TalkSection"},{"$ref":"#/definitions/TeachingSection"},{"$ref":"#/definitions/MenteeSection"},{"$ref":"#/definitions/CertificationSection"},{"$ref":"#/definitions/ServiceSection"},{"$ref":"#/definitions/MembershipSection"},{"$ref":"#/definitions/SkillsSection"},{"$ref":"#/definitions/GenericSection"},{"$ref":"#/definitions/ListSection"},{"$ref":"#/definitions/TextSection"}]}}};
const schema12 = {"description":"A date: \"YYYY\", \"YYYY-MM\", \"YYYY-MM-DD\", \"present\", or an academic term such as \"Fall 2019\". Write dates as quoted strings (\"2018-08\"); a bare year (2019) is also accepted as an integer between 1900 and 2100.","oneOf":[{"type":"string","description":"A date as text.","pattern":"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},{"type":"integer","description":"A bare year.","minimum":1900,"maximum":2100}],"x-cv-role":"date"};
const schema13 = {"description":"Text with inline markup: **bold**, *italic* and [label](url). In YAML, quote a value that starts with \"*\" (a plain scalar starting with \"*\" is an alias).","type":"string","minLength":1,"x-cv-role":"markup"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$", "u");
const pattern1 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const keyword0 = recordRole;
const schema14 = {"description":"How to reach the owner.","type":"object","properties":{"email":{"description":"Email address.","type":"string","minLength":1,"pattern":"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},"website":{"description":"Personal website.","$ref":"#/definitions/Url"},"phone":{"description":"Phone number as printed.","type":"string","minLength":1},"location":{"description":"City, region or country as printed.","type":"string","minLength":1}},"required":["email"],"additionalProperties":false};
const schema15 = {"description":"A URL: http(s), mailto: or tel: only.","type":"string","minLength":1,"pattern":"^(https?://|mailto:|tel:)[^\\s]+$","x-cv-role":"url"};
const pattern2 = new RegExp("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "u");
const pattern3 = new RegExp("^(https?://|mailto:|tel:)[^\\s]+$", "u");

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
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"+"\"",schema:"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",parentSchema:schema14.properties.email,data:data0};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.email.type,parentSchema:schema14.properties.email,data:data0};
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
if(data.website !== undefined){
let data1 = data.website;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
keyword0("url", instancePath+"/website", data1);
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^(https?://|mailto:|tel:)[^\\s]+$"},message:"must match pattern \""+"^(https?://|mailto:|tel:)[^\\s]+$"+"\"",schema:"^(https?://|mailto:|tel:)[^\\s]+$",parentSchema:schema15,data:data1};
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
const err7 = {instancePath:instancePath+"/website",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.phone,data:data2};
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
const err9 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.phone.type,parentSchema:schema14.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.location,data:data3};
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
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.location.type,parentSchema:schema14.properties.location,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"description":"A labelled link. A link whose target is unknown keeps its label and has no url.","type":"object","properties":{"label":{"description":"The visible text, e.g. \"PDF\", \"arXiv\", \"Demo\".","type":"string","minLength":1},"url":{"description":"Where the link points; omit when unknown rather than inventing one.","$ref":"#/definitions/Url"}},"required":["label"],"additionalProperties":false};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema16.required,parentSchema:schema16,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
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
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.label,data:data0};
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
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.label.type,parentSchema:schema16.properties.label,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data1)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^(https?://|mailto:|tel:)[^\\s]+$"},message:"must match pattern \""+"^(https?://|mailto:|tel:)[^\\s]+$"+"\"",schema:"^(https?://|mailto:|tel:)[^\\s]+$",parentSchema:schema15,data:data1};
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
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
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
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema18 = {"description":"The summary under the header: an intro line, bullets and a closing paragraph, all optional.","type":"object","properties":{"intro":{"description":"Opening sentence.","$ref":"#/definitions/Markup"},"bullets":{"description":"Bullet points after the intro.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"text":{"description":"Paragraph after the bullets.","$ref":"#/definitions/Markup"}},"additionalProperties":false};
const schema20 = {"description":"One bullet point: a Markup string, or an object when the bullet needs its own tags.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A bullet point with tags.","type":"object","properties":{"text":{"description":"The bullet text.","$ref":"#/definitions/Markup"},"tags":{"description":"Tags that select this bullet for one application.","$ref":"#/definitions/Tags"}},"required":["text"],"additionalProperties":false}]};
const schema23 = {"description":"Tags for selecting content per application; lowercase kebab-case words.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"One tag, e.g. \"academic\", \"industry\", \"visualization\"."},"uniqueItems":true};
const pattern5 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");

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
if(func3(data) < 1){
const err0 = {instancePath,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema20.oneOf[1].required,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
for(const key0 in data){
if(!((key0 === "text") || (key0 === "tags"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(!pattern5.test(data2)){
const err6 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data2};
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
const err7 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs11 === errors;
var valid2 = _errs10 === errors;
}
}
else {
const err10 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.oneOf[1].type,parentSchema:schema20.oneOf[1],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.oneOf,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/intro",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err2 = {instancePath:instancePath+"/intro",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
const err3 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.bullets.type,parentSchema:schema18.properties.bullets,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data3) < 1){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data3};
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
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs9 === errors;
var valid0 = _errs8 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema25 = {"description":"A titled section whose entries are all of one kind; `kind` decides the shape of the entries.","type":"object","properties":{"kind":{"description":"Kind of the entries in this section; decides which fields an entry has.","type":"string","enum":["education","experience","award","grant","publication","project","talk","teaching","mentee","certification","service","membership","skills","entry","list","text"]}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/definitions/EducationSection"},{"$ref":"#/definitions/ExperienceSection"},{"$ref":"#/definitions/AwardSection"},{"$ref":"#/definitions/GrantSection"},{"$ref":"#/definitions/PublicationSection"},{"$ref":"#/definitions/ProjectSection"},{"$ref":"#/definitions/TalkSection"},{"$ref":"#/definitions/TeachingSection"},{"$ref":"#/definitions/MenteeSection"},{"$ref":"#/definitions/CertificationSection"},{"$ref":"#/definitions/ServiceSection"},{"$ref":"#/definitions/MembershipSection"},{"$ref":"#/definitions/SkillsSection"},{"$ref":"#/definitions/GenericSection"},{"$ref":"#/definitions/ListSection"},{"$ref":"#/definitions/TextSection"}]};
const schema26 = {"description":"A section of kind \"education\": Degrees.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"education"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/EducationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema27 = {"description":"A kebab-case identifier: lowercase letters, digits and hyphens, starting with a letter.","type":"string","minLength":1,"pattern":"^[a-z][a-z0-9-]*$"};
const pattern6 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const schema28 = {"description":"A degree or course of study.","type":"object","properties":{"institution":{"description":"School or university.","type":"string","minLength":1},"degree":{"description":"Degree, e.g. \"Ph.D.\".","type":"string","minLength":1},"field":{"description":"Field of study, e.g. \"Computer Science\".","type":"string","minLength":1},"location":{"description":"Where the institution is.","type":"string","minLength":1},"start":{"description":"When this study began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this study ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"advisor":{"description":"Advisor, e.g. \"Dr. Polo Chau\".","$ref":"#/definitions/Markup"},"honors":{"description":"Honors, e.g. \"Graduated with honors (Cum Laude)\".","type":"array","items":{"type":"string","minLength":1,"description":"One honor."}},"highlights":{"description":"Bullet points for this degree.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this degree, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["institution","degree","start","end"],"additionalProperties":false};
const schema34 = {"description":"Importance of an entry; higher is more important (used when a one-page resume must drop content). Entries without one count as 0.","type":"integer"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.degree === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "degree"},message:"must have required property '"+"degree"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.start === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.end === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema28.required,parentSchema:schema28,data};
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
if(!(func2.call(schema28.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.institution !== undefined){
let data0 = data.institution;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.institution,data:data0};
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
const err6 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.institution.type,parentSchema:schema28.properties.institution,data:data0};
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
if(data.degree !== undefined){
let data1 = data.degree;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.degree,data:data1};
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
const err8 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.degree.type,parentSchema:schema28.properties.degree,data:data1};
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
if(data.field !== undefined){
let data2 = data.field;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.field,data:data2};
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
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.field.type,parentSchema:schema28.properties.field,data:data2};
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
if(func3(data3) < 1){
const err11 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.location,data:data3};
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
const err12 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.location.type,parentSchema:schema28.properties.location,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
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
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs16 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(!pattern0.test(data5)){
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data5};
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
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs23 = errors;
if(typeof data5 == "number"){
if(data5 > 2100 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.advisor !== undefined){
let data6 = data.advisor;
const _errs24 = errors;
const _errs25 = errors;
const _errs26 = errors;
keyword0("markup", instancePath+"/advisor", data6);
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err25 = {instancePath:instancePath+"/advisor",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data6};
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
const err26 = {instancePath:instancePath+"/advisor",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid5 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
if(data.honors !== undefined){
let data7 = data.honors;
const _errs27 = errors;
const _errs28 = errors;
if(Array.isArray(data7)){
let valid7 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs29 = errors;
const _errs30 = errors;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err27 = {instancePath:instancePath+"/honors/" + i0,schemaPath:"#/properties/honors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.honors.items,data:data8};
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
const err28 = {instancePath:instancePath+"/honors/" + i0,schemaPath:"#/properties/honors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.honors.items.type,parentSchema:schema28.properties.honors.items,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid6 = _errs29 === errors;
if(!valid6){
valid7 = false;
}
}
}
else {
const err29 = {instancePath:instancePath+"/honors",schemaPath:"#/properties/honors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.honors.type,parentSchema:schema28.properties.honors,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid0 = _errs27 === errors;
}
if(data.highlights !== undefined){
let data9 = data.highlights;
const _errs31 = errors;
const _errs32 = errors;
if(Array.isArray(data9)){
let valid9 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs33 = errors;
if(!(validate16(data10, {instancePath:instancePath+"/highlights/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs33 === errors;
if(!valid8){
valid9 = false;
}
}
}
else {
const err30 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.highlights.type,parentSchema:schema28.properties.highlights,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid0 = _errs31 === errors;
}
if(data.links !== undefined){
let data11 = data.links;
const _errs34 = errors;
const _errs35 = errors;
if(Array.isArray(data11)){
let valid11 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs36 = errors;
if(!(validate13(data12, {instancePath:instancePath+"/links/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs36 === errors;
if(!valid10){
valid11 = false;
}
}
}
else {
const err31 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.links.type,parentSchema:schema28.properties.links,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid0 = _errs34 === errors;
}
if(data.id !== undefined){
let data13 = data.id;
const _errs37 = errors;
const _errs38 = errors;
const _errs39 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err32 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern6.test(data13)){
const err33 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data13};
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
const err34 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid12 = _errs38 === errors;
var valid0 = _errs37 === errors;
}
if(data.tags !== undefined){
let data14 = data.tags;
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
if(Array.isArray(data14)){
let valid15 = true;
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
const _errs43 = errors;
const _errs44 = errors;
if(typeof data15 === "string"){
if(!pattern5.test(data15)){
const err35 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data15};
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
const err36 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid14 = _errs43 === errors;
if(!valid14){
valid15 = false;
}
}
let valid16;
let i4 = data14.length;
let j0;
valid16 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data14[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err37 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
valid16 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err38 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid13 = _errs41 === errors;
var valid0 = _errs40 === errors;
}
if(data.priority !== undefined){
let data16 = data.priority;
const _errs45 = errors;
const _errs46 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err39 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs47 = errors;
var valid17 = _errs46 === errors;
var valid0 = _errs45 === errors;
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema26.required,parentSchema:schema26,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.title.type,parentSchema:schema26.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.kind.type,parentSchema:schema26.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("education" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "education"},message:"must be equal to constant",schema:"education",parentSchema:schema26.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate21(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.entries.type,parentSchema:schema26.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema35 = {"description":"A section of kind \"experience\": Positions held.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"experience"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ExperienceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema37 = {"description":"A position held.","type":"object","properties":{"title":{"description":"Job or role title.","type":"string","minLength":1},"organization":{"description":"Employer or lab.","type":"string","minLength":1},"location":{"description":"Where the position was.","type":"string","minLength":1},"start":{"description":"When this position began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this position ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"mentors":{"description":"Mentors or supervisors, in the order printed.","type":"array","items":{"type":"string","minLength":1,"description":"One mentor name."}},"highlights":{"description":"Bullet points for this position.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this position, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","organization","start","end"],"additionalProperties":false};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organization === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.start === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.end === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema37.required,parentSchema:schema37,data};
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
if(!(func2.call(schema37.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.title,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.title.type,parentSchema:schema37.properties.title,data:data0};
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
if(data.organization !== undefined){
let data1 = data.organization;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.organization,data:data1};
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
const err8 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.organization.type,parentSchema:schema37.properties.organization,data:data1};
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
if(data.location !== undefined){
let data2 = data.location;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.location,data:data2};
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
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.location.type,parentSchema:schema37.properties.location,data:data2};
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
if(!pattern0.test(data3)){
const err11 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
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
const err12 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs14 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(!pattern0.test(data4)){
const err17 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
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
const err18 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs21 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(data.mentors !== undefined){
let data5 = data.mentors;
const _errs22 = errors;
const _errs23 = errors;
if(Array.isArray(data5)){
let valid6 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs24 = errors;
const _errs25 = errors;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err23 = {instancePath:instancePath+"/mentors/" + i0,schemaPath:"#/properties/mentors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.mentors.items,data:data6};
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
const err24 = {instancePath:instancePath+"/mentors/" + i0,schemaPath:"#/properties/mentors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.mentors.items.type,parentSchema:schema37.properties.mentors.items,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid5 = _errs24 === errors;
if(!valid5){
valid6 = false;
}
}
}
else {
const err25 = {instancePath:instancePath+"/mentors",schemaPath:"#/properties/mentors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.mentors.type,parentSchema:schema37.properties.mentors,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid0 = _errs22 === errors;
}
if(data.highlights !== undefined){
let data7 = data.highlights;
const _errs26 = errors;
const _errs27 = errors;
if(Array.isArray(data7)){
let valid8 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs28 = errors;
if(!(validate16(data8, {instancePath:instancePath+"/highlights/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs28 === errors;
if(!valid7){
valid8 = false;
}
}
}
else {
const err26 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.highlights.type,parentSchema:schema37.properties.highlights,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid0 = _errs26 === errors;
}
if(data.links !== undefined){
let data9 = data.links;
const _errs29 = errors;
const _errs30 = errors;
if(Array.isArray(data9)){
let valid10 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs31 = errors;
if(!(validate13(data10, {instancePath:instancePath+"/links/" + i2,parentData:data9,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs31 === errors;
if(!valid9){
valid10 = false;
}
}
}
else {
const err27 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.links.type,parentSchema:schema37.properties.links,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid0 = _errs29 === errors;
}
if(data.id !== undefined){
let data11 = data.id;
const _errs32 = errors;
const _errs33 = errors;
const _errs34 = errors;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err28 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern6.test(data11)){
const err29 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data11};
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
const err30 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid11 = _errs33 === errors;
var valid0 = _errs32 === errors;
}
if(data.tags !== undefined){
let data12 = data.tags;
const _errs35 = errors;
const _errs36 = errors;
const _errs37 = errors;
if(Array.isArray(data12)){
let valid14 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs38 = errors;
const _errs39 = errors;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err31 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data13};
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
const err32 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid13 = _errs38 === errors;
if(!valid13){
valid14 = false;
}
}
let valid15;
let i4 = data12.length;
let j0;
valid15 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data12[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
valid15 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid12 = _errs36 === errors;
var valid0 = _errs35 === errors;
}
if(data.priority !== undefined){
let data14 = data.priority;
const _errs40 = errors;
const _errs41 = errors;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err35 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs42 = errors;
var valid16 = _errs41 === errors;
var valid0 = _errs40 === errors;
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema35.required,parentSchema:schema35,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.title.type,parentSchema:schema35.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.kind.type,parentSchema:schema35.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("experience" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "experience"},message:"must be equal to constant",schema:"experience",parentSchema:schema35.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate26(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.entries.type,parentSchema:schema35.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema43 = {"description":"A section of kind \"award\": Awards and honors.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"award"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/AwardEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema45 = {"description":"An award, honor or scholarship.","type":"object","properties":{"title":{"description":"Name of the award.","type":"string","minLength":1},"issuer":{"description":"Who gave it.","type":"string","minLength":1},"date":{"description":"When it was received.","$ref":"#/definitions/CvDate"},"description":{"description":"More about the award.","$ref":"#/definitions/Markup"},"amount":{"description":"Monetary value as printed, e.g. \"$1,000\".","type":"string","minLength":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","date"],"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema45.required,parentSchema:schema45,data};
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
if(!((((((((key0 === "title") || (key0 === "issuer")) || (key0 === "date")) || (key0 === "description")) || (key0 === "amount")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.title,data:data0};
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
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.title.type,parentSchema:schema45.properties.title,data:data0};
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
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.issuer,data:data1};
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
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.issuer.type,parentSchema:schema45.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
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
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data3};
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
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.amount,data:data4};
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
const err16 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.amount.type,parentSchema:schema45.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(func3(data5) < 1){
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern6.test(data5)){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data5};
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
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(!pattern5.test(data7)){
const err20 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data7};
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
const err21 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
const err23 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
const err24 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs28 = errors;
var valid9 = _errs27 === errors;
var valid0 = _errs26 === errors;
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema43.required,parentSchema:schema43,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.title.type,parentSchema:schema43.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.kind.type,parentSchema:schema43.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("award" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "award"},message:"must be equal to constant",schema:"award",parentSchema:schema43.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate31(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.entries.type,parentSchema:schema43.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema51 = {"description":"A section of kind \"grant\": Grants and funding.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"grant"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GrantEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema53 = {"description":"A grant or funding received.","type":"object","properties":{"title":{"description":"Name of the grant.","type":"string","minLength":1},"funder":{"description":"Who funded it.","type":"string","minLength":1},"date":{"description":"When it was awarded.","$ref":"#/definitions/CvDate"},"amount":{"description":"The amount alone, as printed, e.g. \"$550\".","type":"string","minLength":1},"description":{"description":"The grant in a sentence; may repeat the amount, e.g. \"Funded $5,000 in AWS cloud credits\".","$ref":"#/definitions/Markup"},"coPIs":{"description":"Co-principal investigators, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One co-PI name."}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","date"],"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema53.required,parentSchema:schema53,data};
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
if(!(func2.call(schema53.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.title,data:data0};
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
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.title.type,parentSchema:schema53.properties.title,data:data0};
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
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.funder,data:data1};
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
const err6 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.funder.type,parentSchema:schema53.properties.funder,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
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
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.amount,data:data3};
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
const err14 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.amount.type,parentSchema:schema53.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data4};
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
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(func3(data6) < 1){
const err17 = {instancePath:instancePath+"/coPIs/" + i0,schemaPath:"#/properties/coPIs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.coPIs.items,data:data6};
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
const err18 = {instancePath:instancePath+"/coPIs/" + i0,schemaPath:"#/properties/coPIs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.coPIs.items.type,parentSchema:schema53.properties.coPIs.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/coPIs",schemaPath:"#/properties/coPIs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.coPIs.type,parentSchema:schema53.properties.coPIs,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(func3(data7) < 1){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern6.test(data7)){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data7};
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
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(!pattern5.test(data9)){
const err23 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data9};
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
const err24 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
const err25 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
const err26 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
const err27 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs32 = errors;
var valid11 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema51.required,parentSchema:schema51,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.title.type,parentSchema:schema51.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.kind.type,parentSchema:schema51.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("grant" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "grant"},message:"must be equal to constant",schema:"grant",parentSchema:schema51.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.entries.type,parentSchema:schema51.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema59 = {"description":"A section of kind \"publication\": Publications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"publication"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/PublicationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema61 = {"description":"A paper, poster, demo or other publication. It needs a date unless it has a status (e.g. under review).","type":"object","properties":{"title":{"description":"Title of the work; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"authors":{"description":"All authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"},"minItems":1},"venue":{"description":"Where it appeared; omit for work not yet accepted.","$ref":"#/definitions/Venue"},"location":{"description":"Where the venue took place, e.g. \"Salt Lake City, UT, USA\".","type":"string","minLength":1},"date":{"description":"When it was published, usually the year.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of publication; layouts group and filter by it.","type":"string","enum":["journal","conference","workshop","demo","poster","late-breaking","preprint","abstract","thesis","other"]},"status":{"description":"Publication status for work not yet out, e.g. \"Under review of AAAI 2021 demo\".","type":"string","minLength":1},"note":{"description":"A note printed with the entry.","$ref":"#/definitions/Markup"},"awards":{"description":"Awards the paper received, e.g. \"Best Paper Award\".","type":"array","items":{"type":"string","minLength":1,"description":"One award."}},"links":{"description":"Links for this publication, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"selected":{"description":"True for the owner's strongest work; layouts can show selected publications only.","type":"boolean"},"doi":{"description":"DOI without the resolver prefix, e.g. \"10.1109/VIS47514.2020.00061\".","type":"string","minLength":1,"pattern":"^10\\.[0-9]{4,9}/\\S+$"},"id":{"description":"Optional stable id for this publication, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this publication for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this publication is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","authors","type"],"additionalProperties":false,"anyOf":[{"properties":{"date":true},"required":["date"]},{"properties":{"status":true},"required":["status"]}]};
const schema63 = {"description":"An author: the name as printed, or an object with contribution marks. The owner is found by `name` or `aliases`.","oneOf":[{"description":"The author name as printed.","type":"string","minLength":1},{"description":"An author with marks.","type":"object","properties":{"name":{"description":"The author name as printed.","type":"string","minLength":1},"equal":{"description":"True if this author contributed equally with the other authors so marked (printed with a legend).","type":"boolean"},"corresponding":{"description":"True if this author is a corresponding author.","type":"boolean"}},"required":["name"],"additionalProperties":false}]};
const schema64 = {"description":"Where a work appeared.","type":"object","properties":{"name":{"description":"Full name of the conference, journal or workshop, e.g. \"IEEE Visualization Conference\".","type":"string","minLength":1},"short":{"description":"Short name or acronym, e.g. \"VIS\".","type":"string","minLength":1},"track":{"description":"Track or category within the venue, e.g. \"Late-Breaking Works\", \"Resource Track\", \"Arsenal\".","type":"string","minLength":1},"trackUrl":{"description":"Link for the track.","$ref":"#/definitions/Url"},"url":{"description":"Link for the venue itself.","$ref":"#/definitions/Url"},"note":{"description":"Extra words about the venue, e.g. \"co-located with NeurIPS 2019\".","$ref":"#/definitions/Markup"}},"required":["name"],"additionalProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.required,parentSchema:schema64,data};
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
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.name,data:data0};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.name.type,parentSchema:schema64.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.short,data:data1};
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
const err5 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.short.type,parentSchema:schema64.properties.short,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/track",schemaPath:"#/properties/track/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.track,data:data2};
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
const err7 = {instancePath:instancePath+"/track",schemaPath:"#/properties/track/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.track.type,parentSchema:schema64.properties.track,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern3.test(data3)){
const err9 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^(https?://|mailto:|tel:)[^\\s]+$"},message:"must match pattern \""+"^(https?://|mailto:|tel:)[^\\s]+$"+"\"",schema:"^(https?://|mailto:|tel:)[^\\s]+$",parentSchema:schema15,data:data3};
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
const err10 = {instancePath:instancePath+"/trackUrl",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(func3(data4) < 1){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern3.test(data4)){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^(https?://|mailto:|tel:)[^\\s]+$"},message:"must match pattern \""+"^(https?://|mailto:|tel:)[^\\s]+$"+"\"",schema:"^(https?://|mailto:|tel:)[^\\s]+$",parentSchema:schema15,data:data4};
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
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(func3(data5) < 1){
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data5};
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
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs15 === errors;
var valid0 = _errs14 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const pattern28 = new RegExp("^10\\.[0-9]{4,9}/\\S+$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema61.anyOf[0].required,parentSchema:schema61.anyOf[0],data};
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
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema61.anyOf[1].required,parentSchema:schema61.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema61.anyOf,parentSchema:schema61,data};
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
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.authors === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"},message:"must have required property '"+"authors"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema61.required,parentSchema:schema61,data};
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
if(!(func2.call(schema61.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs6 === errors;
var valid1 = _errs5 === errors;
}
if(data.authors !== undefined){
let data1 = data.authors;
const _errs8 = errors;
const _errs9 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
let valid4 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
let valid6 = false;
let passing0 = null;
const _errs13 = errors;
const _errs14 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[0],data:data2};
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
const err11 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[0].type,parentSchema:schema63.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid6 = true;
passing0 = 0;
}
const _errs15 = errors;
const _errs16 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err12 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.oneOf[1].required,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs17 = errors;
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err13 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs18 = errors;
const _errs19 = errors;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[1].properties.name,data:data3};
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
const err15 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[1].properties.name.type,parentSchema:schema63.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid7 = _errs18 === errors;
}
if(data2.equal !== undefined){
let data4 = data2.equal;
const _errs20 = errors;
if(typeof data4 !== "boolean"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.equal.type,parentSchema:schema63.oneOf[1].properties.equal,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs21 = errors;
var valid7 = _errs20 === errors;
}
if(data2.corresponding !== undefined){
let data5 = data2.corresponding;
const _errs22 = errors;
if(typeof data5 !== "boolean"){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.corresponding.type,parentSchema:schema63.oneOf[1].properties.corresponding,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs23 = errors;
var valid7 = _errs22 === errors;
}
}
else {
const err18 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.oneOf[1].type,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err19 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema63.oneOf,parentSchema:schema63,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
var valid5 = _errs11 === errors;
var valid3 = _errs10 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err20 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.authors.type,parentSchema:schema61.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid1 = _errs8 === errors;
}
if(data.venue !== undefined){
let data6 = data.venue;
const _errs24 = errors;
if(!(validate38(data6, {instancePath:instancePath+"/venue",parentData:data,parentDataProperty:"venue",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs24 === errors;
}
if(data.location !== undefined){
let data7 = data.location;
const _errs25 = errors;
const _errs26 = errors;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err21 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.location,data:data7};
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
const err22 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.location.type,parentSchema:schema61.properties.location,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid1 = _errs25 === errors;
}
if(data.date !== undefined){
let data8 = data.date;
const _errs27 = errors;
const _errs28 = errors;
const _errs29 = errors;
let valid9 = false;
let passing1 = null;
const _errs30 = errors;
const _errs31 = errors;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err23 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data8};
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
const err24 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs30 === errors;
if(_valid2){
valid9 = true;
passing1 = 0;
}
const _errs32 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err25 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs33 = errors;
if(typeof data8 == "number"){
if(data8 > 2100 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8 < 1900 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid2 = _errs32 === errors;
if(_valid2 && valid9){
valid9 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid9 = true;
passing1 = 1;
}
}
if(!valid9){
const err28 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
keyword0("date", instancePath+"/date", data8);
var valid8 = _errs28 === errors;
var valid1 = _errs27 === errors;
}
if(data.type !== undefined){
let data9 = data.type;
const _errs34 = errors;
if(typeof data9 !== "string"){
const err29 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.type.type,parentSchema:schema61.properties.type,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const _errs35 = errors;
const vSchema0 = schema61.properties.type.enum;
if(!((((((((((data9 === "journal") || (data9 === "conference")) || (data9 === "workshop")) || (data9 === "demo")) || (data9 === "poster")) || (data9 === "late-breaking")) || (data9 === "preprint")) || (data9 === "abstract")) || (data9 === "thesis")) || (data9 === "other"))){
const err30 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema61.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.type.enum,parentSchema:schema61.properties.type,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid1 = _errs34 === errors;
}
if(data.status !== undefined){
let data10 = data.status;
const _errs36 = errors;
const _errs37 = errors;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err31 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.status,data:data10};
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
const err32 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.status.type,parentSchema:schema61.properties.status,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid1 = _errs36 === errors;
}
if(data.note !== undefined){
let data11 = data.note;
const _errs38 = errors;
const _errs39 = errors;
const _errs40 = errors;
keyword0("markup", instancePath+"/note", data11);
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err33 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data11};
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
const err34 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid10 = _errs39 === errors;
var valid1 = _errs38 === errors;
}
if(data.awards !== undefined){
let data12 = data.awards;
const _errs41 = errors;
const _errs42 = errors;
if(Array.isArray(data12)){
let valid12 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs43 = errors;
const _errs44 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err35 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.awards.items,data:data13};
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
const err36 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.awards.items.type,parentSchema:schema61.properties.awards.items,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid11 = _errs43 === errors;
if(!valid11){
valid12 = false;
}
}
}
else {
const err37 = {instancePath:instancePath+"/awards",schemaPath:"#/properties/awards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.awards.type,parentSchema:schema61.properties.awards,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid1 = _errs41 === errors;
}
if(data.links !== undefined){
let data14 = data.links;
const _errs45 = errors;
const _errs46 = errors;
if(Array.isArray(data14)){
let valid14 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
const _errs47 = errors;
if(!(validate13(data15, {instancePath:instancePath+"/links/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs47 === errors;
if(!valid13){
valid14 = false;
}
}
}
else {
const err38 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.links.type,parentSchema:schema61.properties.links,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid1 = _errs45 === errors;
}
if(data.selected !== undefined){
let data16 = data.selected;
const _errs48 = errors;
if(typeof data16 !== "boolean"){
const err39 = {instancePath:instancePath+"/selected",schemaPath:"#/properties/selected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.properties.selected.type,parentSchema:schema61.properties.selected,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs49 = errors;
var valid1 = _errs48 === errors;
}
if(data.doi !== undefined){
let data17 = data.doi;
const _errs50 = errors;
const _errs51 = errors;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err40 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.doi,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern28.test(data17)){
const err41 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/pattern",keyword:"pattern",params:{pattern: "^10\\.[0-9]{4,9}/\\S+$"},message:"must match pattern \""+"^10\\.[0-9]{4,9}/\\S+$"+"\"",schema:"^10\\.[0-9]{4,9}/\\S+$",parentSchema:schema61.properties.doi,data:data17};
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
const err42 = {instancePath:instancePath+"/doi",schemaPath:"#/properties/doi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.doi.type,parentSchema:schema61.properties.doi,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var valid1 = _errs50 === errors;
}
if(data.id !== undefined){
let data18 = data.id;
const _errs52 = errors;
const _errs53 = errors;
const _errs54 = errors;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern6.test(data18)){
const err44 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data18};
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
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid15 = _errs53 === errors;
var valid1 = _errs52 === errors;
}
if(data.tags !== undefined){
let data19 = data.tags;
const _errs55 = errors;
const _errs56 = errors;
const _errs57 = errors;
if(Array.isArray(data19)){
let valid18 = true;
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
const _errs58 = errors;
const _errs59 = errors;
if(typeof data20 === "string"){
if(!pattern5.test(data20)){
const err46 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data20};
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
const err47 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid17 = _errs58 === errors;
if(!valid17){
valid18 = false;
}
}
let valid19;
let i4 = data19.length;
let j0;
valid19 = true;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data19[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
valid19 = false;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err49 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid16 = _errs56 === errors;
var valid1 = _errs55 === errors;
}
if(data.priority !== undefined){
let data21 = data.priority;
const _errs60 = errors;
const _errs61 = errors;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err50 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const _errs62 = errors;
var valid20 = _errs61 === errors;
var valid1 = _errs60 === errors;
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema59.required,parentSchema:schema59,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.title.type,parentSchema:schema59.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kind.type,parentSchema:schema59.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("publication" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "publication"},message:"must be equal to constant",schema:"publication",parentSchema:schema59.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.entries.type,parentSchema:schema59.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema73 = {"description":"A section of kind \"project\": Projects.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"project"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ProjectEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema75 = {"description":"A research or software project. Give either a date or a start (with an optional end).","type":"object","properties":{"title":{"description":"Project name; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"date":{"description":"When the project was done or published (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this project began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this project ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword."}},"description":{"description":"What the project is.","$ref":"#/definitions/Markup"},"note":{"description":"A note, e.g. where it was published.","$ref":"#/definitions/Markup"},"authors":{"description":"Contributors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"organization":{"description":"Organization the project was done with or for.","type":"string","minLength":1},"location":{"description":"Where the organization is.","type":"string","minLength":1},"links":{"description":"Links for this project, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"stars":{"description":"Repository stars at a point in time.","$ref":"#/definitions/Stars"},"highlights":{"description":"Bullet points for this project.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"id":{"description":"Optional stable id for this project, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this project for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this project is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false,"anyOf":[{"properties":{"date":true},"required":["date"]},{"properties":{"start":true},"required":["start"]}]};
const schema83 = {"description":"A repository star count at a point in time.","type":"object","properties":{"count":{"description":"Number of stars.","type":"integer","minimum":0},"asOf":{"description":"When the stars were counted.","$ref":"#/definitions/CvDate"}},"required":["count","asOf"],"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.asOf === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "asOf"},message:"must have required property '"+"asOf"+"'",schema:schema83.required,parentSchema:schema83,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
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
const err3 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema83.properties.count.type,parentSchema:schema83.properties.count,data:data0};
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
const err4 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema83.properties.count,data:data0};
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
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
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
const err6 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs10 = errors;
if(typeof data1 == "number"){
if(data1 > 2100 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 1900 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema75.anyOf[0].required,parentSchema:schema75.anyOf[0],data};
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
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema75.anyOf[1].required,parentSchema:schema75.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.anyOf,parentSchema:schema75,data};
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
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs4 = errors;
for(const key0 in data){
if(!(func2.call(schema75.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
keyword0("markup", instancePath+"/title", data0);
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs6 === errors;
var valid1 = _errs5 === errors;
}
if(data.date !== undefined){
let data1 = data.date;
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
let valid4 = false;
let passing0 = null;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
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
var _valid1 = _errs11 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs13 = errors;
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
const _errs14 = errors;
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
var _valid1 = _errs13 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
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
keyword0("date", instancePath+"/date", data1);
var valid3 = _errs9 === errors;
var valid1 = _errs8 === errors;
}
if(data.start !== undefined){
let data2 = data.start;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
let valid6 = false;
let passing1 = null;
const _errs18 = errors;
const _errs19 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
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
var _valid2 = _errs18 === errors;
if(_valid2){
valid6 = true;
passing1 = 0;
}
const _errs20 = errors;
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
const _errs21 = errors;
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
var _valid2 = _errs20 === errors;
if(_valid2 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
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
keyword0("date", instancePath+"/start", data2);
var valid5 = _errs16 === errors;
var valid1 = _errs15 === errors;
}
if(data.end !== undefined){
let data3 = data.end;
const _errs22 = errors;
const _errs23 = errors;
const _errs24 = errors;
let valid8 = false;
let passing2 = null;
const _errs25 = errors;
const _errs26 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
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
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs25 === errors;
if(_valid3){
valid8 = true;
passing2 = 0;
}
const _errs27 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs28 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid3 = _errs27 === errors;
if(_valid3 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
keyword0("date", instancePath+"/end", data3);
var valid7 = _errs23 === errors;
var valid1 = _errs22 === errors;
}
if(data.keywords !== undefined){
let data4 = data.keywords;
const _errs29 = errors;
const _errs30 = errors;
if(Array.isArray(data4)){
let valid10 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs31 = errors;
const _errs32 = errors;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err25 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.keywords.items,data:data5};
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
const err26 = {instancePath:instancePath+"/keywords/" + i0,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.keywords.items.type,parentSchema:schema75.properties.keywords.items,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid9 = _errs31 === errors;
if(!valid9){
valid10 = false;
}
}
}
else {
const err27 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.keywords.type,parentSchema:schema75.properties.keywords,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid1 = _errs29 === errors;
}
if(data.description !== undefined){
let data6 = data.description;
const _errs33 = errors;
const _errs34 = errors;
const _errs35 = errors;
keyword0("markup", instancePath+"/description", data6);
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err28 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data6};
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
const err29 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid11 = _errs34 === errors;
var valid1 = _errs33 === errors;
}
if(data.note !== undefined){
let data7 = data.note;
const _errs36 = errors;
const _errs37 = errors;
const _errs38 = errors;
keyword0("markup", instancePath+"/note", data7);
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err30 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data7};
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
const err31 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid12 = _errs37 === errors;
var valid1 = _errs36 === errors;
}
if(data.authors !== undefined){
let data8 = data.authors;
const _errs39 = errors;
const _errs40 = errors;
if(Array.isArray(data8)){
let valid14 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs41 = errors;
const _errs42 = errors;
const _errs43 = errors;
let valid16 = false;
let passing3 = null;
const _errs44 = errors;
const _errs45 = errors;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err32 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[0],data:data9};
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
const err33 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[0].type,parentSchema:schema63.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid4 = _errs44 === errors;
if(_valid4){
valid16 = true;
passing3 = 0;
}
const _errs46 = errors;
const _errs47 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err34 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.oneOf[1].required,parentSchema:schema63.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs48 = errors;
for(const key1 in data9){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err35 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
const _errs49 = errors;
const _errs50 = errors;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err36 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[1].properties.name,data:data10};
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
const err37 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[1].properties.name.type,parentSchema:schema63.oneOf[1].properties.name,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid17 = _errs49 === errors;
}
if(data9.equal !== undefined){
let data11 = data9.equal;
const _errs51 = errors;
if(typeof data11 !== "boolean"){
const err38 = {instancePath:instancePath+"/authors/" + i1+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.equal.type,parentSchema:schema63.oneOf[1].properties.equal,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const _errs52 = errors;
var valid17 = _errs51 === errors;
}
if(data9.corresponding !== undefined){
let data12 = data9.corresponding;
const _errs53 = errors;
if(typeof data12 !== "boolean"){
const err39 = {instancePath:instancePath+"/authors/" + i1+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.corresponding.type,parentSchema:schema63.oneOf[1].properties.corresponding,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs54 = errors;
var valid17 = _errs53 === errors;
}
}
else {
const err40 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.oneOf[1].type,parentSchema:schema63.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs46 === errors;
if(_valid4 && valid16){
valid16 = false;
passing3 = [passing3, 1];
}
else {
if(_valid4){
valid16 = true;
passing3 = 1;
}
}
if(!valid16){
const err41 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema63.oneOf,parentSchema:schema63,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs42 === errors;
var valid13 = _errs41 === errors;
if(!valid13){
valid14 = false;
}
}
}
else {
const err42 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.authors.type,parentSchema:schema75.properties.authors,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var valid1 = _errs39 === errors;
}
if(data.organization !== undefined){
let data13 = data.organization;
const _errs55 = errors;
const _errs56 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err43 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.organization,data:data13};
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
const err44 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.organization.type,parentSchema:schema75.properties.organization,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid1 = _errs55 === errors;
}
if(data.location !== undefined){
let data14 = data.location;
const _errs57 = errors;
const _errs58 = errors;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err45 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.properties.location,data:data14};
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
const err46 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.location.type,parentSchema:schema75.properties.location,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid1 = _errs57 === errors;
}
if(data.links !== undefined){
let data15 = data.links;
const _errs59 = errors;
const _errs60 = errors;
if(Array.isArray(data15)){
let valid19 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
const _errs61 = errors;
if(!(validate13(data16, {instancePath:instancePath+"/links/" + i2,parentData:data15,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var valid18 = _errs61 === errors;
if(!valid18){
valid19 = false;
}
}
}
else {
const err47 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.links.type,parentSchema:schema75.properties.links,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid1 = _errs59 === errors;
}
if(data.stars !== undefined){
let data17 = data.stars;
const _errs62 = errors;
if(!(validate45(data17, {instancePath:instancePath+"/stars",parentData:data,parentDataProperty:"stars",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs62 === errors;
}
if(data.highlights !== undefined){
let data18 = data.highlights;
const _errs63 = errors;
const _errs64 = errors;
if(Array.isArray(data18)){
let valid21 = true;
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
const _errs65 = errors;
if(!(validate16(data19, {instancePath:instancePath+"/highlights/" + i3,parentData:data18,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var valid20 = _errs65 === errors;
if(!valid20){
valid21 = false;
}
}
}
else {
const err48 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.highlights.type,parentSchema:schema75.properties.highlights,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid1 = _errs63 === errors;
}
if(data.id !== undefined){
let data20 = data.id;
const _errs66 = errors;
const _errs67 = errors;
const _errs68 = errors;
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err49 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern6.test(data20)){
const err50 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data20};
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
const err51 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid22 = _errs67 === errors;
var valid1 = _errs66 === errors;
}
if(data.tags !== undefined){
let data21 = data.tags;
const _errs69 = errors;
const _errs70 = errors;
const _errs71 = errors;
if(Array.isArray(data21)){
let valid25 = true;
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
let data22 = data21[i4];
const _errs72 = errors;
const _errs73 = errors;
if(typeof data22 === "string"){
if(!pattern5.test(data22)){
const err52 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var valid24 = _errs72 === errors;
if(!valid24){
valid25 = false;
}
}
let valid26;
let i5 = data21.length;
let j0;
valid26 = true;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data21[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err54 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
valid26 = false;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err55 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid23 = _errs70 === errors;
var valid1 = _errs69 === errors;
}
if(data.priority !== undefined){
let data23 = data.priority;
const _errs74 = errors;
const _errs75 = errors;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err56 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const _errs76 = errors;
var valid27 = _errs75 === errors;
var valid1 = _errs74 === errors;
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema73.required,parentSchema:schema73,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.title.type,parentSchema:schema73.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.kind.type,parentSchema:schema73.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("project" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "project"},message:"must be equal to constant",schema:"project",parentSchema:schema73.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate43(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.entries.type,parentSchema:schema73.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema88 = {"description":"A section of kind \"talk\": Talks, presentations and tutorials.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"talk"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TalkEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema90 = {"description":"A talk, presentation or tutorial.","type":"object","properties":{"title":{"description":"Title of the talk; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"authors":{"description":"Speakers or authors, in order.","type":"array","items":{"$ref":"#/definitions/Author"}},"date":{"description":"When it was given.","$ref":"#/definitions/CvDate"},"type":{"description":"Kind of presentation as printed, e.g. \"Talk\", \"Poster Presentation\", \"Oral Presentation\", \"Tutorial\".","type":"string","minLength":1},"event":{"description":"Event where it was given, e.g. \"IEEE Big Data\".","type":"string","minLength":1},"location":{"description":"Where the event took place.","type":"string","minLength":1},"keywords":{"description":"Keywords, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One keyword."}},"description":{"description":"What the talk was about or where it was presented.","$ref":"#/definitions/Markup"},"links":{"description":"Links for this talk, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this talk, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this talk for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this talk is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
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
if(func3(data2) < 1){
const err4 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[0],data:data2};
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
const err5 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[0].type,parentSchema:schema63.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
const err6 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema63.oneOf[1].required,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "equal")) || (key1 === "corresponding"))){
const err7 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.oneOf[1].properties.name,data:data3};
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
const err9 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/definitions/Author/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.oneOf[1].properties.name.type,parentSchema:schema63.oneOf[1].properties.name,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid6 = _errs15 === errors;
}
if(data2.equal !== undefined){
let data4 = data2.equal;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/authors/" + i0+"/equal",schemaPath:"#/definitions/Author/oneOf/1/properties/equal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.equal.type,parentSchema:schema63.oneOf[1].properties.equal,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/authors/" + i0+"/corresponding",schemaPath:"#/definitions/Author/oneOf/1/properties/corresponding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.oneOf[1].properties.corresponding.type,parentSchema:schema63.oneOf[1].properties.corresponding,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
var valid6 = _errs19 === errors;
}
}
else {
const err12 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.oneOf[1].type,parentSchema:schema63.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/definitions/Author/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema63.oneOf,parentSchema:schema63,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.authors.type,parentSchema:schema90.properties.authors,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(!pattern0.test(data6)){
const err15 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data6};
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
const err16 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const err17 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs27 = errors;
if(typeof data6 == "number"){
if(data6 > 2100 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6 < 1900 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data6};
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
keyword0("date", instancePath+"/date", data6);
var valid7 = _errs22 === errors;
var valid0 = _errs21 === errors;
}
if(data.type !== undefined){
let data7 = data.type;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err21 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.type,data:data7};
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
const err22 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.type.type,parentSchema:schema90.properties.type,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(func3(data8) < 1){
const err23 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.event,data:data8};
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
const err24 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.event.type,parentSchema:schema90.properties.event,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(func3(data9) < 1){
const err25 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.location,data:data9};
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
const err26 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.location.type,parentSchema:schema90.properties.location,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(func3(data11) < 1){
const err27 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema90.properties.keywords.items,data:data11};
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
const err28 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.keywords.items.type,parentSchema:schema90.properties.keywords.items,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
const err29 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.keywords.type,parentSchema:schema90.properties.keywords,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
if(func3(data12) < 1){
const err30 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data12};
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
const err31 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
if(!(validate13(data14, {instancePath:instancePath+"/links/" + i2,parentData:data13,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
const err32 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.links.type,parentSchema:schema90.properties.links,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
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
if(func3(data15) < 1){
const err33 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern6.test(data15)){
const err34 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data15};
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
const err35 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
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
if(!pattern5.test(data17)){
const err36 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data17};
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
const err37 = {instancePath:instancePath+"/tags/" + i3,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
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
const err38 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema23,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
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
const err39 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
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
const err40 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const _errs54 = errors;
var valid19 = _errs53 === errors;
var valid0 = _errs52 === errors;
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.title.type,parentSchema:schema88.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.kind.type,parentSchema:schema88.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("talk" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "talk"},message:"must be equal to constant",schema:"talk",parentSchema:schema88.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate50(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.entries.type,parentSchema:schema88.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

const schema98 = {"description":"A section of kind \"teaching\": Teaching positions.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"teaching"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/TeachingEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema100 = {"description":"A teaching position.","type":"object","properties":{"title":{"description":"Role, e.g. \"Graduate Teaching Assistant\".","type":"string","minLength":1},"institution":{"description":"School or university.","type":"string","minLength":1},"location":{"description":"Where the institution is.","type":"string","minLength":1},"course":{"description":"Course name.","type":"string","minLength":1},"courseCode":{"description":"Course code, e.g. \"CSE 6242\".","type":"string","minLength":1},"instructor":{"description":"Instructor of the course.","type":"string","minLength":1},"start":{"description":"When this teaching began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this teaching ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title","institution","course","start"],"additionalProperties":false};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.institution === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.course === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "course"},message:"must have required property '"+"course"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.start === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema100.required,parentSchema:schema100,data};
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
if(!(func2.call(schema100.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.title,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.title.type,parentSchema:schema100.properties.title,data:data0};
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
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.institution,data:data1};
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
const err8 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.institution.type,parentSchema:schema100.properties.institution,data:data1};
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
if(data.location !== undefined){
let data2 = data.location;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.location,data:data2};
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
const err10 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.location.type,parentSchema:schema100.properties.location,data:data2};
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
if(data.course !== undefined){
let data3 = data.course;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err11 = {instancePath:instancePath+"/course",schemaPath:"#/properties/course/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.course,data:data3};
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
const err12 = {instancePath:instancePath+"/course",schemaPath:"#/properties/course/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.course.type,parentSchema:schema100.properties.course,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/courseCode",schemaPath:"#/properties/courseCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.courseCode,data:data4};
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
const err14 = {instancePath:instancePath+"/courseCode",schemaPath:"#/properties/courseCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.courseCode.type,parentSchema:schema100.properties.courseCode,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(func3(data5) < 1){
const err15 = {instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.instructor,data:data5};
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
const err16 = {instancePath:instancePath+"/instructor",schemaPath:"#/properties/instructor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.instructor.type,parentSchema:schema100.properties.instructor,data:data5};
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
if(!pattern0.test(data6)){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data6};
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
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs20 = errors;
if(typeof data6 == "number"){
if(data6 > 2100 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < 1900 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(!pattern0.test(data7)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data7};
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
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs27 = errors;
if(typeof data7 == "number"){
if(data7 > 2100 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7 < 1900 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
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
const err28 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
if(data.id !== undefined){
let data8 = data.id;
const _errs28 = errors;
const _errs29 = errors;
const _errs30 = errors;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err29 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern6.test(data8)){
const err30 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data8};
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
const err31 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid5 = _errs29 === errors;
var valid0 = _errs28 === errors;
}
if(data.tags !== undefined){
let data9 = data.tags;
const _errs31 = errors;
const _errs32 = errors;
const _errs33 = errors;
if(Array.isArray(data9)){
let valid8 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs34 = errors;
const _errs35 = errors;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err32 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data10};
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
const err33 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid7 = _errs34 === errors;
if(!valid7){
valid8 = false;
}
}
let valid9;
let i1 = data9.length;
let j0;
valid9 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
valid9 = false;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err35 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid6 = _errs32 === errors;
var valid0 = _errs31 === errors;
}
if(data.priority !== undefined){
let data11 = data.priority;
const _errs36 = errors;
const _errs37 = errors;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err36 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const _errs38 = errors;
var valid10 = _errs37 === errors;
var valid0 = _errs36 === errors;
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema98.required,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema98.required,parentSchema:schema98,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema98,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.properties.title.type,parentSchema:schema98.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.properties.kind.type,parentSchema:schema98.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("teaching" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "teaching"},message:"must be equal to constant",schema:"teaching",parentSchema:schema98.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate54(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema98.properties.entries.type,parentSchema:schema98.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema98.type,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

const schema106 = {"description":"A section of kind \"mentee\": Students mentored.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"mentee"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MenteeEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema108 = {"description":"A student mentored.","type":"object","properties":{"name":{"description":"Mentee name.","type":"string","minLength":1},"degree":{"description":"Mentee's degree program, e.g. \"B.S. in Computer Science\".","type":"string","minLength":1},"institution":{"description":"Mentee's institution.","type":"string","minLength":1},"topics":{"description":"Topics worked on, in order.","type":"array","items":{"type":"string","minLength":1,"description":"One topic."}},"awards":{"description":"Awards the mentee received.","type":"array","items":{"type":"string","minLength":1,"description":"One award as printed."}},"start":{"description":"When this mentoring began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this mentoring ended; \"present\" if it is ongoing.","$ref":"#/definitions/CvDate"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["name","start","end"],"additionalProperties":false};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema108.required,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema108.required,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.end === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema108.required,parentSchema:schema108,data};
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
if(!(func2.call(schema108.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema108.properties.name,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.properties.name.type,parentSchema:schema108.properties.name,data:data0};
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
if(data.degree !== undefined){
let data1 = data.degree;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema108.properties.degree,data:data1};
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
const err7 = {instancePath:instancePath+"/degree",schemaPath:"#/properties/degree/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.properties.degree.type,parentSchema:schema108.properties.degree,data:data1};
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
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema108.properties.institution,data:data2};
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
const err9 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.properties.institution.type,parentSchema:schema108.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/topics/" + i0,schemaPath:"#/properties/topics/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema108.properties.topics.items,data:data4};
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
const err11 = {instancePath:instancePath+"/topics/" + i0,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.properties.topics.items.type,parentSchema:schema108.properties.topics.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.properties.topics.type,parentSchema:schema108.properties.topics,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(func3(data6) < 1){
const err13 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema108.properties.awards.items,data:data6};
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
const err14 = {instancePath:instancePath+"/awards/" + i1,schemaPath:"#/properties/awards/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.properties.awards.items.type,parentSchema:schema108.properties.awards.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/awards",schemaPath:"#/properties/awards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.properties.awards.type,parentSchema:schema108.properties.awards,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(!pattern0.test(data7)){
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data7};
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
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs22 = errors;
if(typeof data7 == "number"){
if(data7 > 2100 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 1900 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
if(!pattern0.test(data8)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data8};
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
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs29 = errors;
if(typeof data8 == "number"){
if(data8 > 2100 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 1900 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data8};
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
const err27 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data8};
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
keyword0("date", instancePath+"/end", data8);
var valid7 = _errs24 === errors;
var valid0 = _errs23 === errors;
}
if(data.id !== undefined){
let data9 = data.id;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err28 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern6.test(data9)){
const err29 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data9};
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
const err30 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid9 = _errs31 === errors;
var valid0 = _errs30 === errors;
}
if(data.tags !== undefined){
let data10 = data.tags;
const _errs33 = errors;
const _errs34 = errors;
const _errs35 = errors;
if(Array.isArray(data10)){
let valid12 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs36 = errors;
const _errs37 = errors;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err31 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data11};
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
const err32 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid11 = _errs36 === errors;
if(!valid11){
valid12 = false;
}
}
let valid13;
let i3 = data10.length;
let j0;
valid13 = true;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data10[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema23,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
valid13 = false;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid10 = _errs34 === errors;
var valid0 = _errs33 === errors;
}
if(data.priority !== undefined){
let data12 = data.priority;
const _errs38 = errors;
const _errs39 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err35 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs40 = errors;
var valid14 = _errs39 === errors;
var valid0 = _errs38 === errors;
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema108.type,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema106.required,parentSchema:schema106,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.title.type,parentSchema:schema106.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.kind.type,parentSchema:schema106.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("mentee" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "mentee"},message:"must be equal to constant",schema:"mentee",parentSchema:schema106.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate57(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.entries.type,parentSchema:schema106.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

const schema114 = {"description":"A section of kind \"certification\": Licenses and certifications.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"certification"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/CertificationEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema116 = {"description":"A license or certification.","type":"object","properties":{"title":{"description":"Name of the certificate.","type":"string","minLength":1},"issuer":{"description":"Who issued it.","type":"string","minLength":1},"date":{"description":"When it was issued.","$ref":"#/definitions/CvDate"},"url":{"description":"Where it can be verified.","$ref":"#/definitions/Url"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "issuer")) || (key0 === "date")) || (key0 === "url")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
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
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.title,data:data0};
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
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.title.type,parentSchema:schema116.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.issuer,data:data1};
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
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.issuer.type,parentSchema:schema116.properties.issuer,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
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
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern3.test(data3)){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/pattern",keyword:"pattern",params:{pattern: "^(https?://|mailto:|tel:)[^\\s]+$"},message:"must match pattern \""+"^(https?://|mailto:|tel:)[^\\s]+$"+"\"",schema:"^(https?://|mailto:|tel:)[^\\s]+$",parentSchema:schema15,data:data3};
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
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/definitions/Url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data4)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data4};
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
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(!pattern5.test(data6)){
const err18 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
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
const err19 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs26 = errors;
var valid9 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema114.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.title.type,parentSchema:schema114.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.kind.type,parentSchema:schema114.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("certification" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "certification"},message:"must be equal to constant",schema:"certification",parentSchema:schema114.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate60(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema114.properties.entries.type,parentSchema:schema114.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema122 = {"description":"A section of kind \"service\": Professional service.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"service"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema124 = {"description":"A service role, e.g. reviewer, with the venues served.","type":"object","properties":{"role":{"description":"Role, e.g. \"Reviewer\".","type":"string","minLength":1},"venues":{"description":"Venues served, in display order.","type":"array","items":{"$ref":"#/definitions/ServiceVenue"},"minItems":1},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["role","venues"],"additionalProperties":false};
const schema125 = {"description":"One venue served, e.g. a conference reviewed for.","type":"object","properties":{"name":{"description":"Venue name, e.g. \"CIKM\".","type":"string","minLength":1},"date":{"description":"Year or date of the service.","$ref":"#/definitions/CvDate"}},"required":["name","date"],"additionalProperties":false};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema125.required,parentSchema:schema125,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema125,data};
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
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data1};
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
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs10 = errors;
if(typeof data1 == "number"){
if(data1 > 2100 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 1900 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema124.required,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.venues === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "venues"},message:"must have required property '"+"venues"+"'",schema:schema124.required,parentSchema:schema124,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema124,data};
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
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema124.properties.role,data:data0};
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
const err4 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema124.properties.role.type,parentSchema:schema124.properties.role,data:data0};
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
if(data.venues !== undefined){
let data1 = data.venues;
const _errs4 = errors;
const _errs5 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/venues",schemaPath:"#/properties/venues/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema124.properties.venues,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(!(validate64(data2, {instancePath:instancePath+"/venues/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
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
const err6 = {instancePath:instancePath+"/venues",schemaPath:"#/properties/venues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema124.properties.venues.type,parentSchema:schema124.properties.venues,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern6.test(data3)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data3};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(!pattern5.test(data5)){
const err10 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data5};
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
const err11 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs17 = errors;
var valid8 = _errs16 === errors;
var valid0 = _errs15 === errors;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema124.type,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema122.required,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema122.required,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema122.required,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema122.required,parentSchema:schema122,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema122,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema122.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.title.type,parentSchema:schema122.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.kind.type,parentSchema:schema122.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("service" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "service"},message:"must be equal to constant",schema:"service",parentSchema:schema122.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate63(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema122.properties.entries.type,parentSchema:schema122.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema130 = {"description":"A section of kind \"membership\": Professional memberships.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"membership"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/MembershipEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema132 = {"description":"A professional membership.","type":"object","properties":{"organization":{"description":"Full name of the organization.","type":"string","minLength":1},"short":{"description":"Acronym, e.g. \"IEEE\".","type":"string","minLength":1},"since":{"description":"When the membership began.","$ref":"#/definitions/CvDate"},"note":{"description":"A note printed with the membership.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["organization","since"],"additionalProperties":false};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.organization === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.since === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'",schema:schema132.required,parentSchema:schema132,data};
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
if(!(((((((key0 === "organization") || (key0 === "short")) || (key0 === "since")) || (key0 === "note")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.organization !== undefined){
let data0 = data.organization;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.organization,data:data0};
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
const err4 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.organization.type,parentSchema:schema132.properties.organization,data:data0};
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
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.short,data:data1};
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
const err6 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.short.type,parentSchema:schema132.properties.short,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data2};
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
const err8 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs12 = errors;
if(typeof data2 == "number"){
if(data2 > 2100 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1900 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/since",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data3};
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
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(func3(data4) < 1){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern6.test(data4)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data4};
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
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(!pattern5.test(data6)){
const err18 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data6};
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
const err19 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs26 = errors;
var valid9 = _errs25 === errors;
var valid0 = _errs24 === errors;
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema130.required,parentSchema:schema130,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema130,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.title.type,parentSchema:schema130.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.kind.type,parentSchema:schema130.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("membership" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "membership"},message:"must be equal to constant",schema:"membership",parentSchema:schema130.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.entries.type,parentSchema:schema130.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.type,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema138 = {"description":"A section of kind \"skills\": Skills by category.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"skills"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/SkillsEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema140 = {"description":"A category of skills.","type":"object","properties":{"category":{"description":"Category name, e.g. \"Programming Languages\".","type":"string","minLength":1},"items":{"description":"Skills in this category, in display order.","type":"array","items":{"type":"string","minLength":1,"description":"One skill."}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["category","items"],"additionalProperties":false};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.category === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.items === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema140.required,parentSchema:schema140,data};
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
if(!(((((key0 === "category") || (key0 === "items")) || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.category !== undefined){
let data0 = data.category;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema140.properties.category,data:data0};
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
const err4 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.category.type,parentSchema:schema140.properties.category,data:data0};
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
if(data.items !== undefined){
let data1 = data.items;
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
if(func3(data2) < 1){
const err5 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema140.properties.items.items,data:data2};
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
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.items.items.type,parentSchema:schema140.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.items.type,parentSchema:schema140.properties.items,data:data1};
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
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern6.test(data3)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data3};
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
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(!pattern5.test(data5)){
const err11 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data5};
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
const err12 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs18 = errors;
var valid8 = _errs17 === errors;
var valid0 = _errs16 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.type,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema138.required,parentSchema:schema138,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema138,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema138.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.properties.title.type,parentSchema:schema138.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.properties.kind.type,parentSchema:schema138.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("skills" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "skills"},message:"must be equal to constant",schema:"skills",parentSchema:schema138.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate71(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.properties.entries.type,parentSchema:schema138.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema138.type,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

const schema144 = {"description":"A section of kind \"entry\": Generic entries with a title, dates and text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"entry"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/GenericEntry"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema146 = {"description":"A generic entry for anything the other kinds do not cover. Give a date or start/end, or neither.","type":"object","properties":{"title":{"description":"Entry title; may use inline markup, e.g. *italic* for a species or a system name.","$ref":"#/definitions/Markup"},"subtitle":{"description":"Second line, e.g. an organization.","type":"string","minLength":1},"location":{"description":"Where it took place.","type":"string","minLength":1},"date":{"description":"A single date (use this or start/end).","$ref":"#/definitions/CvDate"},"start":{"description":"When this entry began.","$ref":"#/definitions/CvDate"},"end":{"description":"When this entry ended; \"present\" if it is ongoing. Omit for a single date or term.","$ref":"#/definitions/CvDate"},"description":{"description":"Paragraph about the entry.","$ref":"#/definitions/Markup"},"highlights":{"description":"Bullet points for this entry.","type":"array","items":{"$ref":"#/definitions/Highlight"}},"links":{"description":"Links for this entry, in display order.","type":"array","items":{"$ref":"#/definitions/Link"}},"id":{"description":"Optional stable id for this entry, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this entry for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this entry is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["title"],"additionalProperties":false};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema146.required,parentSchema:schema146,data};
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
if(!(func2.call(schema146.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema146,data};
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
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
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
if(data.subtitle !== undefined){
let data1 = data.subtitle;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema146.properties.subtitle,data:data1};
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
const err5 = {instancePath:instancePath+"/subtitle",schemaPath:"#/properties/subtitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema146.properties.subtitle.type,parentSchema:schema146.properties.subtitle,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema146.properties.location,data:data2};
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
const err7 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema146.properties.location.type,parentSchema:schema146.properties.location,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(!pattern0.test(data3)){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data3};
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
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs15 = errors;
if(typeof data3 == "number"){
if(data3 > 2100 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1900 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(!pattern0.test(data4)){
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data4};
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
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
const err16 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs22 = errors;
if(typeof data4 == "number"){
if(data4 > 2100 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 1900 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(!pattern0.test(data5)){
const err20 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data5};
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
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs29 = errors;
if(typeof data5 == "number"){
if(data5 > 2100 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
const err25 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
if(func3(data6) < 1){
const err26 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data6};
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
const err27 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
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
const err28 = {instancePath:instancePath+"/highlights",schemaPath:"#/properties/highlights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema146.properties.highlights.type,parentSchema:schema146.properties.highlights,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
if(!(validate13(data10, {instancePath:instancePath+"/links/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
const err29 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema146.properties.links.type,parentSchema:schema146.properties.links,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
if(func3(data11) < 1){
const err30 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern6.test(data11)){
const err31 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data11};
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
const err32 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
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
if(!pattern5.test(data13)){
const err33 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data13};
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
const err34 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
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
const err35 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
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
const err36 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
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
const err37 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const _errs49 = errors;
var valid18 = _errs48 === errors;
var valid0 = _errs47 === errors;
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema146.type,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema144.required,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema144.required,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema144.required,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema144.required,parentSchema:schema144,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema144,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema144.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.title.type,parentSchema:schema144.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.kind.type,parentSchema:schema144.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("entry" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "entry"},message:"must be equal to constant",schema:"entry",parentSchema:schema144.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate74(data4, {instancePath:instancePath+"/entries/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema144.properties.entries.type,parentSchema:schema144.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema144.type,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}

const schema155 = {"description":"A section of kind \"list\": A bulleted list.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"list"},"entries":{"description":"Entries, in display order.","type":"array","items":{"$ref":"#/definitions/ListItem"}}},"required":["id","title","kind","entries"],"additionalProperties":false};
const schema157 = {"description":"One item of a bulleted list: a Markup string, or an object when the item needs tags or a priority.","oneOf":[{"$ref":"#/definitions/Markup"},{"description":"A list item with tags.","type":"object","properties":{"text":{"description":"The item text.","$ref":"#/definitions/Markup"},"id":{"description":"Optional stable id for this item, kebab-case; lets layouts and flags refer to it.","$ref":"#/definitions/Id"},"tags":{"description":"Tags that select this item for one application (e.g. academic, industry); see `cv build --tags`.","$ref":"#/definitions/Tags"},"priority":{"description":"How important this item is; higher is more important. A one-page resume drops the lowest first. Default 0.","$ref":"#/definitions/Priority"}},"required":["text"],"additionalProperties":false}]};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(func3(data) < 1){
const err0 = {instancePath,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema157.oneOf[1].required,parentSchema:schema157.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
for(const key0 in data){
if(!((((key0 === "text") || (key0 === "id")) || (key0 === "tags")) || (key0 === "priority"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema157.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
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
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data1)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data1};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(!pattern5.test(data3)){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema23.items,data:data3};
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
const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/definitions/Tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/Tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/priority",schemaPath:"#/definitions/Priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs20 = errors;
var valid9 = _errs19 === errors;
var valid2 = _errs18 === errors;
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema157.oneOf[1].type,parentSchema:schema157.oneOf[1],data};
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
const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema157.oneOf,parentSchema:schema157,data};
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
validate79.errors = vErrors;
return errors === 0;
}


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.required,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema155.required,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema155.required,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema155.required,parentSchema:schema155,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema155,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema155.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.title.type,parentSchema:schema155.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.kind.type,parentSchema:schema155.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("list" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant",schema:"list",parentSchema:schema155.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema155.properties.entries.type,parentSchema:schema155.properties.entries,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.type,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema163 = {"description":"A section of kind \"text\": Paragraphs of text.","type":"object","properties":{"id":{"description":"Section id, kebab-case and unique; layouts and --sections refer to it.","$ref":"#/definitions/Id"},"title":{"description":"Heading printed for the section.","type":"string","minLength":1},"kind":{"description":"Kind of the entries in this section.","type":"string","const":"text"},"entries":{"description":"Paragraphs, in order.","type":"array","items":{"$ref":"#/definitions/Markup"}}},"required":["id","title","kind","entries"],"additionalProperties":false};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema163.required,parentSchema:schema163,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema163.required,parentSchema:schema163,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema163.required,parentSchema:schema163,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entries === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema163.required,parentSchema:schema163,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema163,data};
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
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema163.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema163.properties.title.type,parentSchema:schema163.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.kind !== undefined){
let data2 = data.kind;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema163.properties.kind.type,parentSchema:schema163.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs8 = errors;
if("text" !== data2){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant",schema:"text",parentSchema:schema163.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(func3(data4) < 1){
const err12 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data4};
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
const err13 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema163.properties.entries.type,parentSchema:schema163.properties.entries,data:data3};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema163.type,parentSchema:schema163,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema25.required,parentSchema:schema25,data};
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
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.kind.type,parentSchema:schema25.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
const vSchema0 = schema25.properties.kind.enum;
if(!((((((((((((((((data0 === "education") || (data0 === "experience")) || (data0 === "award")) || (data0 === "grant")) || (data0 === "publication")) || (data0 === "project")) || (data0 === "talk")) || (data0 === "teaching")) || (data0 === "mentee")) || (data0 === "certification")) || (data0 === "service")) || (data0 === "membership")) || (data0 === "skills")) || (data0 === "entry")) || (data0 === "list")) || (data0 === "text"))){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema25.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.kind.enum,parentSchema:schema25.properties.kind,data:data0};
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
if(!(validate20(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs4 === errors;
valid1 = valid2;
}
else if(tag0 === "experience"){
const _errs5 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
else {
}
var valid3 = _errs5 === errors;
valid1 = valid3;
}
else if(tag0 === "award"){
const _errs6 = errors;
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs6 === errors;
valid1 = valid4;
}
else if(tag0 === "grant"){
const _errs7 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
else {
}
var valid5 = _errs7 === errors;
valid1 = valid5;
}
else if(tag0 === "publication"){
const _errs8 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs8 === errors;
valid1 = valid6;
}
else if(tag0 === "project"){
const _errs9 = errors;
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs9 === errors;
valid1 = valid7;
}
else if(tag0 === "talk"){
const _errs10 = errors;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs10 === errors;
valid1 = valid8;
}
else if(tag0 === "teaching"){
const _errs11 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs11 === errors;
valid1 = valid9;
}
else if(tag0 === "mentee"){
const _errs12 = errors;
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs12 === errors;
valid1 = valid10;
}
else if(tag0 === "certification"){
const _errs13 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
else {
}
var valid11 = _errs13 === errors;
valid1 = valid11;
}
else if(tag0 === "service"){
const _errs14 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
else {
}
var valid12 = _errs14 === errors;
valid1 = valid12;
}
else if(tag0 === "membership"){
const _errs15 = errors;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs15 === errors;
valid1 = valid13;
}
else if(tag0 === "skills"){
const _errs16 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
else {
}
var valid14 = _errs16 === errors;
valid1 = valid14;
}
else if(tag0 === "entry"){
const _errs17 = errors;
if(!(validate73(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
else {
}
var valid15 = _errs17 === errors;
valid1 = valid15;
}
else if(tag0 === "list"){
const _errs18 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
else {
}
var valid16 = _errs18 === errors;
valid1 = valid16;
}
else if(tag0 === "text"){
const _errs19 = errors;
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs19 === errors;
valid1 = valid17;
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema25.discriminator,parentSchema:schema25,data};
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
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema25.discriminator,parentSchema:schema25,data};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate19.errors = vErrors;
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
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"},message:"must match pattern \""+"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$"+"\"",schema:"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|present|(Spring|Summer|Fall|Winter) [0-9]{4})$",parentSchema:schema12.oneOf[0],data:data0};
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
const err4 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs8 = errors;
if(typeof data0 == "number"){
if(data0 > 2100 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 1900 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema12.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
const err8 = {instancePath:instancePath+"/updated",schemaPath:"#/definitions/CvDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern1.test(data1)){
const err10 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",parentSchema:schema11.properties.lang,data:data1};
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
const err11 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.lang.type,parentSchema:schema11.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(func3(data2) < 1){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.name,data:data2};
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
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(func3(data4) < 1){
const err14 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.aliases.items,data:data4};
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
const err15 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.aliases.items.type,parentSchema:schema11.properties.aliases.items,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
const err16 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.aliases.type,parentSchema:schema11.properties.aliases,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(func3(data5) < 1){
const err17 = {instancePath:instancePath+"/headline",schemaPath:"#/definitions/Markup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data5};
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
const err18 = {instancePath:instancePath+"/headline",schemaPath:"#/definitions/Markup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.profiles.type,parentSchema:schema11.properties.profiles,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(!(validate19(data11, {instancePath:instancePath+"/sections/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
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
const err20 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sections.type,parentSchema:schema11.properties.sections,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid0 = _errs25 === errors;
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

