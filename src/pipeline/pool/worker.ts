// An extraction worker thread: cleans and extracts the documents the pool sends, against its copy of the registry.
import { parentPort } from 'node:worker_threads';
import type { KnownPeople } from '../../extract/context';
import { asDyadError } from '../../shared/errors';
import { processDocument } from '../stages';
import type { FromWorker, ToWorker } from './messages';

const known: KnownPeople = new Map();
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  void handle(message).then((reply) => port.postMessage(reply));
});

async function handle(message: ToWorker): Promise<FromWorker> {
  for (const [key, value] of message.known) {
    if (value === null) known.delete(key);
    else known.set(key, value);
  }
  try {
    // Structured cloning turns the Buffer into a plain Uint8Array; the decoders expect a Buffer.
    const raw = { ...message.raw, body: Buffer.from(message.raw.body.buffer, message.raw.body.byteOffset, message.raw.body.byteLength) };
    return { type: 'done', id: message.id, result: await processDocument(raw, known, true) };
  } catch (err) {
    const error = asDyadError(err, message.raw.source);
    return { type: 'failed', id: message.id, error: { code: error.code, message: error.message, input: error.input } };
  }
}
