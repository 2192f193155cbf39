import { useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang, useLocalePath } from "~/i18n/react";

type Suggestion = { key: string; title: string; path: string; typeLabel: string };
type Answer = { q: string; suggestions: Suggestion[]; total: number; didYouMean: string | null };

const DEBOUNCE_MS = 250;
const MIN_LETTERS = 2;

/**
 * The search box in the header. Without JavaScript it is a plain GET form to /sok. With JavaScript it
 * becomes a WAI-ARIA 1.2 combobox with a listbox of suggestions from /sok/forslag: arrow keys move
 * through them (aria-activedescendant, focus stays in the field), Enter opens the chosen one (or
 * searches, with none chosen), Escape closes the list and then clears the field, and a polite live
 * region says how many suggestions there are. Requests are debounced and a stale one is aborted.
 * On an English page it asks `/en/sok/forslag` (English type names and paths) and marks the titles, the
 * Swedish text the search has, `lang="sv"`.
 */
export function SearchCombobox() {
  const navigate = useNavigate();
  const { t } = useTranslation("search");
  const lang = useLang();
  const lp = useLocalePath();
  const id = useId().replace(/:/g, "");
  const inputId = `sidsok-${id}`;
  const listId = `sidsok-lista-${id}`;
  const optionId = (index: number) => `sidsok-forslag-${id}-${index}`;
  const [enhanced, setEnhanced] = useState(false);
  const [text, setText] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const pending = useRef<AbortController | null>(null);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    const q = text.trim();
    pending.current?.abort();
    if (q.length < MIN_LETTERS) {
      setAnswer(null);
      setOpen(false);
      setActive(-1);
      setAnnouncement("");
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(lp(`/sok/forslag?${new URLSearchParams({ q })}`), {
          headers: { accept: "application/json" },
          credentials: "same-origin",
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Answer;
        if (controller.signal.aborted) return;
        setAnswer(next);
        setActive(-1);
        setOpen(true);
        const count = next.suggestions.length;
        setAnnouncement(count === 0 ? t("box.none") : next.didYouMean ? t("box.countFor", { count, suggestion: next.didYouMean }) : t("box.count", { count }));
      } catch {
        if (!controller.signal.aborted) {
          setAnswer(null);
          setOpen(false);
        }
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, lp, t]);

  const suggestions = answer?.suggestions ?? [];
  const expanded = enhanced && open && answer !== null;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: Suggestion) => {
    close();
    navigate(suggestion.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => {
        if (!open || current === -1) return step === 1 ? 0 : suggestions.length - 1;
        return (current + step + suggestions.length) % suggestions.length;
      });
    } else if (event.key === "Enter") {
      if (expanded && active >= 0 && suggestions[active]) {
        event.preventDefault();
        choose(suggestions[active]);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        close();
      } else if (text) {
        event.preventDefault();
        setText("");
      }
    } else if (event.key === "Tab") {
      close();
    }
  };

  const comboboxProps = enhanced
    ? {
        role: "combobox" as const,
        "aria-autocomplete": "list" as const,
        "aria-expanded": expanded,
        "aria-controls": listId,
        "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
        value: text,
        onChange: (event: ChangeEvent<HTMLInputElement>) => setText(event.target.value),
        onKeyDown,
        onBlur: () => close(),
        onFocus: () => {
          if (answer && text.trim().length >= MIN_LETTERS) setOpen(true);
        },
      }
    : {};

  return (
    <form method="get" action={lp("/sok")} role="search" aria-label={t("box.label")} className="relative flex items-end gap-2">
      <div>
        <label htmlFor={inputId} className="sr-only">
          {t("box.label")}
        </label>
        <input
          id={inputId}
          name="q"
          type="text"
          maxLength={200}
          autoComplete="off"
          placeholder={t("box.placeholder")}
          className="w-48 rounded border-2 border-line bg-white px-3 py-1 sm:w-64"
          {...comboboxProps}
        />
        {enhanced ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={t("box.suggestions")}
            hidden={!expanded || suggestions.length === 0}
            className="absolute left-0 top-full z-40 mt-1 max-h-96 w-80 overflow-y-auto rounded border-2 border-brand bg-white shadow-lg"
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // mousedown would blur the field and close the list before the click lands
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
                className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand text-white" : "hover:bg-surface"}`}
              >
                <span className="block font-semibold" lang={lang === "sv" ? undefined : "sv"}>
                  {suggestion.title}
                </span>
                <span className={`block text-sm ${index === active ? "text-white" : "text-muted"}`}>{suggestion.typeLabel}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <div role="status" aria-live="polite" className="sr-only">
          {announcement}
        </div>
      </div>
      {/* An icon button whose name does not repeat "Sök": the landmark already says it, and a page's own "Sök" button stays the only one so named. */}
      <button type="submit" className="rounded border-2 border-brand px-2 py-1 text-brand-dark hover:bg-brand hover:text-white">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t("box.submit")}</span>
      </button>
    </form>
  );
}
