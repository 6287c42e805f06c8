import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  log(line: string): void;
  stop(): void;
}

/** A progress counter on stderr when it is a terminal; plain stderr lines otherwise. */
export function progress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) {
    return { tick() {}, log: (line) => void process.stderr.write(line + '\n'), stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'ingesting {value} articles | {duration_formatted}', stream: process.stderr, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0);
  let n = 0;
  return {
    tick: () => bar.update(++n),
    log: (line) => {
      process.stderr.write('\r\x1b[K' + line + '\n');
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
