/** Budget import from the association's spreadsheet (CSV/XLSX) and export in the same layout. */
export const budgetImport = {
  title: 'Importera budget',
  lead: 'Läs in budgeten från förbundets eget kalkylark (CSV eller XLSX) i samma uppställning som exporten: Typ; Rad; Budget 2026; Prognos 2027 …',
  fileLabel: 'Fil (CSV eller XLSX, högst 2 MB)',
  planLabel: 'Till plan',
  planOption: '{title} (version {version}, {status})',
  modeLabel: 'Befintliga budgetrader',
  modeReplace: 'Ersätt planens budgetrader',
  modeAppend: 'Lägg till efter planens budgetrader',
  preview: 'Förhandsgranska',
  previewing: 'Läser filen …',
  import: 'Importera',
  importing: 'Importerar …',
  noEditablePlan: 'Det finns ingen plan att importera till',
  noEditablePlanBody:
    'Import går bara till en plan som inte är antagen eller låst (utkast, under beredning eller på samråd).',
  backToBudget: 'Tillbaka till budgeten',
  exportCsv: 'Exportera CSV',
  exportXlsx: 'Exportera Excel',
  chooseFile: 'Välj en fil.',
  chooseMode: 'Välj om raderna ska ersättas eller läggas till.',

  previewTitle: 'Förhandsgranskning: inget är sparat ännu',
  linesToCreate: '{count} budgetrader skapas',
  linesToRemove: 'Planens {count} befintliga budgetrader tas bort.',
  columnLine: 'Rad',
  columnType: 'Typ',
  columnGroup: 'Grupp',
  outsideTotal: 'utanför totalen',
  storedAs: 'sparas som {kind}',
  noAmount: '–',

  sumsTitle: 'Kontroll av summarader',
  sumsLead: 'Summarader importeras inte som rader; de jämförs med summorna beräknade ur raderna.',
  sumsAllMatch: 'Alla {count} kontrollerade summor stämmer.',
  sumsMatched: '{count} summor stämmer.',
  mismatch: '{name} {year}: filen anger {printed}, raderna ger {computed} (rad {row}, kolumn {column}).',
  notCheckedName: '{name} (rad {row}) kontrolleras inte: okänd summarad.',
  notCheckedFormula:
    '{name} {year} (rad {row}, kolumn {column}) kontrolleras inte: formeln saknar sparat värde i filen.',

  errorsTitle: 'Filen kan inte importeras',
  errorsLead: 'Rätta felen i filen och försök igen. Ingenting har sparats.',
  errorAt: 'Rad {row}, kolumn {column}: {message}',

  imported: '{count} budgetrader importerades till {title}.',
  importedWithMismatches:
    '{count} budgetrader importerades till {title}. {mismatches} summor i filen stämde inte med raderna; se kontrollen nedan.',

  errors: {
    missingHeader:
      'Rubrikraden saknas: första raden ska vara Typ; Rad; och en kolumn per år, t.ex. Budget 2026 eller Prognos 2027.',
    unknownColumn: 'Okänd kolumnrubrik "{header}": ange typ och år, t.ex. Budget 2026, Prognos 2027 eller Utfall 2025.',
    columnWithoutHeader: 'Kolumnen har belopp men ingen rubrik.',
    duplicateYear: 'Året {year} finns redan i en tidigare kolumn.',
    unknownType: 'Okänd typ "{type}": använd Intäkt, Intäkt utanför totalen, Eget kapital, Kostnad eller Summa.',
    missingType: 'Typ saknas.',
    missingName: 'Radens namn saknas.',
    unreadableAmount: 'Beloppet "{value}" kan inte läsas som kronor.',
    twoAmountsExpected: 'Kolumnen gäller två år: ange två belopp åtskilda med /, t.ex. 2 130 000/2 120 000.',
    formulaWithoutValue:
      'Cellen är en formel utan sparat värde. Öppna filen i Excel och spara den igen, eller skriv in beloppet.',
    emptyFile: 'Filen är tom.',
    tooLarge: 'Filen är för stor: högst 2 MB.',
    tooManyRows: 'Filen har för många rader: högst {max}.',
    tooManyColumns: 'Filen har för många kolumner: högst {max}.',
    unreadableXlsx: 'Filen kan inte läsas som en Excel-fil (XLSX). Spara den som .xlsx eller .csv och försök igen.',
    suspiciousXlsx: 'Excel-filen packas upp till mer än vad en budget rimligen kräver och läses därför inte.',
    notXlsx: 'Filen är ett zip-arkiv men ingen Excel-fil (XLSX): välj en .xlsx- eller .csv-fil.',
    unclosedQuote:
      'Ett citattecken (") på rad {row} stängs aldrig: kontrollera att filen är en CSV-fil med ; eller , mellan fälten.',
    noWorksheet: 'Excel-filen har inget kalkylblad.',
    unknownFormat: 'Filtypen stöds inte: välj en CSV- eller XLSX-fil.',
    planNotFound: 'Planen finns inte.',
    planLocked: 'Planen är antagen eller låst och kan inte ändras genom import.',
    fileHasErrors: 'Filen har fel och importerades inte.',
  },
};
