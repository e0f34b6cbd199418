/** The look of every text box, select and text area (one string, used by Input, Select, Textarea). */
export const controlClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-accent-700 focus:outline-none focus:ring-2 focus:ring-accent-700/30 disabled:bg-slate-50';

export function controlClassName(className: string | undefined): string {
  return className ? `${controlClass} ${className}` : controlClass;
}
