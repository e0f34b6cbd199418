import 'server-only';

/** A text field of a posted form ('' when absent); the use case's zod schema judges it. */
export function formText(form: FormData, name: string): string {
  return String(form.get(name) ?? '');
}

/** A file field as the use cases take it: name and bytes, both empty when no file came (the use case refuses that). */
export async function formFile(form: FormData, name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const file = form.get(name);
  return file instanceof File
    ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
    : { fileName: '', bytes: new Uint8Array() };
}
