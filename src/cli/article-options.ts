import { Option } from 'commander';
import type { Command } from 'commander';
import { DEFAULT_DATA_BASE } from '../core/vocab.js';
import { DEFAULT_PROFILE, PROFILES } from '../graph/profile.js';
import type { Profile } from '../graph/profile.js';
import type { OutputFormat } from '../serialize/formats.js';
import type { InputFormat } from '../sources/types.js';
import { minConfidenceOption, parseBase, parseDate, parseFormats } from './options.js';

/**
 * The options that say how articles are read and what each becomes, shared by `export`, `view`
 * and `enqueue` (where they travel with the jobs). One added here reaches every such command;
 * what it changes in the pipeline goes into ArticleSettings (src/cli/run/settings.ts builds them).
 */
export interface ArticleReadingOptions {
  base: string;
  links?: string;
  date?: string;
  inputFormat: InputFormat;
  keepInvalid: boolean;
  minConfidence?: number;
  profile: Profile;
}

/** ...and, for the commands that write per-article files, their formats and the SHACL report. */
export interface ArticleOptions extends ArticleReadingOptions {
  format: OutputFormat[];
  report: boolean;
}

export function addArticleReadingOptions(command: Command): Command {
  return command
    .option('--base <iri>', 'namespace for the IRIs of articles, actors, statements and events', parseBase, DEFAULT_DATA_BASE)
    .option('--links <file.tsv>', 'link actors to IRIs (schema:sameAs): one "name<TAB>IRI[<TAB>type]" per line')
    .option(
      '--date <YYYY-MM-DD>',
      'publication date (wins over a date printed in the article); relative dates such as "last week" resolve against it',
      parseDate,
    )
    .addOption(minConfidenceOption())
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .addOption(
      new Option(
        '--profile <profile>',
        'how much the graph spells out: full (every span a Web Annotation selector), standard (mentions and sentences with offsets), lean (facts and their evidence offsets only); see the README, "Profiles"',
      )
        .choices(PROFILES)
        .default(DEFAULT_PROFILE),
    )
    .option('--keep-invalid', 'write the graph even when it has violations', false);
}

export function addArticleOptions(command: Command): Command {
  return addArticleReadingOptions(
    command.addOption(
      new Option('-f, --format <list>', 'per-article formats, comma-separated: turtle, jsonld, nquads, trig')
        .default(['turtle', 'jsonld'], 'turtle,jsonld')
        .argParser(parseFormats),
    ),
  ).option('--report', 'also write the SHACL validation report as <name>.validation.ttl', false);
}
