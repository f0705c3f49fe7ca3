/** A form-level message. role=alert for errors (announced at once), status for good news. */
export function FormAlert({ tone, children }: { tone: "error" | "success" | "info"; children: React.ReactNode }) {
  const styles = { error: "bg-red-50 text-red-700", success: "bg-emerald-50 text-emerald-800", info: "bg-stone-100 text-stone-700" }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-xl px-4 py-3 text-sm leading-6 ${styles}`}>
      {children}
    </div>
  );
}
