"use client";

import { useEffect, useRef } from "react";

/**
 * After a refused submit, moves focus to the first field marked invalid (its error is tied to
 * it by aria-describedby, so it is read out), or to `fallback` when the refusal names no field
 * (a wrong password: the password box). Without this a server action's answer leaves focus on
 * <body>, and a screen-reader user hears nothing of what went wrong. `answer` is the form's
 * state: each new answer with a failure (`failed`) focuses again.
 */
export function useFocusInvalid<T>(answer: T, failed: boolean, fallback?: string) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!failed) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? (fallback ? form.current?.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
  }, [answer, failed, fallback]);
  return form;
}
