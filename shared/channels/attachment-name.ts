import { clipText } from '../text.ts';

/** Bidi controls reorder what follows them: U+202E shows "photo\u202Egnp.exe" as "photoexe.png". */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
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
  const shown = withoutPath.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').trim();
  return clipText(shown === '' || shown === '.' || shown === '..' ? 'unnamed' : shown, 512);
}
