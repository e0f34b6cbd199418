export function EmptyState({ title, body, testId }: { title: string; body: string; testId?: string }) {
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center"
      data-testid={testId}
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mx-auto mt-2 max-w-prose text-slate-600">{body}</p>
    </div>
  );
}
