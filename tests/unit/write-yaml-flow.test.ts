import { parse } from 'yaml';
import { writeCvYaml } from '../../src/sources/write-yaml.js';

describe('cv.yaml written by cv import', () => {
  it('quotes inline strings that YAML 1.1 tools misread (a ? in a URL), and they read back the same', () => {
    const url = 'https://scholar.google.com/citations?user=GR8BOxsAAAAJ';
    const raw = { name: 'Ada Lovelace', profiles: [{ network: 'Google Scholar', username: 'GR8BOxsAAAAJ', url }, { network: 'GitHub', url: 'https://github.com/ada' }], sections: [] };
    const yaml = writeCvYaml(raw, { schemaPath: './schema/cv.schema.json', from: 'x' });
    expect(yaml).toContain(`  - {network: Google Scholar, username: GR8BOxsAAAAJ, url: "${url}"}\n`);
    expect(yaml).toContain('  - {network: GitHub, url: https://github.com/ada}\n');
    expect(parse(yaml)).toEqual(raw);
  });
});
