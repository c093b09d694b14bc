<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AppLauncher</name>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Governance von KI-Agenten und anderen nicht-menschlichen Identitäten.</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql:// URL (default: $RECERTIFY_DB, else %1)</source>
        <translation>SQLite-Datenbankdatei oder postgresql://-URL (Standard: $RECERTIFY_DB, sonst %1)</translation>
    </message>
    <message>
        <source>User interface language, such as de or fr (default: the system&apos;s)</source>
        <translation>Sprache der Benutzeroberfläche, etwa de oder fr (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it shows data, then exit</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es Daten anzeigt, und dann beenden</translation>
    </message>
    <message>
        <source>Recertify</source>
        <translation>Recertify</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>List the inventory of non-human identities</source>
        <translation>Inventar der nicht-menschlichen Identitäten auflisten</translation>
    </message>
    <message>
        <source>Show one identity with owners, credentials, grants, usage and lifecycle</source>
        <translation>Eine Identität mit Eigentümern, Anmeldedaten, Berechtigungen, Nutzung und Lebenszyklus anzeigen</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate</source>
        <translation>Die Datenbank mit einem realistischen synthetischen Bestand füllen</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] &lt;command&gt; [args]</source>
        <translation>Aufruf: recertify-cli [--db PATH] [--json] &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Governance von KI-Agenten und anderen nicht-menschlichen Identitäten.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql://user@host:port/dbname URL</source>
        <translation>SQLite-Datenbankdatei oder URL der Form postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>(default: $RECERTIFY_DB, else %1)</source>
        <translation>(Standard: $RECERTIFY_DB, sonst %1)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s</source>
        <translation>diese Hilfe anzeigen; &apos;&lt;Befehl&gt; --help&apos; zeigt die Hilfe eines Befehls</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verification failed.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 Verifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>--db: expected a path or URL</source>
        <translation>--db: Pfad oder URL erwartet</translation>
    </message>
    <message>
        <source>Unknown option %1; see recertify-cli --help</source>
        <translation>Unbekannte Option %1; siehe recertify-cli --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see recertify-cli --help</source>
        <translation>Unbekannter Befehl „%1“; siehe recertify-cli --help</translation>
    </message>
    <message>
        <source>Show this command&apos;s help</source>
        <translation>Hilfe zu diesem Befehl anzeigen</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] %1 [options]</source>
        <translation>Aufruf: recertify-cli [--db PATH] [--json] %1 [Optionen]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (ausgeschieden)</translation>
    </message>
    <message>
        <source>Only identities of this kind (%1)</source>
        <translation>Nur Identitäten dieses Typs (%1)</translation>
    </message>
    <message>
        <source>Only identities from this source</source>
        <translation>Nur Identitäten aus dieser Quelle</translation>
    </message>
    <message>
        <source>Only names, native ids or owners containing TEXT</source>
        <translation>Nur Namen, native IDs oder Eigentümer, die TEXT enthalten</translation>
    </message>
    <message>
        <source>List the inventory.</source>
        <translation>Inventar auflisten.</translation>
    </message>
    <message>
        <source>identities: unexpected argument &quot;%1&quot;</source>
        <translation>identities: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--kind: unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>--kind: unbekannter Typ „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>BUSINESS OWNER</source>
        <translation>FACHLICHER EIGENTÜMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT GENUTZT</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Numeric id or native id of the identity</source>
        <translation>Numerische ID oder native ID der Identität</translation>
    </message>
    <message>
        <source>Show one identity in full.</source>
        <translation>Eine Identität vollständig anzeigen.</translation>
    </message>
    <message>
        <source>show: expected exactly one ID</source>
        <translation>show: genau eine ID erwartet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>Native ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>, discovered from activity</source>
        <translation>, aus Aktivität entdeckt</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Eigentümer</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Eigentümer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Deklarierter Umfang</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Delegiert von</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Zugangsdaten (%1)</translation>
    </message>
    <message>
        <source>created %1, expires %2, last used %3</source>
        <translation>Erstellung %1, Ablauf %2, letzte Nutzung %3</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Berechtigungen (%1)</translation>
    </message>
    <message>
        <source>Usage (%1 day aggregates)</source>
        <translation>Nutzung (%1 Tagesaggregate)</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sub-Agenten (%1)</translation>
    </message>
    <message>
        <source>How many identities (default 300)</source>
        <translation>Anzahl der Identitäten (Standard: 300)</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same estate (default 1)</source>
        <translation>Zufalls-Seed; derselbe Seed erzeugt denselben Bestand (Standard: 1)</translation>
    </message>
    <message>
        <source>Replace an estate that is already in the database</source>
        <translation>Einen bereits in der Datenbank vorhandenen Bestand ersetzen</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate.</source>
        <translation>Die Datenbank mit einem realistischen synthetischen Bestand füllen.</translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation>demo: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--identities: expected a positive number, got &quot;%1&quot;</source>
        <translation>--identities: positive Zahl erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number, got &quot;%1&quot;</source>
        <translation>--seed: nicht-negative Zahl erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Demo estate written to %1: %2 identities (%3 sub-agents), %4 people, %5 credentials, %6 grants, %7 usage rows in %8 s</source>
        <translation>Demo-Bestand in %1 geschrieben: %2 Identitäten (%3 Sub-Agenten), %4 Personen, %5 Zugangsdaten, %6 Berechtigungen, %7 Nutzungszeilen in %8 s</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement &quot;%1…&quot; failed: %2</source>
        <translation>Datenbankanweisung „%1…“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation>%1: keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: expected postgresql://user@host:port/dbname</source>
        <translation>%1: erwartet wird postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: Die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Recertify understands (%2)</source>
        <translation>die Datenbank hat die Schemaversion %1; diese Version von Recertify unterstützt nur bis Version %2</translation>
    </message>
