/** Interface strings. Server text (answers, labels) is shown as sent; only the chrome is translated. */

const en = {
  open: "Open chat",
  close: "Close chat",
  title: "Ask our data",
  greeting: "Hi! Ask me a question about the data.",
  placeholder: "Ask a question…",
  send: "Send",
  newChat: "New conversation",
  you: "You",
  assistant: "Assistant",
  thinking: "Understanding…",
  showSql: "Show SQL",
  copy: "Copy",
  copied: "Copied",
  copySql: "Copy SQL",
  csv: "Download CSV",
  showAll: "Show all {n} rows",
  showFewer: "Show fewer rows",
  truncated: "Only the first {n} rows were returned.",
  rows: "{n} rows",
  noRows: "No rows.",
  chartFailed: "The chart could not be drawn.",
  chart: "Chart",
  retry: "Retry",
  retryIn: "Retry in {n} s",
  e401: "This chat is not available: its key is unknown or revoked.",
  identity: "Please sign in again to use this chat.",
  e403: "This site is not allowed to use this chat.",
  e429: "Too many questions at once. Please wait a moment.",
  offline: "You seem to be offline. Check your connection and retry.",
  unreachable: "The chat service cannot be reached from this site. It may not be allowed here, or it is down.",
  failed: "Something went wrong. Please retry.",
  suggestions: "Suggested questions",
  computed: "Computed",
  options: "Possible meanings",
};

export type Strings = typeof en;

const fr: Strings = {
  open: "Ouvrir le chat",
  close: "Fermer le chat",
  title: "Interrogez nos données",
  greeting: "Bonjour ! Posez-moi une question sur les données.",
  placeholder: "Posez une question…",
  send: "Envoyer",
  newChat: "Nouvelle conversation",
  you: "Vous",
  assistant: "Assistant",
  thinking: "Analyse…",
  showSql: "Voir le SQL",
  copy: "Copier",
  copied: "Copié",
  copySql: "Copier le SQL",
  csv: "Télécharger en CSV",
  showAll: "Afficher les {n} lignes",
  showFewer: "Afficher moins de lignes",
  truncated: "Seules les {n} premières lignes ont été renvoyées.",
  rows: "{n} lignes",
  noRows: "Aucune ligne.",
  chartFailed: "Le graphique n'a pas pu être dessiné.",
  chart: "Graphique",
  retry: "Réessayer",
  retryIn: "Réessayer dans {n} s",
  e401: "Ce chat n'est pas disponible : sa clé est inconnue ou révoquée.",
  identity: "Reconnectez-vous pour utiliser ce chat.",
  e403: "Ce site n'est pas autorisé à utiliser ce chat.",
  e429: "Trop de questions à la fois. Merci de patienter un instant.",
  offline: "Vous semblez hors ligne. Vérifiez votre connexion et réessayez.",
  unreachable: "Le service de chat est injoignable depuis ce site : il n'y est peut-être pas autorisé, ou il est indisponible.",
  failed: "Une erreur est survenue. Merci de réessayer.",
  suggestions: "Questions suggérées",
  computed: "Calculé",
  options: "Sens possibles",
};

const de: Strings = {
  open: "Chat öffnen",
  close: "Chat schließen",
  title: "Fragen Sie unsere Daten",
  greeting: "Hallo! Stellen Sie mir eine Frage zu den Daten.",
  placeholder: "Frage stellen…",
  send: "Senden",
  newChat: "Neue Unterhaltung",
  you: "Sie",
  assistant: "Assistent",
  thinking: "Verstehe…",
  showSql: "SQL anzeigen",
  copy: "Kopieren",
  copied: "Kopiert",
  copySql: "SQL kopieren",
  csv: "CSV herunterladen",
  showAll: "Alle {n} Zeilen anzeigen",
  showFewer: "Weniger Zeilen anzeigen",
  truncated: "Nur die ersten {n} Zeilen wurden geliefert.",
  rows: "{n} Zeilen",
  noRows: "Keine Zeilen.",
  chartFailed: "Das Diagramm konnte nicht gezeichnet werden.",
  chart: "Diagramm",
  retry: "Erneut versuchen",
  retryIn: "Erneut in {n} s",
  e401: "Dieser Chat ist nicht verfügbar: Schlüssel unbekannt oder widerrufen.",
  identity: "Bitte melden Sie sich erneut an, um diesen Chat zu nutzen.",
  e403: "Diese Website darf diesen Chat nicht verwenden.",
  e429: "Zu viele Fragen auf einmal. Bitte einen Moment warten.",
  offline: "Sie scheinen offline zu sein. Verbindung prüfen und erneut versuchen.",
  unreachable: "Der Chat-Dienst ist von dieser Website aus nicht erreichbar: nicht freigegeben oder gestört.",
  failed: "Etwas ist schiefgelaufen. Bitte erneut versuchen.",
  suggestions: "Vorgeschlagene Fragen",
  computed: "Berechnet",
  options: "Mögliche Bedeutungen",
};

const TABLE: Record<string, Strings> = { en, fr, de };

/** The strings for a language tag such as "fr-CA"; English when the language is not translated. */
export function strings(lang: string): Strings {
  return TABLE[lang.toLowerCase().split(/[-_]/)[0]] || en;
}

/** The language the interface is shown in: `lang` when it is translated, else English ("en"). */
export function uiLang(lang: string): string {
  return TABLE[lang.toLowerCase().split(/[-_]/)[0]] ? lang : "en";
}

export function fill(template: string, n: number | string): string {
  return template.replace("{n}", String(n));
}
