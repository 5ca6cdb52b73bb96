import ui from "../ui/ui.module.css";

/** Accessible attributes for a field that may have an error: invalid state and the messages it is described by. */
export function fieldProps(name: string, errors: Record<string, string[]>, hintId?: string) {
  const hasError = (errors[name]?.length ?? 0) > 0;
  const describedBy = [hintId, hasError ? `${name}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": hasError || undefined, "aria-describedby": describedBy || undefined } as const;
}

export function FieldError({ name, errors }: { name: string; errors: Record<string, string[]> }) {
  const messages = errors[name];
  if (!messages || messages.length === 0) return null;
  return (
    <p id={`${name}-error`} className={ui.error}>
      {messages.join(" ")}
    </p>
  );
}
