import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../../extract/pipeline.js';
import { extractArticle } from '../extractor.js';
import type { Task, TaskResult, WorkerSetup } from './messages.js';

/** Worker thread: builds the pipeline once, then extracts each article it is sent. */
const setup = workerData as WorkerSetup;
const pipeline = createPipeline({ profile: setup.profile });
const port = parentPort!;

port.on('message', (task: Task) => {
  let reply: TaskResult;
  try {
    reply = { id: task.id, ok: true, result: extractArticle(pipeline, task.article) };
  } catch (e) {
    reply = { id: task.id, ok: false, error: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
