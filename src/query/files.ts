import { collectRdfFiles } from '../sources/rdf-files.js';

/** The data files named on the command line: files as given, folders walked (see collectRdfFiles). */
export const collectDataFiles = collectRdfFiles;
