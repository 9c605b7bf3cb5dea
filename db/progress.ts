// Progress of a long operation (backup, restore, verify, export, import), for a person watching a
// progress bar: what is being done now, and how far along that step is. Every step starts at
// done 0 and ends at done === total; a step that cannot be counted counts as one unit.

export interface Progress {
  /** What is being done now, as a person would say it: "Writing charts". */
  step: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

export interface CountedStep {
  /** Reports `done` when it has moved `every` units on since the last report. */
  tick: (done: number) => void;
  /** Reports done === total (once). */
  end(): void;
}

/** A step counted in units: reported at its start, every `every` units, and at its end. */
export function countedStep(onProgress: OnProgress | undefined, step: string, total: number, every = 100): CountedStep {
  let last = 0;
  let ended = false;
  onProgress?.({ step, done: 0, total });
  return {
    tick(done) {
      if (ended || done - last < every || done >= total) return;
      last = done;
      onProgress?.({ step, done, total });
    },
    end() {
      if (ended) return;
      ended = true;
      onProgress?.({ step, done: total, total });
    },
  };
}

/** A step that cannot be counted: 0 of 1 before `work`, 1 of 1 once it has returned. */
export function singleStep<T>(onProgress: OnProgress | undefined, step: string, work: () => T): T {
  onProgress?.({ step, done: 0, total: 1 });
  const result = work();
  onProgress?.({ step, done: 1, total: 1 });
  return result;
}

/** The same, for work that is asynchronous. */
export async function singleStepAsync<T>(onProgress: OnProgress | undefined, step: string, work: () => Promise<T>): Promise<T> {
  onProgress?.({ step, done: 0, total: 1 });
  const result = await work();
  onProgress?.({ step, done: 1, total: 1 });
  return result;
}
