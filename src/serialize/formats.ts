/** The output formats and their file extensions, apart from the writers (the CLI parses options with these alone). */
export type OutputFormat = 'turtle' | 'jsonld' | 'nquads' | 'trig';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['turtle', 'jsonld', 'nquads', 'trig'];

export const FILE_EXTENSIONS: Record<OutputFormat, string> = { turtle: 'ttl', jsonld: 'jsonld', nquads: 'nq', trig: 'trig' };
