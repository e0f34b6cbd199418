import { z } from 'zod';
import { messages } from '@/i18n/catalog';

// The zod primitives every use case parses with; messages are Swedish, from the catalog.

const invalid = () => messages().actions.invalidValue;

/** A row id (cuid) as sent by a form; never trusted to exist or to belong to the association. */
export const id = z.string({ error: invalid }).trim().min(1, { error: invalid }).max(100, { error: invalid });
export const associationId = id;
/** Optimistic-lock version of a row as read by the form. */
export const version = z.number({ error: invalid }).int({ error: invalid }).min(1, { error: invalid });
