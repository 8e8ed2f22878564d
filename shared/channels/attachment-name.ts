import { clipText, withoutBidiControls } from '../text.ts';

const CONTROLS = /\p{Cc}+/gu;

/** A Windows client's full path (old browsers send C:\Users\…): only its last segment names the file. */
const WINDOWS_PATH = /^.*\\/su;
/** What points elsewhere before a name (../, ./, /): says nothing about the file. */
const LEADING_PATH = /^(?:\.{0,2}\/)+/u;

/**
 * A sender's file name as an item lists it (forms, mail, WeChat): without a Windows path before it
 * or a leading ../ or /, with control characters as spaces (a NUL made the whole message
 * unstorable) and no bidi controls (an isolated run in the console still shows a .exe as a .png
 * inside it). A "/" inside it stays: it is part of the name (对账单 10/2024.xlsx), not a folder.
 */
export function listedFileName(name: string | undefined): string {
  const withoutPath = (name ?? '').replace(WINDOWS_PATH, '').replace(LEADING_PATH, '');
  // Bidi controls reorder what follows them: U+202E shows "photo\u202Egnp.exe" as "photoexe.png".
  const shown = withoutBidiControls(withoutPath).replace(CONTROLS, ' ').trim();
  return clippedKeepingExtension(shown === '' || shown === '.' || shown === '..' ? 'unnamed' : shown);
}

const MAX_NAME = 512;
/** Longer than that, an extension is what follows the last dot. */
const MAX_EXTENSION = 32;

/** Cut inside, not at the end: the extension says what the file is, and a long name must not hide a .exe. */
function clippedKeepingExtension(name: string): string {
  if (name.length <= MAX_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION ? name.slice(dot) : '';
  return `${clipText(name, MAX_NAME - 1 - extension.length)}…${extension}`;
}
