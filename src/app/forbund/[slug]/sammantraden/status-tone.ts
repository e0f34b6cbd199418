import type { BadgeTone } from '@/components/ui/status-badge';
import type { MeetingStatus } from '@/generated/prisma/enums';

export const MEETING_STATUS_TONE: Record<MeetingStatus, BadgeTone> = {
  PLANNED: 'info',
  NOTICE_SENT: 'attention',
  HELD: 'neutral',
  MINUTES_LOCKED: 'active',
  CANCELLED: 'negative',
};
