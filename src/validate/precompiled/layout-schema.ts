// Generated from schema/layout.schema.json by scripts/generate-validators.mjs; do not edit.
// @ts-nocheck
import runtime0 from 'ajv/dist/runtime/ucs2length.js';
import runtime1 from 'ajv/dist/runtime/equal.js';
import { recordRole } from '../role-sink.js';
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:cv:schema:layout","title":"cv layout","description":"One PDF variant built from cv.yaml: page, type, colours, which sections in which order, and how to fit a page budget. Add a variant by adding a file to layouts/.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"The layout id, used by `cv build --layout ID`. Must equal the file name without .yaml."},"title":{"type":"string","minLength":1,"description":"What the document is, e.g. 'Curriculum Vitae'. The PDF title is '<name> — <title>'."},"output":{"type":"string","pattern":"^[^/\\\\]+\\.pdf$","description":"Output file name in the output folder. '{name}' is replaced by the owner's name in kebab-case."},"formats":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["pdf","txt","md","html"]},"default":["pdf"],"description":"The files this layout writes, each named like 'output' with its own extension: pdf, txt (plain text for forms), md (Markdown) and html (one self-contained page). `cv build --format` overrides it for one run."},"extends":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"Id of another layout whose settings this one starts from; keys given here replace the base's keys. A layout of your own layouts folder that has the id of a bundled layout replaces it; if it extends its own id, it starts from the bundled one."},"look":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","default":"single-column","description":"How the content is arranged on the page: the name of a look in src/compose/looks/ (today 'single-column')."},"page":{"type":"object","additionalProperties":false,"description":"Paper and margins.","properties":{"size":{"enum":["letter","a4"],"description":"Paper size: US Letter (default) or A4.","default":"letter"},"margins":{"type":"object","additionalProperties":false,"description":"Margins in points (72 pt = 1 inch); a side not given keeps its default (54 top and bottom, 60 left and right) or the base layout's.","properties":{"top":{"type":"number","minimum":18,"maximum":144,"description":"Top margin in points.","default":54},"right":{"type":"number","minimum":18,"maximum":144,"description":"Right margin in points.","default":60},"bottom":{"type":"number","minimum":18,"maximum":144,"description":"Bottom margin in points.","default":54},"left":{"type":"number","minimum":18,"maximum":144,"description":"Left margin in points.","default":60}}}}},"fonts":{"type":"object","additionalProperties":false,"description":"Font files (TTF or OTF) in fonts/, or paths relative to the layout file. Any face not given is the bundled EB Garamond one. Registered in this order: regular, italic, bold, boldItalic, semibold, fallbacks.","properties":{"regular":{"$ref":"#/definitions/fontFile","description":"Upright text face.","default":"EBGaramond-Regular.ttf"},"italic":{"$ref":"#/definitions/fontFile","description":"Italic face (venues, organisations).","default":"EBGaramond-Italic.ttf"},"bold":{"$ref":"#/definitions/fontFile","description":"Bold face (entry titles, the owner's name in author lists).","default":"EBGaramond-Bold.ttf"},"boldItalic":{"$ref":"#/definitions/fontFile","description":"Bold italic face.","default":"EBGaramond-BoldItalic.ttf"},"semibold":{"$ref":"#/definitions/fontFile","description":"Face for the name and section headings; defaults to bold.","default":"EBGaramond-SemiBold.ttf"},"fallbacks":{"type":"array","items":{"$ref":"#/definitions/fontFile"},"description":"Faces tried, in order, for characters the main family lacks (e.g. a CJK font). A path relative to the layout file or to fonts/.","default":[]}}},"type":{"type":"object","additionalProperties":false,"description":"The type scale, in points.","required":["size"],"properties":{"size":{"type":"number","minimum":6,"maximum":16,"description":"Body text size.","default":11},"leading":{"type":"number","minimum":1,"maximum":2,"description":"Baseline distance as a multiple of the size (default 1.22).","default":1.22},"name":{"type":"number","minimum":10,"maximum":48,"description":"Size of the owner's name."},"heading":{"type":"number","minimum":6,"maximum":24,"description":"Size of section headings."},"small":{"type":"number","minimum":5,"maximum":14,"description":"Size of secondary lines (details, keywords, page numbers)."}}},"colors":{"type":"object","additionalProperties":false,"description":"Colours as #rrggbb.","properties":{"text":{"$ref":"#/definitions/color","description":"Body text.","default":"#1b1b1b"},"accent":{"$ref":"#/definitions/color","description":"Name, headings and links.","default":"#1f3b63"},"muted":{"$ref":"#/definitions/color","description":"Dates, places, secondary lines.","default":"#555b63"},"rule":{"$ref":"#/definitions/color","description":"Rules under headings.","default":"#a9b4c2"}}},"paragraph":{"type":"object","additionalProperties":false,"description":"How running text is set.","properties":{"align":{"enum":["justify","left"],"description":"Justified (with hyphenation) or ragged right.","default":"justify"},"hyphenate":{"type":"boolean","description":"Hyphenate running text (never names, URLs, emails or words under five letters).","default":true}}},"header":{"type":"object","additionalProperties":false,"description":"Page furniture.","properties":{"summary":{"type":"boolean","description":"Print the summary (intro, bullets, paragraph) under the name.","default":true},"runningHeader":{"type":"boolean","description":"The owner's name at the top of every page from page 2.","default":true},"pageNumbers":{"type":"boolean","description":"'n / N' at the foot of every page.","default":true}}},"sections":{"type":"array","minItems":1,"description":"Sections to print, in order: a section id, an object with 'id' or 'kind' and options, or '*' for every section of cv.yaml no other item takes, in cv.yaml's order.","items":{"anyOf":[{"const":"*","description":"All other sections."},{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A section id from cv.yaml."},{"$ref":"#/definitions/sectionOptions"}]}},"authors":{"type":"object","additionalProperties":false,"description":"How author lists are printed.","properties":{"max":{"type":"integer","minimum":2,"default":12,"description":"Longest author list printed whole (one name more is printed too, as cutting it saves nothing); a longer one shows its first names, the owner, and \"and N others\"."}}},"publications":{"type":"object","additionalProperties":false,"description":"How publication sections are grouped and numbered.","properties":{"groups":{"type":"array","minItems":1,"description":"Groups in order; a publication goes to the first group that lists its type.","items":{"type":"object","additionalProperties":false,"required":["title","types","prefix"],"properties":{"title":{"type":"string","description":"Group heading, e.g. 'Journal and Conference Papers'."},"types":{"type":"array","items":{"type":"string"},"description":"Publication types in this group; an empty list takes every type."},"prefix":{"type":"string","pattern":"^[A-Z]{1,3}$","description":"Label prefix: 'C' gives [C1], [C2]..."}}},"default":[{"title":"Publications","types":[],"prefix":"P"}]},"numbering":{"enum":["descending","ascending"],"description":"descending: the newest has the highest number; ascending: the newest is number 1.","default":"descending"},"legend":{"type":"boolean","description":"Print the legend for equal-contribution and corresponding-author marks.","default":true}}},"selection":{"$ref":"#/definitions/selection"},"fit":{"type":"object","additionalProperties":false,"description":"The page budget and how to meet it.","properties":{"maxPages":{"type":"integer","minimum":1,"description":"The page budget. Without it the document takes the pages it needs."},"minFontSize":{"type":"number","minimum":6,"description":"Smallest body size the fit step may use."},"minSpacing":{"type":"number","minimum":0.2,"maximum":1,"description":"Smallest factor the fit step may apply to vertical spacing (1 = as designed).","default":1},"drop":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"description":"Section ids or kinds the fit step may shorten, lowest rank first (a section ranks by the first item that names its id or its kind). Sections not listed are never shortened.","default":[]},"allowDrop":{"type":"boolean","description":"Whether content may be left out to meet the budget (false for the full CV and the publication list: they fail instead).","default":false},"spacingSteps":{"type":"integer","minimum":1,"maximum":20,"default":5,"description":"How many equal steps the fit step takes from the designed spacing down to minSpacing before it makes the type smaller."},"scaleSteps":{"type":"integer","minimum":1,"maximum":20,"default":6,"description":"How many equal steps the fit step takes from the designed size down to minFontSize before it leaves content out."}}}},"definitions":{"fontFile":{"type":"string","pattern":"\\.(ttf|otf|TTF|OTF)$","description":"A TTF or OTF file name in fonts/ (or a path relative to the layout file)."},"color":{"type":"string","pattern":"^#[0-9a-fA-F]{6}$","description":"A colour as #rrggbb."},"selection":{"type":"object","additionalProperties":false,"description":"Which content this variant keeps; the same as the build flags.","properties":{"sections":{"type":"array","items":{"type":"string"},"description":"Only these sections (in the layout's order)."},"excludeSections":{"type":"array","items":{"type":"string"},"description":"Leave these sections out."},"tags":{"type":"array","items":{"type":"string"},"description":"Keep entries and highlights whose tags meet one of these; untagged ones stay."}}},"sectionOptions":{"type":"object","additionalProperties":false,"description":"A section with options: one section by 'id', or every section of a 'kind' (exactly one of the two).","properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A section id from cv.yaml."},"kind":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"Every section of this kind (education, experience, publication, ...) that no 'id' item names, in cv.yaml's order; the options apply to each."},"title":{"type":"string","description":"Heading to print instead of the section's own title."},"style":{"enum":["full","compact"],"description":"full: every detail; compact: one or two lines per entry."},"limit":{"type":"integer","minimum":1,"description":"At most this many entries (highest priority, then newest, first)."},"selectedOnly":{"type":"boolean","description":"Publications: only those marked selected."},"sinceYear":{"type":"integer","minimum":1900,"maximum":2200,"description":"Only entries that end in or after this year."},"tags":{"type":"array","items":{"type":"string"},"description":"Only entries whose tags meet one of these (untagged ones stay)."}}}},"if":{"required":["extends"]},"then":{"required":["id","extends"]},"else":{"required":["id","title","output","sections"]}};
const schema12 = {"type":"string","pattern":"\\.(ttf|otf|TTF|OTF)$","description":"A TTF or OTF file name in fonts/ (or a path relative to the layout file)."};
const schema18 = {"type":"string","pattern":"^#[0-9a-fA-F]{6}$","description":"A colour as #rrggbb."};
const schema22 = {"type":"object","additionalProperties":false,"description":"A section with options: one section by 'id', or every section of a 'kind' (exactly one of the two).","properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"A section id from cv.yaml."},"kind":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"Every section of this kind (education, experience, publication, ...) that no 'id' item names, in cv.yaml's order; the options apply to each."},"title":{"type":"string","description":"Heading to print instead of the section's own title."},"style":{"enum":["full","compact"],"description":"full: every detail; compact: one or two lines per entry."},"limit":{"type":"integer","minimum":1,"description":"At most this many entries (highest priority, then newest, first)."},"selectedOnly":{"type":"boolean","description":"Publications: only those marked selected."},"sinceYear":{"type":"integer","minimum":1900,"maximum":2200,"description":"Only entries that end in or after this year."},"tags":{"type":"array","items":{"type":"string"},"description":"Only entries whose tags meet one of these (untagged ones stay)."}}};
const schema23 = {"type":"object","additionalProperties":false,"description":"Which content this variant keeps; the same as the build flags.","properties":{"sections":{"type":"array","items":{"type":"string"},"description":"Only these sections (in the layout's order)."},"excludeSections":{"type":"array","items":{"type":"string"},"description":"Leave these sections out."},"tags":{"type":"array","items":{"type":"string"},"description":"Keep entries and highlights whose tags meet one of these; untagged ones stay."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const func0 = runtime1.default;
const pattern0 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern1 = new RegExp("^[^/\\\\]+\\.pdf$", "u");
const pattern4 = new RegExp("\\.(ttf|otf|TTF|OTF)$", "u");
const pattern10 = new RegExp("^#[0-9a-fA-F]{6}$", "u");
const pattern17 = new RegExp("^[A-Z]{1,3}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:cv:schema:layout" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.extends === undefined) && (missing0 = "extends")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
}
}
if(errors === _errs2){
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.then.required,parentSchema:schema11.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.extends === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "extends"},message:"must have required property '"+"extends"+"'",schema:schema11.then.required,parentSchema:schema11.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.output === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sections === undefined){
const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.if,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs5 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.id,data:data0};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.id.type,parentSchema:schema11.properties.id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid1 = _errs6 === errors;
}
if(data.title !== undefined){
let data1 = data.title;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.title,data:data1};
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
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data1};
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
if(data.output !== undefined){
let data2 = data.output;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err14 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]+\\.pdf$"},message:"must match pattern \""+"^[^/\\\\]+\\.pdf$"+"\"",schema:"^[^/\\\\]+\\.pdf$",parentSchema:schema11.properties.output,data:data2};
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
const err15 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.output.type,parentSchema:schema11.properties.output,data:data2};
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
if(data.formats !== undefined){
let data3 = data.formats;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err16 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.formats,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs14 = errors;
const vSchema0 = schema11.properties.formats.items.enum;
if(!((((data4 === "pdf") || (data4 === "txt")) || (data4 === "md")) || (data4 === "html"))){
const err17 = {instancePath:instancePath+"/formats/" + i0,schemaPath:"#/properties/formats/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.formats.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.formats.items.enum,parentSchema:schema11.properties.formats.items,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid2 = _errs14 === errors;
if(!valid2){
valid3 = false;
}
}
let valid4;
let i1 = data3.length;
let j0;
valid4 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err18 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.formats,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
valid4 = false;
break outer0;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.formats.type,parentSchema:schema11.properties.formats,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid1 = _errs12 === errors;
}
if(data.extends !== undefined){
let data5 = data.extends;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err20 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.extends,data:data5};
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
const err21 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extends.type,parentSchema:schema11.properties.extends,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid1 = _errs15 === errors;
}
if(data.look !== undefined){
let data6 = data.look;
const _errs17 = errors;
const _errs18 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err22 = {instancePath:instancePath+"/look",schemaPath:"#/properties/look/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.look,data:data6};
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
const err23 = {instancePath:instancePath+"/look",schemaPath:"#/properties/look/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.look.type,parentSchema:schema11.properties.look,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid1 = _errs17 === errors;
}
if(data.page !== undefined){
let data7 = data.page;
const _errs19 = errors;
const _errs20 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs21 = errors;
for(const key1 in data7){
if(!((key1 === "size") || (key1 === "margins"))){
const err24 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.page,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.size !== undefined){
let data8 = data7.size;
const _errs22 = errors;
const vSchema1 = schema11.properties.page.properties.size.enum;
if(!((data8 === "letter") || (data8 === "a4"))){
const err25 = {instancePath:instancePath+"/page/size",schemaPath:"#/properties/page/properties/size/enum",keyword:"enum",params:{allowedValues: schema11.properties.page.properties.size.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.page.properties.size.enum,parentSchema:schema11.properties.page.properties.size,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid5 = _errs22 === errors;
}
if(data7.margins !== undefined){
let data9 = data7.margins;
const _errs23 = errors;
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs25 = errors;
for(const key2 in data9){
if(!((((key2 === "top") || (key2 === "right")) || (key2 === "bottom")) || (key2 === "left"))){
const err26 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.page.properties.margins,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.top !== undefined){
let data10 = data9.top;
const _errs26 = errors;
const _errs27 = errors;
if(typeof data10 == "number"){
if(data10 > 144 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/properties/page/properties/margins/properties/top/maximum",keyword:"maximum",params:{comparison: "<=", limit: 144},message:"must be <= 144",schema:144,parentSchema:schema11.properties.page.properties.margins.properties.top,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10 < 18 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/properties/page/properties/margins/properties/top/minimum",keyword:"minimum",params:{comparison: ">=", limit: 18},message:"must be >= 18",schema:18,parentSchema:schema11.properties.page.properties.margins.properties.top,data:data10};
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
const err29 = {instancePath:instancePath+"/page/margins/top",schemaPath:"#/properties/page/properties/margins/properties/top/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.page.properties.margins.properties.top.type,parentSchema:schema11.properties.page.properties.margins.properties.top,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid6 = _errs26 === errors;
}
if(data9.right !== undefined){
let data11 = data9.right;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data11 == "number"){
if(data11 > 144 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/properties/page/properties/margins/properties/right/maximum",keyword:"maximum",params:{comparison: "<=", limit: 144},message:"must be <= 144",schema:144,parentSchema:schema11.properties.page.properties.margins.properties.right,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data11 < 18 || isNaN(data11)){
const err31 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/properties/page/properties/margins/properties/right/minimum",keyword:"minimum",params:{comparison: ">=", limit: 18},message:"must be >= 18",schema:18,parentSchema:schema11.properties.page.properties.margins.properties.right,data:data11};
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
const err32 = {instancePath:instancePath+"/page/margins/right",schemaPath:"#/properties/page/properties/margins/properties/right/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.page.properties.margins.properties.right.type,parentSchema:schema11.properties.page.properties.margins.properties.right,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid6 = _errs28 === errors;
}
if(data9.bottom !== undefined){
let data12 = data9.bottom;
const _errs30 = errors;
const _errs31 = errors;
if(typeof data12 == "number"){
if(data12 > 144 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/properties/page/properties/margins/properties/bottom/maximum",keyword:"maximum",params:{comparison: "<=", limit: 144},message:"must be <= 144",schema:144,parentSchema:schema11.properties.page.properties.margins.properties.bottom,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12 < 18 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/properties/page/properties/margins/properties/bottom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 18},message:"must be >= 18",schema:18,parentSchema:schema11.properties.page.properties.margins.properties.bottom,data:data12};
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
const err35 = {instancePath:instancePath+"/page/margins/bottom",schemaPath:"#/properties/page/properties/margins/properties/bottom/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.page.properties.margins.properties.bottom.type,parentSchema:schema11.properties.page.properties.margins.properties.bottom,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid6 = _errs30 === errors;
}
if(data9.left !== undefined){
let data13 = data9.left;
const _errs32 = errors;
const _errs33 = errors;
if(typeof data13 == "number"){
if(data13 > 144 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/properties/page/properties/margins/properties/left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 144},message:"must be <= 144",schema:144,parentSchema:schema11.properties.page.properties.margins.properties.left,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13 < 18 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/properties/page/properties/margins/properties/left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 18},message:"must be >= 18",schema:18,parentSchema:schema11.properties.page.properties.margins.properties.left,data:data13};
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
const err38 = {instancePath:instancePath+"/page/margins/left",schemaPath:"#/properties/page/properties/margins/properties/left/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.page.properties.margins.properties.left.type,parentSchema:schema11.properties.page.properties.margins.properties.left,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid6 = _errs32 === errors;
}
}
else {
const err39 = {instancePath:instancePath+"/page/margins",schemaPath:"#/properties/page/properties/margins/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.page.properties.margins.type,parentSchema:schema11.properties.page.properties.margins,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid5 = _errs23 === errors;
}
}
else {
const err40 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.page.type,parentSchema:schema11.properties.page,data:data7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid1 = _errs19 === errors;
}
if(data.fonts !== undefined){
let data14 = data.fonts;
const _errs34 = errors;
const _errs35 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
const _errs36 = errors;
for(const key3 in data14){
if(!((((((key3 === "regular") || (key3 === "italic")) || (key3 === "bold")) || (key3 === "boldItalic")) || (key3 === "semibold")) || (key3 === "fallbacks"))){
const err41 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.fonts,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.regular !== undefined){
let data15 = data14.regular;
const _errs37 = errors;
const _errs38 = errors;
const _errs39 = errors;
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err42 = {instancePath:instancePath+"/fonts/regular",schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data15};
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
const err43 = {instancePath:instancePath+"/fonts/regular",schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid8 = _errs38 === errors;
var valid7 = _errs37 === errors;
}
if(data14.italic !== undefined){
let data16 = data14.italic;
const _errs40 = errors;
const _errs41 = errors;
const _errs42 = errors;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err44 = {instancePath:instancePath+"/fonts/italic",schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data16};
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
const err45 = {instancePath:instancePath+"/fonts/italic",schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid9 = _errs41 === errors;
var valid7 = _errs40 === errors;
}
if(data14.bold !== undefined){
let data17 = data14.bold;
const _errs43 = errors;
const _errs44 = errors;
const _errs45 = errors;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err46 = {instancePath:instancePath+"/fonts/bold",schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data17};
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
const err47 = {instancePath:instancePath+"/fonts/bold",schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid10 = _errs44 === errors;
var valid7 = _errs43 === errors;
}
if(data14.boldItalic !== undefined){
let data18 = data14.boldItalic;
const _errs46 = errors;
const _errs47 = errors;
const _errs48 = errors;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err48 = {instancePath:instancePath+"/fonts/boldItalic",schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data18};
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
const err49 = {instancePath:instancePath+"/fonts/boldItalic",schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid11 = _errs47 === errors;
var valid7 = _errs46 === errors;
}
if(data14.semibold !== undefined){
let data19 = data14.semibold;
const _errs49 = errors;
const _errs50 = errors;
const _errs51 = errors;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err50 = {instancePath:instancePath+"/fonts/semibold",schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data19};
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
const err51 = {instancePath:instancePath+"/fonts/semibold",schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid12 = _errs50 === errors;
var valid7 = _errs49 === errors;
}
if(data14.fallbacks !== undefined){
let data20 = data14.fallbacks;
const _errs52 = errors;
const _errs53 = errors;
if(Array.isArray(data20)){
let valid14 = true;
const len1 = data20.length;
for(let i2=0; i2<len1; i2++){
let data21 = data20[i2];
const _errs54 = errors;
const _errs55 = errors;
const _errs56 = errors;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err52 = {instancePath:instancePath+"/fonts/fallbacks/" + i2,schemaPath:"#/definitions/fontFile/pattern",keyword:"pattern",params:{pattern: "\\.(ttf|otf|TTF|OTF)$"},message:"must match pattern \""+"\\.(ttf|otf|TTF|OTF)$"+"\"",schema:"\\.(ttf|otf|TTF|OTF)$",parentSchema:schema12,data:data21};
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
const err53 = {instancePath:instancePath+"/fonts/fallbacks/" + i2,schemaPath:"#/definitions/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var valid15 = _errs55 === errors;
var valid13 = _errs54 === errors;
if(!valid13){
valid14 = false;
}
}
}
else {
const err54 = {instancePath:instancePath+"/fonts/fallbacks",schemaPath:"#/properties/fonts/properties/fallbacks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.fonts.properties.fallbacks.type,parentSchema:schema11.properties.fonts.properties.fallbacks,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid7 = _errs52 === errors;
}
}
else {
const err55 = {instancePath:instancePath+"/fonts",schemaPath:"#/properties/fonts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.fonts.type,parentSchema:schema11.properties.fonts,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid1 = _errs34 === errors;
}
if(data.type !== undefined){
let data22 = data.type;
const _errs57 = errors;
const _errs58 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.size === undefined){
const err56 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema11.properties.type.required,parentSchema:schema11.properties.type,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const _errs59 = errors;
for(const key4 in data22){
if(!(((((key4 === "size") || (key4 === "leading")) || (key4 === "name")) || (key4 === "heading")) || (key4 === "small"))){
const err57 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.type,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.size !== undefined){
let data23 = data22.size;
const _errs60 = errors;
const _errs61 = errors;
if(typeof data23 == "number"){
if(data23 > 16 || isNaN(data23)){
const err58 = {instancePath:instancePath+"/type/size",schemaPath:"#/properties/type/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema11.properties.type.properties.size,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data23 < 6 || isNaN(data23)){
const err59 = {instancePath:instancePath+"/type/size",schemaPath:"#/properties/type/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema11.properties.type.properties.size,data:data23};
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
const err60 = {instancePath:instancePath+"/type/size",schemaPath:"#/properties/type/properties/size/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.type.properties.size.type,parentSchema:schema11.properties.type.properties.size,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var valid16 = _errs60 === errors;
}
if(data22.leading !== undefined){
let data24 = data22.leading;
const _errs62 = errors;
const _errs63 = errors;
if(typeof data24 == "number"){
if(data24 > 2 || isNaN(data24)){
const err61 = {instancePath:instancePath+"/type/leading",schemaPath:"#/properties/type/properties/leading/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema11.properties.type.properties.leading,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err62 = {instancePath:instancePath+"/type/leading",schemaPath:"#/properties/type/properties/leading/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.type.properties.leading,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/type/leading",schemaPath:"#/properties/type/properties/leading/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.type.properties.leading.type,parentSchema:schema11.properties.type.properties.leading,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var valid16 = _errs62 === errors;
}
if(data22.name !== undefined){
let data25 = data22.name;
const _errs64 = errors;
const _errs65 = errors;
if(typeof data25 == "number"){
if(data25 > 48 || isNaN(data25)){
const err64 = {instancePath:instancePath+"/type/name",schemaPath:"#/properties/type/properties/name/maximum",keyword:"maximum",params:{comparison: "<=", limit: 48},message:"must be <= 48",schema:48,parentSchema:schema11.properties.type.properties.name,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data25 < 10 || isNaN(data25)){
const err65 = {instancePath:instancePath+"/type/name",schemaPath:"#/properties/type/properties/name/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema11.properties.type.properties.name,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/type/name",schemaPath:"#/properties/type/properties/name/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.type.properties.name.type,parentSchema:schema11.properties.type.properties.name,data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var valid16 = _errs64 === errors;
}
if(data22.heading !== undefined){
let data26 = data22.heading;
const _errs66 = errors;
const _errs67 = errors;
if(typeof data26 == "number"){
if(data26 > 24 || isNaN(data26)){
const err67 = {instancePath:instancePath+"/type/heading",schemaPath:"#/properties/type/properties/heading/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24",schema:24,parentSchema:schema11.properties.type.properties.heading,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data26 < 6 || isNaN(data26)){
const err68 = {instancePath:instancePath+"/type/heading",schemaPath:"#/properties/type/properties/heading/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema11.properties.type.properties.heading,data:data26};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/type/heading",schemaPath:"#/properties/type/properties/heading/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.type.properties.heading.type,parentSchema:schema11.properties.type.properties.heading,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var valid16 = _errs66 === errors;
}
if(data22.small !== undefined){
let data27 = data22.small;
const _errs68 = errors;
const _errs69 = errors;
if(typeof data27 == "number"){
if(data27 > 14 || isNaN(data27)){
const err70 = {instancePath:instancePath+"/type/small",schemaPath:"#/properties/type/properties/small/maximum",keyword:"maximum",params:{comparison: "<=", limit: 14},message:"must be <= 14",schema:14,parentSchema:schema11.properties.type.properties.small,data:data27};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data27 < 5 || isNaN(data27)){
const err71 = {instancePath:instancePath+"/type/small",schemaPath:"#/properties/type/properties/small/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema11.properties.type.properties.small,data:data27};
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
const err72 = {instancePath:instancePath+"/type/small",schemaPath:"#/properties/type/properties/small/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.type.properties.small.type,parentSchema:schema11.properties.type.properties.small,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var valid16 = _errs68 === errors;
}
}
else {
const err73 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.type.type,parentSchema:schema11.properties.type,data:data22};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var valid1 = _errs57 === errors;
}
if(data.colors !== undefined){
let data28 = data.colors;
const _errs70 = errors;
const _errs71 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
const _errs72 = errors;
for(const key5 in data28){
if(!((((key5 === "text") || (key5 === "accent")) || (key5 === "muted")) || (key5 === "rule"))){
const err74 = {instancePath:instancePath+"/colors",schemaPath:"#/properties/colors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.colors,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data28.text !== undefined){
let data29 = data28.text;
const _errs73 = errors;
const _errs74 = errors;
const _errs75 = errors;
if(typeof data29 === "string"){
if(!pattern10.test(data29)){
const err75 = {instancePath:instancePath+"/colors/text",schemaPath:"#/definitions/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/colors/text",schemaPath:"#/definitions/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid18 = _errs74 === errors;
var valid17 = _errs73 === errors;
}
if(data28.accent !== undefined){
let data30 = data28.accent;
const _errs76 = errors;
const _errs77 = errors;
const _errs78 = errors;
if(typeof data30 === "string"){
if(!pattern10.test(data30)){
const err77 = {instancePath:instancePath+"/colors/accent",schemaPath:"#/definitions/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/colors/accent",schemaPath:"#/definitions/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var valid19 = _errs77 === errors;
var valid17 = _errs76 === errors;
}
if(data28.muted !== undefined){
let data31 = data28.muted;
const _errs79 = errors;
const _errs80 = errors;
const _errs81 = errors;
if(typeof data31 === "string"){
if(!pattern10.test(data31)){
const err79 = {instancePath:instancePath+"/colors/muted",schemaPath:"#/definitions/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/colors/muted",schemaPath:"#/definitions/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var valid20 = _errs80 === errors;
var valid17 = _errs79 === errors;
}
if(data28.rule !== undefined){
let data32 = data28.rule;
const _errs82 = errors;
const _errs83 = errors;
const _errs84 = errors;
if(typeof data32 === "string"){
if(!pattern10.test(data32)){
const err81 = {instancePath:instancePath+"/colors/rule",schemaPath:"#/definitions/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/colors/rule",schemaPath:"#/definitions/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var valid21 = _errs83 === errors;
var valid17 = _errs82 === errors;
}
}
else {
const err83 = {instancePath:instancePath+"/colors",schemaPath:"#/properties/colors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.colors.type,parentSchema:schema11.properties.colors,data:data28};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var valid1 = _errs70 === errors;
}
if(data.paragraph !== undefined){
let data33 = data.paragraph;
const _errs85 = errors;
const _errs86 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
const _errs87 = errors;
for(const key6 in data33){
if(!((key6 === "align") || (key6 === "hyphenate"))){
const err84 = {instancePath:instancePath+"/paragraph",schemaPath:"#/properties/paragraph/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.paragraph,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data33.align !== undefined){
let data34 = data33.align;
const _errs88 = errors;
const vSchema2 = schema11.properties.paragraph.properties.align.enum;
if(!((data34 === "justify") || (data34 === "left"))){
const err85 = {instancePath:instancePath+"/paragraph/align",schemaPath:"#/properties/paragraph/properties/align/enum",keyword:"enum",params:{allowedValues: schema11.properties.paragraph.properties.align.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.paragraph.properties.align.enum,parentSchema:schema11.properties.paragraph.properties.align,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var valid22 = _errs88 === errors;
}
if(data33.hyphenate !== undefined){
let data35 = data33.hyphenate;
const _errs89 = errors;
if(typeof data35 !== "boolean"){
const err86 = {instancePath:instancePath+"/paragraph/hyphenate",schemaPath:"#/properties/paragraph/properties/hyphenate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.paragraph.properties.hyphenate.type,parentSchema:schema11.properties.paragraph.properties.hyphenate,data:data35};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const _errs90 = errors;
var valid22 = _errs89 === errors;
}
}
else {
const err87 = {instancePath:instancePath+"/paragraph",schemaPath:"#/properties/paragraph/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.paragraph.type,parentSchema:schema11.properties.paragraph,data:data33};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var valid1 = _errs85 === errors;
}
if(data.header !== undefined){
let data36 = data.header;
const _errs91 = errors;
const _errs92 = errors;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
const _errs93 = errors;
for(const key7 in data36){
if(!(((key7 === "summary") || (key7 === "runningHeader")) || (key7 === "pageNumbers"))){
const err88 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.header,data:data36};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data36.summary !== undefined){
let data37 = data36.summary;
const _errs94 = errors;
if(typeof data37 !== "boolean"){
const err89 = {instancePath:instancePath+"/header/summary",schemaPath:"#/properties/header/properties/summary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.header.properties.summary.type,parentSchema:schema11.properties.header.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
const _errs95 = errors;
var valid23 = _errs94 === errors;
}
if(data36.runningHeader !== undefined){
let data38 = data36.runningHeader;
const _errs96 = errors;
if(typeof data38 !== "boolean"){
const err90 = {instancePath:instancePath+"/header/runningHeader",schemaPath:"#/properties/header/properties/runningHeader/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.header.properties.runningHeader.type,parentSchema:schema11.properties.header.properties.runningHeader,data:data38};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const _errs97 = errors;
var valid23 = _errs96 === errors;
}
if(data36.pageNumbers !== undefined){
let data39 = data36.pageNumbers;
const _errs98 = errors;
if(typeof data39 !== "boolean"){
const err91 = {instancePath:instancePath+"/header/pageNumbers",schemaPath:"#/properties/header/properties/pageNumbers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.header.properties.pageNumbers.type,parentSchema:schema11.properties.header.properties.pageNumbers,data:data39};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
const _errs99 = errors;
var valid23 = _errs98 === errors;
}
}
else {
const err92 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.header.type,parentSchema:schema11.properties.header,data:data36};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var valid1 = _errs91 === errors;
}
if(data.sections !== undefined){
let data40 = data.sections;
const _errs100 = errors;
const _errs101 = errors;
if(Array.isArray(data40)){
if(data40.length < 1){
const err93 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.sections,data:data40};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
let valid25 = true;
const len2 = data40.length;
for(let i3=0; i3<len2; i3++){
let data41 = data40[i3];
const _errs102 = errors;
const _errs103 = errors;
let valid26 = false;
const _errs104 = errors;
if("*" !== data41){
const err94 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/properties/sections/items/anyOf/0/const",keyword:"const",params:{allowedValue: "*"},message:"must be equal to constant",schema:"*",parentSchema:schema11.properties.sections.items.anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid1 = _errs104 === errors;
valid26 = valid26 || _valid1;
if(!valid26){
const _errs105 = errors;
const _errs106 = errors;
if(typeof data41 === "string"){
if(!pattern0.test(data41)){
const err95 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/properties/sections/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.sections.items.anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/properties/sections/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sections.items.anyOf[1].type,parentSchema:schema11.properties.sections.items.anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid1 = _errs105 === errors;
valid26 = valid26 || _valid1;
if(!valid26){
const _errs107 = errors;
const _errs108 = errors;
const _errs109 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
const _errs110 = errors;
for(const key8 in data41){
if(!((((((((key8 === "id") || (key8 === "kind")) || (key8 === "title")) || (key8 === "style")) || (key8 === "limit")) || (key8 === "selectedOnly")) || (key8 === "sinceYear")) || (key8 === "tags"))){
const err97 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/definitions/sectionOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data:data41};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data41.id !== undefined){
let data42 = data41.id;
const _errs111 = errors;
const _errs112 = errors;
if(typeof data42 === "string"){
if(!pattern0.test(data42)){
const err98 = {instancePath:instancePath+"/sections/" + i3+"/id",schemaPath:"#/definitions/sectionOptions/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema22.properties.id,data:data42};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/sections/" + i3+"/id",schemaPath:"#/definitions/sectionOptions/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.id.type,parentSchema:schema22.properties.id,data:data42};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var valid28 = _errs111 === errors;
}
if(data41.kind !== undefined){
let data43 = data41.kind;
const _errs113 = errors;
const _errs114 = errors;
if(typeof data43 === "string"){
if(!pattern0.test(data43)){
const err100 = {instancePath:instancePath+"/sections/" + i3+"/kind",schemaPath:"#/definitions/sectionOptions/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema22.properties.kind,data:data43};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/sections/" + i3+"/kind",schemaPath:"#/definitions/sectionOptions/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.kind.type,parentSchema:schema22.properties.kind,data:data43};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var valid28 = _errs113 === errors;
}
if(data41.title !== undefined){
let data44 = data41.title;
const _errs115 = errors;
if(typeof data44 !== "string"){
const err102 = {instancePath:instancePath+"/sections/" + i3+"/title",schemaPath:"#/definitions/sectionOptions/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.title.type,parentSchema:schema22.properties.title,data:data44};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const _errs116 = errors;
var valid28 = _errs115 === errors;
}
if(data41.style !== undefined){
let data45 = data41.style;
const _errs117 = errors;
const vSchema3 = schema22.properties.style.enum;
if(!((data45 === "full") || (data45 === "compact"))){
const err103 = {instancePath:instancePath+"/sections/" + i3+"/style",schemaPath:"#/definitions/sectionOptions/properties/style/enum",keyword:"enum",params:{allowedValues: schema22.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.style.enum,parentSchema:schema22.properties.style,data:data45};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var valid28 = _errs117 === errors;
}
if(data41.limit !== undefined){
let data46 = data41.limit;
const _errs118 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err104 = {instancePath:instancePath+"/sections/" + i3+"/limit",schemaPath:"#/definitions/sectionOptions/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.limit.type,parentSchema:schema22.properties.limit,data:data46};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const _errs119 = errors;
if(typeof data46 == "number"){
if(data46 < 1 || isNaN(data46)){
const err105 = {instancePath:instancePath+"/sections/" + i3+"/limit",schemaPath:"#/definitions/sectionOptions/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.limit,data:data46};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var valid28 = _errs118 === errors;
}
if(data41.selectedOnly !== undefined){
let data47 = data41.selectedOnly;
const _errs120 = errors;
if(typeof data47 !== "boolean"){
const err106 = {instancePath:instancePath+"/sections/" + i3+"/selectedOnly",schemaPath:"#/definitions/sectionOptions/properties/selectedOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.selectedOnly.type,parentSchema:schema22.properties.selectedOnly,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
const _errs121 = errors;
var valid28 = _errs120 === errors;
}
if(data41.sinceYear !== undefined){
let data48 = data41.sinceYear;
const _errs122 = errors;
if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){
const err107 = {instancePath:instancePath+"/sections/" + i3+"/sinceYear",schemaPath:"#/definitions/sectionOptions/properties/sinceYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.sinceYear.type,parentSchema:schema22.properties.sinceYear,data:data48};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const _errs123 = errors;
if(typeof data48 == "number"){
if(data48 > 2200 || isNaN(data48)){
const err108 = {instancePath:instancePath+"/sections/" + i3+"/sinceYear",schemaPath:"#/definitions/sectionOptions/properties/sinceYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema22.properties.sinceYear,data:data48};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data48 < 1900 || isNaN(data48)){
const err109 = {instancePath:instancePath+"/sections/" + i3+"/sinceYear",schemaPath:"#/definitions/sectionOptions/properties/sinceYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema22.properties.sinceYear,data:data48};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
var valid28 = _errs122 === errors;
}
if(data41.tags !== undefined){
let data49 = data41.tags;
const _errs124 = errors;
const _errs125 = errors;
if(Array.isArray(data49)){
let valid30 = true;
const len3 = data49.length;
for(let i4=0; i4<len3; i4++){
let data50 = data49[i4];
const _errs126 = errors;
if(typeof data50 !== "string"){
const err110 = {instancePath:instancePath+"/sections/" + i3+"/tags/" + i4,schemaPath:"#/definitions/sectionOptions/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.tags.items.type,parentSchema:schema22.properties.tags.items,data:data50};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
const _errs127 = errors;
var valid29 = _errs126 === errors;
if(!valid29){
valid30 = false;
}
}
}
else {
const err111 = {instancePath:instancePath+"/sections/" + i3+"/tags",schemaPath:"#/definitions/sectionOptions/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.tags.type,parentSchema:schema22.properties.tags,data:data49};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var valid28 = _errs124 === errors;
}
}
else {
const err112 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/definitions/sectionOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data41};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var valid27 = _errs108 === errors;
var _valid1 = _errs107 === errors;
valid26 = valid26 || _valid1;
if(!valid26){
}
}
}
if(!valid26){
const err113 = {instancePath:instancePath+"/sections/" + i3,schemaPath:"#/properties/sections/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.sections.items.anyOf,parentSchema:schema11.properties.sections.items,data:data41};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
var valid24 = _errs102 === errors;
if(!valid24){
valid25 = false;
}
}
}
else {
const err114 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sections.type,parentSchema:schema11.properties.sections,data:data40};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var valid1 = _errs100 === errors;
}
if(data.authors !== undefined){
let data51 = data.authors;
const _errs128 = errors;
const _errs129 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
const _errs130 = errors;
for(const key9 in data51){
if(!(key9 === "max")){
const err115 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.authors,data:data51};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data51.max !== undefined){
let data52 = data51.max;
const _errs131 = errors;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err116 = {instancePath:instancePath+"/authors/max",schemaPath:"#/properties/authors/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.authors.properties.max.type,parentSchema:schema11.properties.authors.properties.max,data:data52};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
const _errs132 = errors;
if(typeof data52 == "number"){
if(data52 < 2 || isNaN(data52)){
const err117 = {instancePath:instancePath+"/authors/max",schemaPath:"#/properties/authors/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties.authors.properties.max,data:data52};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
var valid31 = _errs131 === errors;
}
}
else {
const err118 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.authors.type,parentSchema:schema11.properties.authors,data:data51};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var valid1 = _errs128 === errors;
}
if(data.publications !== undefined){
let data53 = data.publications;
const _errs133 = errors;
const _errs134 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
const _errs135 = errors;
for(const key10 in data53){
if(!(((key10 === "groups") || (key10 === "numbering")) || (key10 === "legend"))){
const err119 = {instancePath:instancePath+"/publications",schemaPath:"#/properties/publications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.publications,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data53.groups !== undefined){
let data54 = data53.groups;
const _errs136 = errors;
const _errs137 = errors;
if(Array.isArray(data54)){
if(data54.length < 1){
const err120 = {instancePath:instancePath+"/publications/groups",schemaPath:"#/properties/publications/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.publications.properties.groups,data:data54};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
let valid34 = true;
const len4 = data54.length;
for(let i5=0; i5<len4; i5++){
let data55 = data54[i5];
const _errs138 = errors;
const _errs139 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.title === undefined){
const err121 = {instancePath:instancePath+"/publications/groups/" + i5,schemaPath:"#/properties/publications/properties/groups/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.properties.publications.properties.groups.items.required,parentSchema:schema11.properties.publications.properties.groups.items,data:data55};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data55.types === undefined){
const err122 = {instancePath:instancePath+"/publications/groups/" + i5,schemaPath:"#/properties/publications/properties/groups/items/required",keyword:"required",params:{missingProperty: "types"},message:"must have required property '"+"types"+"'",schema:schema11.properties.publications.properties.groups.items.required,parentSchema:schema11.properties.publications.properties.groups.items,data:data55};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data55.prefix === undefined){
const err123 = {instancePath:instancePath+"/publications/groups/" + i5,schemaPath:"#/properties/publications/properties/groups/items/required",keyword:"required",params:{missingProperty: "prefix"},message:"must have required property '"+"prefix"+"'",schema:schema11.properties.publications.properties.groups.items.required,parentSchema:schema11.properties.publications.properties.groups.items,data:data55};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
const _errs140 = errors;
for(const key11 in data55){
if(!(((key11 === "title") || (key11 === "types")) || (key11 === "prefix"))){
const err124 = {instancePath:instancePath+"/publications/groups/" + i5,schemaPath:"#/properties/publications/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.publications.properties.groups.items,data:data55};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data55.title !== undefined){
let data56 = data55.title;
const _errs141 = errors;
if(typeof data56 !== "string"){
const err125 = {instancePath:instancePath+"/publications/groups/" + i5+"/title",schemaPath:"#/properties/publications/properties/groups/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.publications.properties.groups.items.properties.title.type,parentSchema:schema11.properties.publications.properties.groups.items.properties.title,data:data56};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
const _errs142 = errors;
var valid35 = _errs141 === errors;
}
if(data55.types !== undefined){
let data57 = data55.types;
const _errs143 = errors;
const _errs144 = errors;
if(Array.isArray(data57)){
let valid37 = true;
const len5 = data57.length;
for(let i6=0; i6<len5; i6++){
let data58 = data57[i6];
const _errs145 = errors;
if(typeof data58 !== "string"){
const err126 = {instancePath:instancePath+"/publications/groups/" + i5+"/types/" + i6,schemaPath:"#/properties/publications/properties/groups/items/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.publications.properties.groups.items.properties.types.items.type,parentSchema:schema11.properties.publications.properties.groups.items.properties.types.items,data:data58};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
const _errs146 = errors;
var valid36 = _errs145 === errors;
if(!valid36){
valid37 = false;
}
}
}
else {
const err127 = {instancePath:instancePath+"/publications/groups/" + i5+"/types",schemaPath:"#/properties/publications/properties/groups/items/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.publications.properties.groups.items.properties.types.type,parentSchema:schema11.properties.publications.properties.groups.items.properties.types,data:data57};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var valid35 = _errs143 === errors;
}
if(data55.prefix !== undefined){
let data59 = data55.prefix;
const _errs147 = errors;
const _errs148 = errors;
if(typeof data59 === "string"){
if(!pattern17.test(data59)){
const err128 = {instancePath:instancePath+"/publications/groups/" + i5+"/prefix",schemaPath:"#/properties/publications/properties/groups/items/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{1,3}$"},message:"must match pattern \""+"^[A-Z]{1,3}$"+"\"",schema:"^[A-Z]{1,3}$",parentSchema:schema11.properties.publications.properties.groups.items.properties.prefix,data:data59};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/publications/groups/" + i5+"/prefix",schemaPath:"#/properties/publications/properties/groups/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.publications.properties.groups.items.properties.prefix.type,parentSchema:schema11.properties.publications.properties.groups.items.properties.prefix,data:data59};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var valid35 = _errs147 === errors;
}
}
else {
const err130 = {instancePath:instancePath+"/publications/groups/" + i5,schemaPath:"#/properties/publications/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.publications.properties.groups.items.type,parentSchema:schema11.properties.publications.properties.groups.items,data:data55};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var valid33 = _errs138 === errors;
if(!valid33){
valid34 = false;
}
}
}
else {
const err131 = {instancePath:instancePath+"/publications/groups",schemaPath:"#/properties/publications/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.publications.properties.groups.type,parentSchema:schema11.properties.publications.properties.groups,data:data54};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var valid32 = _errs136 === errors;
}
if(data53.numbering !== undefined){
let data60 = data53.numbering;
const _errs149 = errors;
const vSchema4 = schema11.properties.publications.properties.numbering.enum;
if(!((data60 === "descending") || (data60 === "ascending"))){
const err132 = {instancePath:instancePath+"/publications/numbering",schemaPath:"#/properties/publications/properties/numbering/enum",keyword:"enum",params:{allowedValues: schema11.properties.publications.properties.numbering.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.publications.properties.numbering.enum,parentSchema:schema11.properties.publications.properties.numbering,data:data60};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
var valid32 = _errs149 === errors;
}
if(data53.legend !== undefined){
let data61 = data53.legend;
const _errs150 = errors;
if(typeof data61 !== "boolean"){
const err133 = {instancePath:instancePath+"/publications/legend",schemaPath:"#/properties/publications/properties/legend/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.publications.properties.legend.type,parentSchema:schema11.properties.publications.properties.legend,data:data61};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
const _errs151 = errors;
var valid32 = _errs150 === errors;
}
}
else {
const err134 = {instancePath:instancePath+"/publications",schemaPath:"#/properties/publications/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.publications.type,parentSchema:schema11.properties.publications,data:data53};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var valid1 = _errs133 === errors;
}
if(data.selection !== undefined){
let data62 = data.selection;
const _errs152 = errors;
const _errs153 = errors;
const _errs154 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
const _errs155 = errors;
for(const key12 in data62){
if(!(((key12 === "sections") || (key12 === "excludeSections")) || (key12 === "tags"))){
const err135 = {instancePath:instancePath+"/selection",schemaPath:"#/definitions/selection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data62};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data62.sections !== undefined){
let data63 = data62.sections;
const _errs156 = errors;
const _errs157 = errors;
if(Array.isArray(data63)){
let valid41 = true;
const len6 = data63.length;
for(let i7=0; i7<len6; i7++){
let data64 = data63[i7];
const _errs158 = errors;
if(typeof data64 !== "string"){
const err136 = {instancePath:instancePath+"/selection/sections/" + i7,schemaPath:"#/definitions/selection/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.sections.items.type,parentSchema:schema23.properties.sections.items,data:data64};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
const _errs159 = errors;
var valid40 = _errs158 === errors;
if(!valid40){
valid41 = false;
}
}
}
else {
const err137 = {instancePath:instancePath+"/selection/sections",schemaPath:"#/definitions/selection/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.sections.type,parentSchema:schema23.properties.sections,data:data63};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
var valid39 = _errs156 === errors;
}
if(data62.excludeSections !== undefined){
let data65 = data62.excludeSections;
const _errs160 = errors;
const _errs161 = errors;
if(Array.isArray(data65)){
let valid43 = true;
const len7 = data65.length;
for(let i8=0; i8<len7; i8++){
let data66 = data65[i8];
const _errs162 = errors;
if(typeof data66 !== "string"){
const err138 = {instancePath:instancePath+"/selection/excludeSections/" + i8,schemaPath:"#/definitions/selection/properties/excludeSections/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.excludeSections.items.type,parentSchema:schema23.properties.excludeSections.items,data:data66};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
const _errs163 = errors;
var valid42 = _errs162 === errors;
if(!valid42){
valid43 = false;
}
}
}
else {
const err139 = {instancePath:instancePath+"/selection/excludeSections",schemaPath:"#/definitions/selection/properties/excludeSections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.excludeSections.type,parentSchema:schema23.properties.excludeSections,data:data65};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var valid39 = _errs160 === errors;
}
if(data62.tags !== undefined){
let data67 = data62.tags;
const _errs164 = errors;
const _errs165 = errors;
if(Array.isArray(data67)){
let valid45 = true;
const len8 = data67.length;
for(let i9=0; i9<len8; i9++){
let data68 = data67[i9];
const _errs166 = errors;
if(typeof data68 !== "string"){
const err140 = {instancePath:instancePath+"/selection/tags/" + i9,schemaPath:"#/definitions/selection/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.tags.items.type,parentSchema:schema23.properties.tags.items,data:data68};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
const _errs167 = errors;
var valid44 = _errs166 === errors;
if(!valid44){
valid45 = false;
}
}
}
else {
const err141 = {instancePath:instancePath+"/selection/tags",schemaPath:"#/definitions/selection/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.tags.type,parentSchema:schema23.properties.tags,data:data67};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var valid39 = _errs164 === errors;
}
}
else {
const err142 = {instancePath:instancePath+"/selection",schemaPath:"#/definitions/selection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data62};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var valid38 = _errs153 === errors;
var valid1 = _errs152 === errors;
}
if(data.fit !== undefined){
let data69 = data.fit;
const _errs168 = errors;
const _errs169 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
const _errs170 = errors;
for(const key13 in data69){
if(!(((((((key13 === "maxPages") || (key13 === "minFontSize")) || (key13 === "minSpacing")) || (key13 === "drop")) || (key13 === "allowDrop")) || (key13 === "spacingSteps")) || (key13 === "scaleSteps"))){
const err143 = {instancePath:instancePath+"/fit",schemaPath:"#/properties/fit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.fit,data:data69};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data69.maxPages !== undefined){
let data70 = data69.maxPages;
const _errs171 = errors;
if(!((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70)))){
const err144 = {instancePath:instancePath+"/fit/maxPages",schemaPath:"#/properties/fit/properties/maxPages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.fit.properties.maxPages.type,parentSchema:schema11.properties.fit.properties.maxPages,data:data70};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
const _errs172 = errors;
if(typeof data70 == "number"){
if(data70 < 1 || isNaN(data70)){
const err145 = {instancePath:instancePath+"/fit/maxPages",schemaPath:"#/properties/fit/properties/maxPages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.fit.properties.maxPages,data:data70};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
var valid46 = _errs171 === errors;
}
if(data69.minFontSize !== undefined){
let data71 = data69.minFontSize;
const _errs173 = errors;
const _errs174 = errors;
if(typeof data71 == "number"){
if(data71 < 6 || isNaN(data71)){
const err146 = {instancePath:instancePath+"/fit/minFontSize",schemaPath:"#/properties/fit/properties/minFontSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema11.properties.fit.properties.minFontSize,data:data71};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/fit/minFontSize",schemaPath:"#/properties/fit/properties/minFontSize/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.fit.properties.minFontSize.type,parentSchema:schema11.properties.fit.properties.minFontSize,data:data71};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var valid46 = _errs173 === errors;
}
if(data69.minSpacing !== undefined){
let data72 = data69.minSpacing;
const _errs175 = errors;
const _errs176 = errors;
if(typeof data72 == "number"){
if(data72 > 1 || isNaN(data72)){
const err148 = {instancePath:instancePath+"/fit/minSpacing",schemaPath:"#/properties/fit/properties/minSpacing/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.fit.properties.minSpacing,data:data72};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data72 < 0.2 || isNaN(data72)){
const err149 = {instancePath:instancePath+"/fit/minSpacing",schemaPath:"#/properties/fit/properties/minSpacing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.2},message:"must be >= 0.2",schema:0.2,parentSchema:schema11.properties.fit.properties.minSpacing,data:data72};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/fit/minSpacing",schemaPath:"#/properties/fit/properties/minSpacing/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.fit.properties.minSpacing.type,parentSchema:schema11.properties.fit.properties.minSpacing,data:data72};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var valid46 = _errs175 === errors;
}
if(data69.drop !== undefined){
let data73 = data69.drop;
const _errs177 = errors;
const _errs178 = errors;
if(Array.isArray(data73)){
let valid48 = true;
const len9 = data73.length;
for(let i10=0; i10<len9; i10++){
let data74 = data73[i10];
const _errs179 = errors;
const _errs180 = errors;
if(typeof data74 === "string"){
if(!pattern0.test(data74)){
const err151 = {instancePath:instancePath+"/fit/drop/" + i10,schemaPath:"#/properties/fit/properties/drop/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.fit.properties.drop.items,data:data74};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/fit/drop/" + i10,schemaPath:"#/properties/fit/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.fit.properties.drop.items.type,parentSchema:schema11.properties.fit.properties.drop.items,data:data74};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var valid47 = _errs179 === errors;
if(!valid47){
valid48 = false;
}
}
}
else {
const err153 = {instancePath:instancePath+"/fit/drop",schemaPath:"#/properties/fit/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.fit.properties.drop.type,parentSchema:schema11.properties.fit.properties.drop,data:data73};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
var valid46 = _errs177 === errors;
}
if(data69.allowDrop !== undefined){
let data75 = data69.allowDrop;
const _errs181 = errors;
if(typeof data75 !== "boolean"){
const err154 = {instancePath:instancePath+"/fit/allowDrop",schemaPath:"#/properties/fit/properties/allowDrop/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.fit.properties.allowDrop.type,parentSchema:schema11.properties.fit.properties.allowDrop,data:data75};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
const _errs182 = errors;
var valid46 = _errs181 === errors;
}
if(data69.spacingSteps !== undefined){
let data76 = data69.spacingSteps;
const _errs183 = errors;
if(!((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76)))){
const err155 = {instancePath:instancePath+"/fit/spacingSteps",schemaPath:"#/properties/fit/properties/spacingSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.fit.properties.spacingSteps.type,parentSchema:schema11.properties.fit.properties.spacingSteps,data:data76};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
const _errs184 = errors;
if(typeof data76 == "number"){
if(data76 > 20 || isNaN(data76)){
const err156 = {instancePath:instancePath+"/fit/spacingSteps",schemaPath:"#/properties/fit/properties/spacingSteps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema11.properties.fit.properties.spacingSteps,data:data76};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(data76 < 1 || isNaN(data76)){
const err157 = {instancePath:instancePath+"/fit/spacingSteps",schemaPath:"#/properties/fit/properties/spacingSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.fit.properties.spacingSteps,data:data76};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
var valid46 = _errs183 === errors;
}
if(data69.scaleSteps !== undefined){
let data77 = data69.scaleSteps;
const _errs185 = errors;
if(!((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77)))){
const err158 = {instancePath:instancePath+"/fit/scaleSteps",schemaPath:"#/properties/fit/properties/scaleSteps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.fit.properties.scaleSteps.type,parentSchema:schema11.properties.fit.properties.scaleSteps,data:data77};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
const _errs186 = errors;
if(typeof data77 == "number"){
if(data77 > 20 || isNaN(data77)){
const err159 = {instancePath:instancePath+"/fit/scaleSteps",schemaPath:"#/properties/fit/properties/scaleSteps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema11.properties.fit.properties.scaleSteps,data:data77};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data77 < 1 || isNaN(data77)){
const err160 = {instancePath:instancePath+"/fit/scaleSteps",schemaPath:"#/properties/fit/properties/scaleSteps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.fit.properties.scaleSteps,data:data77};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
var valid46 = _errs185 === errors;
}
}
else {
const err161 = {instancePath:instancePath+"/fit",schemaPath:"#/properties/fit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.fit.type,parentSchema:schema11.properties.fit,data:data69};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var valid1 = _errs168 === errors;
}
}
else {
const err162 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

