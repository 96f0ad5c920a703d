import { fileURLToPath } from 'node:url';

/** The installed package: the bundled layouts and fonts live here (a path with spaces must survive). */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
