// Computes the lessons' heavier figure data (deep nets, pruning) ahead of the first /explain, one piece
// per turn of the event loop, so requests arriving meanwhile are not held up.
import type { Logger } from '../dispatch/types.js';
import { lessonDataTasks } from './figure-data.js';

export function warmLessonFigures(log: Logger): void {
  const tasks = lessonDataTasks();
  const started = performance.now();
  const next = () => {
    const task = tasks.shift();
    if (!task) {
      log.info({ ms: Math.round(performance.now() - started) }, 'lesson figures ready');
      return;
    }
    try {
      task();
    } catch (error) {
      log.warn({ err: error }, 'could not precompute a lesson figure; it will be computed on first use');
    }
    setImmediate(next);
  };
  setImmediate(next);
}
