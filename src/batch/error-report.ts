import { isNewskgError } from '../core/errors.js';
import { describeError } from '../core/errors.js';
import { openTextStream } from '../sinks/index.js';
import type { TextStream, TextStreamOptions } from '../sinks/index.js';
import type { ItemPlace } from '../sources/types.js';
import type { ArticleFailed, ArticleWarning, ErrorRecord, ErrorStage, WarningRecord } from './types.js';

/** How an article failed: what its error record says, and the one line printed for it. */
export type Failure = Pick<ArticleFailed, 'stage' | 'code' | 'message' | 'line' | 'located'>;

export function failureOf(error: unknown, stage: ErrorStage): Failure {
  return {
    stage,
    code: isNewskgError(error) ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
    line: describeError(error),
    located: isNewskgError(error) && error.location.source !== undefined,
  };
}

export function errorRecord(item: ItemPlace, failure: Pick<Failure, 'stage' | 'code' | 'message'>): ErrorRecord {
  const record: ErrorRecord = { id: item.id, file: item.file, stage: failure.stage, code: failure.code, message: failure.message };
  if (item.line !== undefined) record.line = item.line;
  return record;
}

export function warningRecord(item: ItemPlace, warning: ArticleWarning): WarningRecord {
  const record: WarningRecord = { id: item.id, file: item.file, code: warning.code, message: warning.message };
  if (item.line !== undefined) record.line = item.line;
  return record;
}

/** The line printed for a failure (after "error: "): it names the file, and the line of a JSON Lines record. */
export function failureLine(item: ItemPlace, failure: Pick<Failure, 'line' | 'located'>): string {
  return failure.located ? failure.line : `${where(item)}: ${failure.line}`;
}

/** How an item is named in messages: its file, and the line for a JSON Lines record. */
export function where(item: ItemPlace): string {
  return item.line === undefined ? item.file : `${item.file}:${item.line}`;
}

/**
 * The --errors file, written as the run goes, in input order: one JSON object per failed article
 * (`severity: "error"`) and one per warning ingest raised about an exported article
 * (`severity: "warning"`, stage "ingest").
 */
export class ErrorReport {
  private constructor(private readonly out: TextStream) {}

  static async open(path: string, options: TextStreamOptions = {}): Promise<ErrorReport> {
    return new ErrorReport(await openTextStream(path, options));
  }

  async add(record: ErrorRecord): Promise<void> {
    await this.write(record, 'error', record.stage);
  }

  async addWarning(record: WarningRecord): Promise<void> {
    await this.write(record, 'warning', 'ingest');
  }

  private async write(record: ErrorRecord | WarningRecord, severity: 'error' | 'warning', stage: ErrorStage): Promise<void> {
    const { id, file, line, code, message } = record;
    await this.out.write(
      JSON.stringify(
        line === undefined ? { id, file, severity, stage, code, message } : { id, file, line, severity, stage, code, message },
      ) + '\n',
    );
  }

  async commit(): Promise<void> {
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.out.abort();
  }
}
