/** A form's error line, announced when it appears; nothing when there is none. */
export function FormError({ error }: { error: string }) {
  if (!error) return null;
  return (
    <p className="error small" role="alert">
      {error}
    </p>
  );
}
