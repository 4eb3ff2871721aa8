import { projectAnnotations } from '../../annotate/index.js';
import { analyzeArticle } from '../../pipeline.js';
import { openTextStream } from '../../sinks/index.js';
import { readSourcesFrom } from '../../sources/index.js';
import { describeError } from '../../core/errors.js';
import { EXIT } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';

export interface AnnotateOptions {
  out?: string;
  quiet: boolean;
  minConfidence?: number;
  /** The extractors' uncalibrated scores, nothing left out: what scripts/calibrate.ts fits the calibration on. */
  rawConfidence: boolean;
}

export async function runAnnotate(file: string, options: AnnotateOptions, host: CliHost): Promise<number> {
  const sink = await openTextStream(options.out ?? '-', { stdout: host.stdout });
  let records = 0;
  let failures = 0;
  let bytes = 0;
  let busy = 0n;
  let cpuMicros = 0;
  try {
    for await (const item of readSourcesFrom([file], { inputFormat: 'jsonl' }, { stdin: host.stdin })) {
      if (!item.ok) {
        failures++;
        printLine(host.stderr, `error: ${describeError(item.error)}`);
        continue;
      }
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      let line: string;
      try {
        const { doc, extraction } = analyzeArticle(
          item.input,
          options.rawConfidence
            ? { confidence: 'raw' }
            : options.minConfidence !== undefined
              ? { minConfidence: options.minConfidence }
              : {},
        );
        line = JSON.stringify(projectAnnotations(item.id, doc.text, extraction, { authors: doc.metadata.authors }));
      } catch (error) {
        failures++;
        printLine(host.stderr, `error: ${item.id}: ${describeError(error)}`);
        line = JSON.stringify({ id: item.id, entities: [], statements: [], timexes: [], events: [] });
      }
      busy += process.hrtime.bigint() - started;
      const cpu = process.cpuUsage(cpuStarted);
      cpuMicros += cpu.user + cpu.system;
      records++;
      bytes += Buffer.byteLength(item.input.raw, 'utf8');
      await sink.write(line + '\n');
    }
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  if (!options.quiet) {
    const seconds = Number(busy) / 1e9;
    // CPU time as well as wall time: on a shared machine the wall figure counts time spent waiting for a core;
    // process.cpuUsage counts every thread of the process, V8's compiler and garbage collector included.
    const cpuSeconds = cpuMicros / 1e6;
    const kb = bytes / 1024;
    printLine(
      host.stderr,
      `newskg: ${records} record(s) annotated, ${failures} failed; ingest + extraction ${kb.toFixed(0)} KB in ${seconds.toFixed(2)} s = ${(kb / Math.max(seconds, 1e-9)).toFixed(0)} KB/s (one core); ${cpuSeconds.toFixed(2)} s of CPU = ${(kb / Math.max(cpuSeconds, 1e-9)).toFixed(0)} KB per CPU-second`,
    );
  }
  return failures ? EXIT.INPUT_FAILED : EXIT.OK;
}