</context>
<context>
    <name>DemoEstate</name>
    <message>
        <source>%1 for the %2 team</source>
        <translation>%1 für das Team %2</translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation>in der Aktivität gesehen, in keinem Inventar</translation>
    </message>
    <message>
        <source>discovered by sync</source>
        <translation>durch Synchronisierung entdeckt</translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation>von ihrem Eigentümer geändert</translation>
    </message>
    <message>
        <source>--identities: expected 1 to 5000000, got %1</source>
        <translation>--identities: 1 bis 5000000 erwartet, erhalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file or --replace</source>
        <translation>
            <numerusform>die Datenbank enthält bereits %n Identität; verwenden Sie eine andere Datenbankdatei oder --replace</numerusform>
            <numerusform>die Datenbank enthält bereits %n Identitäten; verwenden Sie eine andere Datenbankdatei oder --replace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityKind</name>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM-Benutzer</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Verwaltete Identität</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth grant</source>
        <translation>OAuth-Berechtigung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation>Kubernetes-Dienstkonto</translation>
    </message>
    <message>
        <source>GitHub app</source>
        <translation>GitHub-App</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
</context>
<context>
    <name>IdentityRepository</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Keine Identität mit der ID %1</translation>
    </message>
    <message>
        <source>No identity with id or native id &quot;%1&quot;</source>
        <translation>Keine Identität mit der ID oder nativen ID „%1“</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Discovered</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Überprüfung</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityDetailPanel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation>Keine Identität ausgewählt</translation>
    </message>
    <message>
        <source>Select an identity to see its owners, credentials, grants and history.</source>
        <translation>Wählen Sie eine Identität aus, um ihre Eigentümer, Anmeldedaten, Berechtigungen und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation>Diese Identität kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 from %2 · %3</source>
        <translation>%1 aus %2 · %3</translation>
    </message>
    <message>
        <source>Nobody: orphaned</source>
        <translation>Niemand: verwaist</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>Native ID</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Eigentümer</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Eigentümer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Deklarierter Umfang</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Außerbetriebnahme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows it</source>
        <translation>Aus Aktivität entdeckt: kein Inventar kennt sie</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Delegiert von</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Zugangsdaten (%1)</translation>
    </message>
    <message>
        <source>No long-lived credential.</source>
        <translation>Keine langlebigen Zugangsdaten.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Berechtigungen (%1)</translation>
    </message>
    <message>
        <source>Recent activity (%1 day aggregates)</source>
        <translation>Letzte Aktivität (%1 Tagesaggregate)</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>Keine erfasste Aktivität.</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sub-Agenten (%1)</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityTableModel</name>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows this identity</source>
        <translation>Aus Aktivität entdeckt: kein Inventar kennt diese Identität</translation>
    </message>
    <message>
        <source>Nobody is accountable for this identity</source>
        <translation>Niemand ist für diese Identität verantwortlich</translation>
    </message>
    <message>
        <source>The business owner has left; the identity is orphaned</source>
        <translation>Der fachliche Eigentümer ist ausgeschieden; die Identität ist verwaist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Eigentümer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
