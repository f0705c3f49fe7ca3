"use client";

import { useEffect, useState } from "react";

type Tone = "success" | "error";
type Toast = { id: number; tone: Tone; text: string };

// A few lines instead of a toast library: this ships on every page, so it should weigh nothing.
const listeners = new Set<(toast: Toast) => void>();
let nextId = 0;

function show(tone: Tone, text: string) {
  const item = { id: nextId++, tone, text };
  for (const listener of listeners) listener(item);
}

/** Short Korean notices after an action (찜 failed, follower removed…), announced politely. */
export const toast = { success: (text: string) => show("success", text), error: (text: string) => show("error", text) };

const SHOWN_MS = 3_500;

export function Toaster() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useEffect(() => {
    const add = (item: Toast) => {
      setToasts((shown) => [...shown.slice(-2), item]);
      setTimeout(() => setToasts((shown) => shown.filter((t) => t.id !== item.id)), SHOWN_MS);
    };
    listeners.add(add);
    return () => {
      listeners.delete(add);
    };
  }, []);
  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 top-4 z-50 flex flex-col items-center gap-2 px-4">
      {toasts.map((t) => (
        <p
          key={t.id}
          role={t.tone === "error" ? "alert" : "status"}
          className={`rounded-xl px-4 py-3 text-sm font-medium shadow-lg ${t.tone === "error" ? "bg-red-600 text-white" : "bg-ink text-white"}`}
        >
          {t.text}
        </p>
      ))}
    </div>
  );
}
