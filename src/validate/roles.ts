/** Schema definitions whose strings the checks treat specially (read by the precompiled validator's generator too). */
export const CV_SCHEMA_ROLES = { Markup: 'markup', ShortMarkup: 'markup', Url: 'url', CvDate: 'date' } as const;
