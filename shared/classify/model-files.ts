import { readFileSync } from 'node:fs';

/**
 * The trained models are files beside the code (model/*.br, written by scripts/train-*.ts), read
 * on the first message that needs one. In a Lambda package infra/bundle.ts copies them beside the
 * handler and points this directory there.
 */
export const MODEL_DIRECTORY = new URL('./model/', import.meta.url);

export function readModelFile(name: string): Buffer {
  return readFileSync(new URL(name, MODEL_DIRECTORY));
}
