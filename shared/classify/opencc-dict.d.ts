/** opencc-js ships its dictionaries as modules without type declarations. */
declare module 'opencc-js/dict/*' {
  /** "traditional simplified|traditional simplified|…" */
  const dictionary: string;
  export default dictionary;
}
