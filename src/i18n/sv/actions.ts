/** Refusals every server action may return (see src/server/kernel/to-action-failure.ts). */
export const actions = {
  unauthenticated: 'Du är inte inloggad. Logga in och försök igen.',
  forbidden: 'Din roll i förbundet ger inte behörighet att göra detta.',
  notFound: 'Det du försöker ändra finns inte, eller så har du inte tillgång till det.',
  invalid: 'Kontrollera de markerade fälten.',
  /** One field's value that cannot be read (an id or version a form sent). */
  invalidValue: 'Ogiltigt värde.',
  retry: 'Något gick fel. Försök igen.',
  tooLarge: 'Det som skickades är för stort (högst 6 MB). Välj en mindre fil.',
};
