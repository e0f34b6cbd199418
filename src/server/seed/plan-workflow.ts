import type { Tx } from './seed-helpers';

/**
 * FinsamGotland's members' consultation in February 2026 (held), with strategic questions and
 * conclusions drawn from the 2026 plan's themes; the 2027 draft has considered the first one.
 */
export async function seedPlanWorkflow(tx: Tx, associationId: string): Promise<void> {
  const meeting = await tx.meeting.create({
    data: {
      associationId,
      body: 'MEMBERS_CONSULTATION',
      title: 'Medlemssamråd 2026',
      startsAt: new Date('2026-02-20T10:00:00+01:00'),
      location: 'Visby',
      status: 'HELD',
    },
  });
  const conclusions = [
    {
      question: 'Hur ska flerpartssamverkan kring SIP utvecklas så att individen får en gemensam kartläggning?',
      conclusion:
        'Parterna vill gå vidare med en gemensam kartläggningsmodell och ser att förbundet samordnar en pilot med Region Gotland och Försäkringskassan under 2027.',
    },
    {
      question: 'Ska förbundet pröva IPS (Individual Placement and Support) på Gotland?',
      conclusion:
        'Samrådet ser behov av en inventering av förutsättningarna för IPS innan en insats beslutas; Arbetsförmedlingen medverkar.',
    },
    {
      question: 'Hur når vi unga vuxna 25–29 år med aktivitetsersättning?',
      conclusion:
        'Unga vuxna med aktivitetsersättning ska vara en prioriterad målgrupp även 2027, med fortsatt stöd genom Ung Vux Gotland eller motsvarande.',
    },
  ];
  const created = [];
  for (const [order, c] of conclusions.entries()) {
    created.push(
      await tx.consultationConclusion.create({
        data: { associationId, meetingId: meeting.id, year: 2026, order, ...c },
        select: { id: true },
      }),
    );
  }
  const draft = await tx.plan.findFirst({
    where: { associationId, year: 2027, status: 'DRAFT' },
    select: { id: true },
  });
  if (draft) {
    await tx.planConsideration.create({
      data: {
        planId: draft.id,
        conclusionId: created[2]!.id,
        text: 'Unga vuxna med aktivitetsersättning står kvar som prioriterad målgrupp, och en förlängning av Ung Vux Gotland 2027 bereds (ärende 2026-2).',
      },
    });
  }
}
