/** The plan's road from draft to adopted, comments, members' consultation and "Att göra". */
export const planWorkflow = {
  status: {
    DRAFT: 'Utkast',
    IN_PREPARATION: 'Beredning',
    IN_CONSULTATION: 'Samråd',
    ON_AGENDA: 'På styrelsens dagordning',
    ADOPTED: 'Antagen',
    REVISED: 'Reviderad',
  },
  errors: {
    illegalTransition: 'Planen kan inte gå vidare härifrån (status: {status}).',
    blockingBudgetErrors: 'Budgeten har fel som måste rättas innan planen skickas vidare: {errors}',
    planNotFound: 'Planen finns inte.',
    notInPhase: 'Planen tar inte emot kommentarer i den här fasen.',
    commentNotFound: 'Kommentaren finns inte.',
    sectionNotInPlan: 'Avsnittet hör inte till planen.',
    openPlanMatter: 'Planen har redan ett öppet ärende till styrelsen.',
    conclusionNotFound: 'Slutsatsen finns inte.',
    meetingNotConsultation: 'Mötet är inte ett medlemssamråd i förbundet.',
    required: 'Fyll i fältet.',
    tooLong: 'Texten är för lång.',
  },
  matterTitle: 'Verksamhets- och budgetplan {year}',
  proposedDecision: 'Styrelsen beslutar att anta verksamhets- och budgetplan {year}.',
};
