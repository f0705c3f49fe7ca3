import { useId } from "react";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "id"> & { label: string; errors?: string[]; hint?: string };

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function TextField({ label, errors, hint, className, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={[invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined}
        className={`h-12 w-full rounded-xl border px-4 text-[15px] outline-none transition placeholder:text-stone-400 focus:ring-2 ${
          invalid ? "border-red-500 focus:ring-red-100" : "border-stone-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
        {...input}
      />
      {hint && !invalid && (
        <p id={hintId} className="mt-1.5 text-xs text-stone-500">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="mt-1.5 text-xs text-red-600">
          {errors![0]}
        </p>
      )}
    </div>
  );
}
