type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; variant?: "primary" | "secondary" | "danger" };

export function SubmitButton({ pending, variant = "primary", className = "", children, disabled, ...rest }: Props) {
  const look = {
    primary: "bg-brand-500 text-white hover:bg-brand-600 disabled:bg-brand-200",
    secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:text-stone-400",
    danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-red-200",
  }[variant];
  return (
    <button
      type="submit"
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`h-12 rounded-xl px-5 text-[15px] font-semibold transition disabled:cursor-not-allowed ${look} ${className}`}
      {...rest}
    >
      {children}
    </button>
  );
}
