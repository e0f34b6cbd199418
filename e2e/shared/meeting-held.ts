import pg from 'pg';

/**
 * A decision exists from its meeting, never before it (ADR 034): specs that record decisions at the
 * demo's upcoming board meeting first make it a meeting held today. Sets the meeting's start a minute
 * back from now, straight in the e2e database (the meeting form would send members an updated notice).
 */
export async function holdMeetingNow(meetingId: string): Promise<void> {
  const client = new pg.Client({
    connectionString:
      process.env.E2E_DATABASE_URL ??
      `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`,
  });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE "Meeting" SET "startsAt" = now() - interval '1 minute' WHERE id = $1 AND "minutesLockedAt" IS NULL`,
      [meetingId],
    );
    if (rowCount !== 1) throw new Error(`meeting ${meetingId} not found or its minutes are locked`);
  } finally {
    await client.end();
  }
}
