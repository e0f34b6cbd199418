import type { BadgeTone } from '@/components/ui/status-badge';
import type { InvoiceStatus } from '@/generated/prisma/enums';

export const INVOICE_STATUS_TONE: Record<InvoiceStatus, BadgeTone> = {
  RECEIVED: 'attention',
  ATTESTED: 'info',
  PAID: 'active',
  REJECTED: 'negative',
};
