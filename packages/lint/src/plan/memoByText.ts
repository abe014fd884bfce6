/**
 * `fn`, remembering its results for the last `size` texts. Row rules run again on every keystroke
 * in their row, where every field but the one being typed in has the text it had.
 */
export function memoByText<T>(fn: (text: string) => T, size = 32): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    const value = fn(text);
    if (memo.size >= size) memo.delete(memo.keys().next().value as string);
    memo.set(text, value);
    return value;
  };
}
