import { openTextStream } from '../sinks/index.js';
import type { TextStream } from '../sinks/index.js';
import type { ErrorRecord } from './types.js';

/** The --errors file: one JSON object per failed article, in input order, written as the run goes. */
export class ErrorReport {
  private constructor(private readonly out: TextStream) {}

  static async open(path: string): Promise<ErrorReport> {
    return new ErrorReport(await openTextStream(path));
  }

  async add(record: ErrorRecord): Promise<void> {
    const { id, file, line, stage, code, message } = record;
    await this.out.write(JSON.stringify(line === undefined ? { id, file, stage, code, message } : { id, file, line, stage, code, message }) + '\n');
  }

  async commit(): Promise<void> {
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.out.abort();
  }
}
