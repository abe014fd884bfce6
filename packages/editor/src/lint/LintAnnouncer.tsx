import { useEffect, useState } from "react";

/**
 * A polite live region that repeats `text` once it has stayed the same for `debounceMs`, so a
 * screen reader hears the new counts when typing pauses rather than on every keystroke.
 */
export function LintAnnouncer({ text, debounceMs = 1500 }: { text: string; debounceMs?: number }) {
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text, debounceMs]);
  return (
    <div className="sfo-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="lint-announcer">
      {spoken}
    </div>
  );
}
