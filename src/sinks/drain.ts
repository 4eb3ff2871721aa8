/**
 * Resolves once a stream that refused a write (backpressure) can take more, or has failed: the
 * caller checks which. Both listeners go as soon as one fires, so a long run adds none to the stream.
 */
export function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}