</context>
<context>
    <name>recertify::InventoryPage</name>
    <message>
        <source>Orphans only</source>
        <translation>Nur verwaiste</translation>
    </message>
    <message>
        <source>Search by name, native id or owner…</source>
        <translation>Nach Name, nativer ID oder Eigentümer suchen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Identities with no owner, or whose owner has left</source>
        <translation>Identitäten ohne Eigentümer oder mit ausgeschiedenem Eigentümer</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Recertify — %1</source>
        <translation>Recertify — %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Coming next: add a source (AWS IAM and CloudTrail, Microsoft Entra ID, Kubernetes, GitHub, CSV, MCP tool lists), run a sync with progress and Cancel, and read the run history with counts and errors. Until then, import with recertify-cli.</source>
        <translation>Als Nächstes: eine Quelle hinzufügen (AWS IAM und CloudTrail, Microsoft Entra ID, Kubernetes, GitHub, CSV, MCP-Tool-Listen), eine Synchronisierung mit Fortschrittsanzeige und „Abbrechen“ ausführen und den Verlauf der Läufe mit Anzahlen und Fehlern einsehen. Bis dahin importieren Sie mit recertify-cli.</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Eigentümer &amp; Verwaiste</translation>
    </message>
    <message>
        <source>Coming: the people directory, and a queue of identities whose owner is missing, unknown or has left. The Inventory&apos;s &quot;Orphans only&quot; filter shows them today.</source>
        <translation>Demnächst: das Personenverzeichnis und eine Warteschlange der Identitäten, deren Eigentümer fehlt, unbekannt oder ausgeschieden ist. Bis dahin zeigt sie der Filter „Nur verwaiste“ im Inventar an.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Coming: privilege drift and hygiene findings (unused grants, out-of-scope actions, stale and expiring credentials, dormant and orphaned identities), each with its OWASP NHI code.</source>
        <translation>Demnächst: Befunde zu Rechtedrift und Hygiene (ungenutzte Berechtigungen, Aktionen außerhalb des Umfangs, veraltete und ablaufende Anmeldedaten, ruhende und verwaiste Identitäten), jeweils mit dem zugehörigen OWASP-NHI-Code.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Coming: charts of privilege drift over time and of trust debt for the estate and for each identity, with every factor explained.</source>
        <translation>Demnächst: Diagramme zur Rechtedrift im Zeitverlauf und zur Vertrauensschuld für den gesamten Bestand und für jede Identität, mit Erläuterung jedes Faktors.</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Meine Überprüfungen</translation>
    </message>
    <message>
        <source>Coming: your review queue. For each identity you attest ownership, task scope and business need, with the evidence beside every item.</source>
        <translation>Demnächst: Ihre Überprüfungswarteschlange. Für jede Identität bestätigen Sie Eigentümerschaft, Aufgabenumfang und geschäftliche Notwendigkeit, mit den Nachweisen neben jedem Punkt.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Coming: create review campaigns, track completion per reviewer, chase overdue items and follow remediation to the next sync.</source>
        <translation>Demnächst: Überprüfungskampagnen erstellen, den Fortschritt je Prüfer verfolgen, überfällige Punkte anmahnen und die Behebung bis zur nächsten Synchronisierung nachverfolgen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Coming: signed review exports that auditors open and verify here, or with stock openssl.</source>
        <translation>Demnächst: signierte Überprüfungsexporte, die Auditoren hier oder mit einem gewöhnlichen openssl öffnen und verifizieren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Recertify</source>
        <translation>Ü&amp;ber Recertify</translation>
    </message>
    <message>
        <source>About Recertify</source>
        <translation>Über Recertify</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Governance of AI agents and other non-human identities: inventory, ownership, privilege drift, trust debt and signed recertification.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Governance von KI-Agenten und anderen nicht-menschlichen Identitäten: Inventar, Eigentümerschaft, Rechtedrift, Vertrauensschuld und signierte Rezertifizierung.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AI agents</source>
        <translation>
            <numerusform>%n KI-Agent</numerusform>
            <numerusform>%n KI-Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n ohne Eigentümer</numerusform>
            <numerusform>%n ohne Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a departed owner</source>
        <translation>
            <numerusform>%n mit ausgeschiedenem Eigentümer</numerusform>
            <numerusform>%n mit ausgeschiedenem Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discovered from activity</source>
        <translation>
            <numerusform>%n aus Aktivität entdeckt</numerusform>
            <numerusform>%n aus Aktivität entdeckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
</TS>
