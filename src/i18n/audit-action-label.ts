import { isAuditAction } from '@/domain/audit/audit-actions';
import { messages } from './catalog';

/**
 * A stored audit action in Swedish. Stored rows are plain text, so an unknown code (a row older
 * than the list, or written by a test) is shown as it is rather than dropped.
 */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? messages().auditHistory.actions[action] : action;
}
