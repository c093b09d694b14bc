<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AccessAdvisorImporter</name>
    <message>
        <source>a get-service-last-accessed-details response with JobStatus</source>
        <translation>eine Antwort von get-service-last-accessed-details mit JobStatus</translation>
    </message>
    <message>
        <source>an Access Advisor response</source>
        <translation>eine Access-Advisor-Antwort</translation>
    </message>
    <message>
        <source>COMPLETED, got &quot;%1&quot;</source>
        <translation>COMPLETED, erhalten: „%1“</translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation>eine Zeitangabe, erhalten: „%1“</translation>
    </message>
    <message>
        <source>a service namespace</source>
        <translation>ein Dienst-Namespace</translation>
    </message>
    <message>
        <source>no LastAuthenticatedEntity</source>
        <translation>keine LastAuthenticatedEntity</translation>
    </message>
    <message>
        <source>the entity&apos;s id</source>
        <translation>die ID der Entität</translation>
    </message>
    <message>
        <source>entity type %1</source>
        <translation>Entitätstyp %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a get-service-last-accessed-details-with-entities response does not name its service: the last use of %n identities is kept, but not which service they used; keep the command with the response to record it</source>
        <translation>
            <numerusform>%1: Eine Antwort von get-service-last-accessed-details-with-entities nennt ihren Dienst nicht: Die letzte Nutzung von %n Identität wird übernommen, aber nicht, welchen Dienst sie nutzte; speichern Sie den Befehl mit der Antwort, um ihn festzuhalten</numerusform>
            <numerusform>%1: Eine Antwort von get-service-last-accessed-details-with-entities nennt ihren Dienst nicht: Die letzte Nutzung von %n Identitäten wird übernommen, aber nicht, welchen Dienst sie nutzten; speichern Sie den Befehl mit der Antwort, um ihn festzuhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an AWS Organizations access report (get-organizations-access-report): it counts the principals of each account that used a service but names none of them; run generate-service-last-accessed-details for each role or user and import its answer instead</source>
        <translation>%1: ein Zugriffsbericht von AWS Organizations (get-organizations-access-report): er zählt die Principals jedes Kontos, die einen Dienst genutzt haben, nennt aber keinen davon; führen Sie stattdessen generate-service-last-accessed-details für jede Rolle oder jeden Benutzer aus und importieren Sie dessen Antwort</translation>
    </message>
</context>
<context>
    <name>AfterChange</name>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Findings could not be recomputed: %1</source>
        <translation>Die Befunde konnten nicht neu berechnet werden: %1</translation>
    </message>
    <message>
        <source>Findings of identity %1 could not be recomputed: %2</source>
        <translation>Die Befunde der Identität %1 konnten nicht neu berechnet werden: %2</translation>
    </message>
    <message>
        <source>Remediation could not be checked: %1</source>
        <translation>Die Behebung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Campaign triggers did not run: %1</source>
        <translation>Die Kampagnenauslöser sind nicht gelaufen: %1</translation>
    </message>
    <message>
        <source>Recurring campaigns did not start: %1</source>
        <translation>Wiederkehrende Kampagnen sind nicht gestartet: %1</translation>
    </message>
</context>
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
    <message>
        <source>Open this section: inventory, sources, owners, findings, dashboard, reviews, campaigns or evidence</source>
        <translation>Diesen Bereich öffnen: inventory, sources, owners, findings, dashboard, reviews, campaigns oder evidence</translation>
    </message>
    <message>
        <source>--section: no section called &quot;%1&quot;</source>
        <translation>--section: kein Bereich namens „%1“</translation>
    </message>
    <message>
        <source>Open the page of this identity (id or native id)</source>
        <translation>Die Seite dieser Identität öffnen (ID oder native ID)</translation>
    </message>
    <message>
        <source>Colour scheme: system (default), light or dark</source>
        <translation>Farbschema: system (Standard), light oder dark</translation>
    </message>
    <message>
        <source>An evidence bundle (.zip) to verify and browse</source>
        <translation>Ein Nachweispaket (.zip), das verifiziert und durchsucht werden soll</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain; you will be asked again next time.

%1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden; beim nächsten Mal wird erneut danach gefragt.

%1</translation>
    </message>
    <message>
        <source>Use the app as this person (email) on a local store, without asking or remembering</source>
        <translation>Die App als diese Person (E-Mail) auf einem lokalen Speicher verwenden, ohne zu fragen oder sich zu merken</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>%1: cannot read the audit checkpoint: %2</source>
        <translation>%1: Der Prüfpunkt des Prüfprotokolls kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint (too large)</source>
        <translation>%1: kein Prüfpunkt des Prüfprotokolls (zu groß)</translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint</source>
        <translation>%1: kein Prüfpunkt des Prüfprotokolls</translation>
    </message>
    <message>
        <source>%1: cannot write the audit checkpoint: %2</source>
        <translation>%1: Der Prüfpunkt des Prüfprotokolls kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: no signed checkpoint of the audit chain, so rows removed from its end could not be noticed</source>
        <translation>%1: kein signierter Prüfpunkt der Prüfkette, daher blieben am Ende entfernte Zeilen unbemerkt</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s signature does not verify with the signing key %2 (the file was changed, or another key signed it)</source>
        <translation>%1: Die Signatur des Prüfpunkts passt nicht zum Signaturschlüssel %2 (die Datei wurde geändert oder ein anderer Schlüssel hat sie signiert)</translation>
    </message>
    <message>
        <source>rows 1 to %1 were removed: the chain is empty, but the checkpoint of %2 signed row %1</source>
        <translation>Zeilen 1 bis %1 wurden entfernt: Die Kette ist leer, doch der Prüfpunkt vom %2 hat Zeile %1 signiert</translation>
    </message>
    <message>
        <source>row %1: rows after it were removed: the checkpoint of %2 signed row %3 as the end</source>
        <translation>Zeile %1: Die Zeilen danach wurden entfernt: Der Prüfpunkt vom %2 hat Zeile %3 als Ende signiert</translation>
    </message>
    <message>
        <source>row %1: removed: the checkpoint of %2 signed it as the end of the chain</source>
        <translation>Zeile %1: entfernt: Der Prüfpunkt vom %2 hat sie als Ende der Kette signiert</translation>
    </message>
    <message>
        <source>row %1: not the row the checkpoint of %2 signed (the chain was rewritten up to here)</source>
        <translation>Zeile %1: nicht die Zeile, die der Prüfpunkt vom %2 signiert hat (die Kette wurde bis hierher neu geschrieben)</translation>
    </message>
    <message>
        <source>rows %1 to %2: added after the last signed checkpoint (%3), not by Recertify or while it could not sign</source>
        <translation>Zeilen %1 bis %2: nach dem letzten signierten Prüfpunkt (%3) hinzugefügt, nicht von Recertify oder während es nicht signieren konnte</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>row %1: the chain does not start at the first row (a row before it was deleted)</source>
        <translation>Zeile %1: Die Kette beginnt nicht bei der ersten Zeile (eine Zeile davor wurde gelöscht)</translation>
    </message>
    <message>
        <source>row %1: does not follow row %2 (a row between them was deleted, or row %2 was changed)</source>
        <translation>Zeile %1: folgt nicht auf Zeile %2 (eine Zeile dazwischen wurde gelöscht oder Zeile %2 wurde geändert)</translation>
    </message>
    <message>
        <source>row %1: its content does not match its hash (the row was edited)</source>
        <translation>Zeile %1: Ihr Inhalt stimmt nicht mit ihrem Hash überein (die Zeile wurde bearbeitet)</translation>
    </message>
    <message>
        <source>row %1: its time is not written the way Recertify writes it (the row was edited)</source>
        <translation>Zeile %1: Ihre Zeit ist nicht so geschrieben, wie Recertify sie schreibt (die Zeile wurde bearbeitet)</translation>
    </message>
</context>
<context>
    <name>AwsIamImporter</name>
    <message>
        <source>the output of aws iam get-account-authorization-details</source>
        <translation>die Ausgabe von aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>a policy ARN</source>
        <translation>ein Richtlinien-ARN</translation>
    </message>
    <message>
        <source>the immutable id</source>
        <translation>die unveränderliche ID</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>ein Zeitstempel, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: one page of a longer listing (IsTruncated): roles and users it leaves out are retired only when the run also holds the last page</source>
        <translation>%1: eine Seite einer längeren Auflistung (IsTruncated): Nicht darin enthaltene Rollen und Benutzer werden nur stillgelegt, wenn der Lauf auch die letzte Seite enthält</translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; kept as an unresolved grant</source>
        <translation>Richtlinie %1 ist angefügt, aber ihr Dokument ist nicht in der Eingabe enthalten; als ungeklärte Berechtigung beibehalten</translation>
    </message>
    <message>
        <source>%1: %2: %3 expands to more than %L4 grants through its groups; the limit is %L4</source>
        <translation>%1: %2: %3 ergibt über seine Gruppen mehr als %L4 Berechtigungen; die Grenze liegt bei %L4</translation>
    </message>
    <message>
        <source>account %1: the input lists no users, but it also leaves out policies that are attached (an export with --filter?): no user was retired</source>
        <translation>Konto %1: Die Eingabe listet keine Benutzer, lässt aber auch angehängte Richtlinien aus (ein Export mit --filter?): Kein Benutzer wurde stillgelegt</translation>
    </message>
    <message>
        <source>account %1: the input lists no roles, but it also leaves out policies that are attached (an export with --filter?): no role was retired</source>
        <translation>Konto %1: Die Eingabe listet keine Rollen, lässt aber auch angehängte Richtlinien aus (ein Export mit --filter?): Keine Rolle wurde stillgelegt</translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 is not in the input; its grants are shown as its policies give them, though the boundary may allow less</source>
        <translation>%1: Die Berechtigungsgrenze %2 ist nicht in der Eingabe; die Berechtigungen werden so gezeigt, wie die Richtlinien sie geben, obwohl die Grenze weniger erlauben kann</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grant(s) lie outside its permissions boundary %2 and are not counted: %3</source>
        <translation>
            <numerusform>%1: %n Berechtigung liegt außerhalb der Berechtigungsgrenze %2 und wird nicht gezählt: %3</numerusform>
            <numerusform>%1: %n Berechtigungen liegen außerhalb der Berechtigungsgrenze %2 und werden nicht gezählt: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; AWS publishes it as every action on every resource, and it is kept so</source>
        <translation>Die Richtlinie %1 ist zugewiesen, aber ihr Dokument ist nicht in der Eingabe; AWS veröffentlicht sie als jede Aktion auf jeder Ressource, und so wird sie übernommen</translation>
    </message>
    <message>
        <source>%1: %2: not shown as grants, because a Deny statement refuses them: %3</source>
        <translation>%1: %2: nicht als Berechtigungen gezeigt, weil eine Deny-Anweisung sie verweigert: %3</translation>
    </message>
    <message>
        <source>an IAM Identity Center permission-set role (people sign in through it)</source>
        <translation>eine Rolle eines Berechtigungssatzes von IAM Identity Center (Menschen melden sich darüber an)</translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 allows some actions only under conditions; the grants it lets through are shown as its policies give them, though the boundary may allow less</source>
        <translation>%1: Die Berechtigungsgrenze %2 erlaubt manche Aktionen nur unter Bedingungen; die Berechtigungen, die sie durchlässt, werden so gezeigt, wie die Richtlinien sie geben, obwohl die Grenze weniger erlauben kann</translation>
    </message>
    <message>
        <source>%1: %2: %3 is in group %4, which the input does not describe (an export with --filter User?); what the group grants was left as an earlier import found it</source>
        <translation>%1: %2: %3 ist in der Gruppe %4, die die Eingabe nicht beschreibt (ein Export mit --filter User?); was die Gruppe gewährt, blieb, wie ein früherer Import es fand</translation>
    </message>
    <message>
        <source>%1 and %2 both list account %3 whole (two exports of one account?): they are read as one, so what only one of them leaves out is not taken away; import them one at a time, the older first</source>
        <translation>%1 und %2 listen beide das ganze Konto %3 (zwei Exporte eines Kontos?): Sie werden als einer gelesen, daher wird nicht entfernt, was nur einer von beiden weglässt; importieren Sie sie einzeln, den älteren zuerst</translation>
    </message>
    <message>
        <source>%1: %2: id %3 is listed for both %4 and %5; each is kept apart, under its ARN</source>
        <translation>%1: %2: ID %3 steht sowohl bei %4 als auch bei %5; jede wird getrennt unter ihrem ARN geführt</translation>
    </message>
    <message>
        <source>policy %1 has one default version in %2 and another in %3: the one updated later (in %4) is used for every identity it is attached to</source>
        <translation>Richtlinie %1 hat in %2 eine Standardversion und in %3 eine andere: die später aktualisierte (in %4) gilt für jede Identität, der sie zugeordnet ist</translation>
    </message>
</context>
<context>
    <name>AwsLiveImporter</name>
    <message>
        <source>%1: cannot reach AWS: %2</source>
        <translation>%1: AWS ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: %4</source>
        <translation>%1: %2 mit den Zugangsdaten aus %3 wurde abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: HTTP %4 %5: %6</source>
        <translation>%1: %2 mit den Zugangsdaten aus %3 wurde abgelehnt: HTTP %4 %5: %6</translation>
    </message>
    <message>
        <source>GetServiceLastAccessedDetails for %1</source>
        <translation>GetServiceLastAccessedDetails für %1</translation>
    </message>
    <message>
        <source>last-accessed job for %1 ended as %2: %3</source>
        <translation>der Job zur letzten Nutzung für %1 endete mit %2: %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>LookupEvents page %1</source>
        <translation>LookupEvents, Seite %1</translation>
    </message>
    <message>
        <source>role %1 (assumed with %2)</source>
        <translation>Rolle %1 (übernommen mit %2)</translation>
    </message>
    <message>
        <source>%1: AssumeRole of %2 returned no credentials</source>
        <translation>%1: AssumeRole für %2 hat keine Zugangsdaten geliefert</translation>
    </message>
    <message>
        <source>%1: a page says more follow (IsTruncated) but gives no Marker</source>
        <translation>%1: Eine Seite kündigt weitere an (IsTruncated), nennt aber keinen Marker</translation>
    </message>
    <message>
        <source>%1 GetAccountAuthorizationDetails page %2</source>
        <translation>%1 GetAccountAuthorizationDetails, Seite %2</translation>
    </message>
</context>
<context>
    <name>AwsProfiles</name>
    <message>
        <source>the environment</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>profile %1: source_profile chain is longer than %2 (a loop?)</source>
        <translation>Profil %1: Die source_profile-Kette ist länger als %2 (eine Schleife?)</translation>
    </message>
    <message>
        <source>no AWS profile named &quot;%1&quot; in %2 or %3</source>
        <translation>kein AWS-Profil namens „%1“ in %2 oder %3</translation>
    </message>
    <message>
        <source>profile %1: source_profile is itself but it holds no aws_access_key_id</source>
        <translation>Profil %1: source_profile verweist auf das Profil selbst, es enthält aber keine aws_access_key_id</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>profile %1: its source_profile %2 assumes a role itself; chained roles are not supported yet</source>
        <translation>Profil %1: Sein source_profile %2 übernimmt selbst eine Rolle; verkettete Rollen werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>profile %1: credential_source is Environment but AWS_ACCESS_KEY_ID is not set</source>
        <translation>Profil %1: credential_source ist Environment, aber AWS_ACCESS_KEY_ID ist nicht gesetzt</translation>
    </message>
    <message>
        <source>profile %1: role_arn needs source_profile (or credential_source = Environment); %2 is not supported</source>
        <translation>Profil %1: role_arn benötigt source_profile (oder credential_source = Environment); nicht unterstützt: %2</translation>
    </message>
    <message>
        <source>neither is set</source>
        <translation>keines von beiden ist gesetzt</translation>
    </message>
    <message>
        <source>profile %1: credential_process is not supported; export the credentials it prints as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN</source>
        <translation>Profil %1: credential_process wird nicht unterstützt; exportieren Sie die davon ausgegebenen Zugangsdaten als AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY und AWS_SESSION_TOKEN</translation>
    </message>
    <message>
        <source>profile %1: IAM Identity Center (SSO) profiles are not supported yet; run `aws configure export-credentials --profile %1 --format env` and sync with those</source>
        <translation>Profil %1: Profile für IAM Identity Center (SSO) werden noch nicht unterstützt; führen Sie `aws configure export-credentials --profile %1 --format env` aus und synchronisieren Sie mit diesen Zugangsdaten</translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id and aws_secret_access_key (in %2)</source>
        <translation>Profil %1 enthält keine aws_access_key_id und aws_secret_access_key (in %2)</translation>
    </message>
    <message>
        <source>no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile (aws configure) and name it</source>
        <translation>keine AWS-Zugangsdaten: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder konfigurieren Sie ein Profil (aws configure) und geben Sie es an</translation>
    </message>
</context>
<context>
    <name>AwsQueryXml</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation>%1: Zeile %2: tiefer als %3 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: line %2: invalid XML: %3</source>
        <translation>%1: Zeile %2: ungültiges XML: %3</translation>
    </message>
    <message>
        <source>%1: the answer holds no %2</source>
        <translation>%1: Die Antwort enthält kein Element %2</translation>
    </message>
</context>
<context>
    <name>BundleContents</name>
    <message>
        <source>%1: decisions.csv: expected its header on line 1</source>
        <translation>%1: decisions.csv: Kopfzeile in Zeile 1 erwartet</translation>
    </message>
    <message>
        <source>%1: decisions.csv: line %2: expected 13 fields</source>
        <translation>%1: decisions.csv: Zeile %2: 13 Felder erwartet</translation>
    </message>
</context>
<context>
    <name>CampaignPreview</name>
    <message>
        <source>No identity matches this scope.</source>
        <translation>Keine Identität passt zu diesem Umfang.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities match.</source>
        <translation>
            <numerusform>%n Identität passt.</numerusform>
            <numerusform>%n Identitäten passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers get items; most: %1.</source>
        <translation>
            <numerusform>%n Prüfer erhält Elemente; die meisten: %1.</numerusform>
            <numerusform>%n Prüfer erhalten Elemente; die meisten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner and go to the fallback reviewer.</source>
        <translation>
            <numerusform>%n hat keinen aktiven Eigentümer und geht an den Ersatzprüfer.</numerusform>
            <numerusform>%n haben keinen aktiven Eigentümer und gehen an den Ersatzprüfer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner: name a fallback reviewer, or the campaign cannot start.</source>
        <translation>
            <numerusform>%n hat keinen aktiven Eigentümer: Nennen Sie einen Ersatzprüfer, sonst kann die Kampagne nicht starten.</numerusform>
            <numerusform>%n haben keinen aktiven Eigentümer: Nennen Sie einen Ersatzprüfer, sonst kann die Kampagne nicht starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every identity in this scope is still certified for ownership, task scope and business need.</source>
        <translation>Jede Identität in diesem Umfang ist für Eigentümerschaft, Aufgabenumfang und geschäftlichen Bedarf noch zertifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>%n still certified for all three are left out.</source>
        <translation>
            <numerusform>%n noch für alle drei zertifizierte Identität bleibt außen vor.</numerusform>
            <numerusform>%n noch für alle drei zertifizierte Identitäten bleiben außen vor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignScope</name>
    <message>
        <source>&quot;%1&quot;: expected a number after debt&gt;=</source>
        <translation>„%1“: Zahl nach debt&gt;= erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected source=, kind=, status=, finding=, debt&gt;= or orphaned</source>
        <translation>„%1“: erwartet wird source=, kind=, status=, finding=, debt&gt;= oder orphaned</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a value after =</source>
        <translation>„%1“: Wert nach = erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ids= is not an identity id</source>
        <translation>„%1“ in ids= ist keine Identitäts-ID</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>unknown finding type &quot;%1&quot;</source>
        <translation>unbekannter Befundtyp „%1“</translation>
    </message>
    <message>
        <source>unknown term &quot;%1&quot;; expected source=, kind=, status=, finding=, ids=, debt&gt;= or orphaned</source>
        <translation>unbekannter Begriff „%1“; erwartet source=, kind=, status=, finding=, ids=, debt&gt;= oder orphaned</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>in scope of %1</source>
        <translation>im Umfang: %1</translation>
    </message>
    <message>
        <source>business owner</source>
        <translation>fachlicher Eigentümer</translation>
    </message>
    <message>
        <source>orphaned: no owner, routed to the fallback reviewer</source>
        <translation>verwaist: kein Eigentümer, an den Ersatzprüfer weitergeleitet</translation>
    </message>
    <message>
        <source>orphaned: %1 has left or is unknown, routed to the fallback reviewer</source>
        <translation>verwaist: %1 ist ausgeschieden oder unbekannt, an den Ersatzprüfer weitergeleitet</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>Keine Kampagne mit der ID %1</translation>
    </message>
    <message>
        <source>Cannot count the items of campaign %1</source>
        <translation>Die Elemente der Kampagne %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Campaign %1 is already closed</source>
        <translation>Kampagne %1 ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>Campaign %1 is closed; there is nobody to remind</source>
        <translation>Kampagne %1 ist abgeschlossen; es gibt niemanden zu erinnern</translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation>Eine Kampagne benötigt einen Namen</translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31</source>
        <translation>Datum wie 2026-12-31 erwartet</translation>
    </message>
    <message>
        <source>%1 has already passed</source>
        <translation>%1 liegt bereits in der Vergangenheit</translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation>E-Mail-Adresse erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation>technical oder manager erwartet, erhalten „%1“</translation>
    </message>
    <message>
        <source>no identity matches &quot;%1&quot;</source>
        <translation>Keine Identität entspricht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer</source>
        <translation>
            <numerusform>%n Identität hat keinen aktiven Verantwortlichen und keinen Ersatzprüfer (zuerst: %1); benennen Sie einen Ersatzprüfer</numerusform>
            <numerusform>%n Identitäten haben keinen aktiven Verantwortlichen und keinen Ersatzprüfer (zuerst: %1); benennen Sie einen Ersatzprüfer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no campaign was created.</source>
        <translation>Abgebrochen: Es wurde keine Kampagne angelegt.</translation>
    </message>
    <message>
        <source>in scope of every identity that is not retired</source>
        <translation>im Umfang: jede nicht stillgelegte Identität</translation>
    </message>
    <message>
        <source>every identity matching &quot;%1&quot; is still certified for ownership, task scope and business need</source>
        <translation>jede Identität, auf die „%1“ zutrifft, ist für Eigentümerschaft, Aufgabenumfang und geschäftlichen Bedarf noch zertifiziert</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>Grants / actions</source>
        <translation>Berechtigungen / Aktionen</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Vertrauensschuld</translation>
    </message>
    <message>
        <source>Trust debt (points)</source>
        <translation>Vertrauensschuld (Punkte)</translation>
    </message>
    <message>
        <source>Trust-debt distribution</source>
        <translation>Verteilung der Vertrauensschuld</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Trust debt, in bands of 10 points</source>
        <translation>Vertrauensschuld in Stufen zu je 10 Punkten</translation>
    </message>
    <message numerus="yes">
        <source>Debt %1: %n identities</source>
        <translation>
            <numerusform>Vertrauensschuld %1: %n Identität</numerusform>
            <numerusform>Vertrauensschuld %1: %n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest trust debt</source>
        <translation>Höchste Vertrauensschuld</translation>
    </message>
    <message>
        <source>Trust debt (0–100)</source>
        <translation>Vertrauensschuld (0–100)</translation>
    </message>
    <message>
        <source>Completion burndown</source>
        <translation>Burndown bis zur Fertigstellung</translation>
    </message>
    <message>
        <source>Undecided items</source>
        <translation>Offene Elemente</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Planmäßiger Verlauf</translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation>Fortschritt je Prüfer</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>Noch keine Momentaufnahme.</translation>
    </message>
    <message>
        <source>On %1: %2 granted, %3 used, %4 unused, %5 out of scope.</source>
        <translation>Am %1: %2 gewährt, %3 genutzt, %4 ungenutzt, %5 außerhalb des Umfangs.</translation>
    </message>
    <message>
        <source>Trust debt %1 on %2, %3 on %4.</source>
        <translation>Vertrauensschuld %1 am %2, %3 am %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n identities</source>
        <translation>
            <numerusform>%1 bis %2: %n Identität</numerusform>
            <numerusform>%1 bis %2: %n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nichts zu entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided on %1; due %2.</source>
        <translation>
            <numerusform>%n offen am %1; fällig am %2.</numerusform>
            <numerusform>%n offen am %1; fällig am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 decided</source>
        <translation>%1: %2 von %3 entschieden</translation>
    </message>
    <message>
        <source>Progress per reviewer (@%1)</source>
        <translation>Fortschritt je Prüfer (@%1)</translation>
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
    <message>
        <source>Import identities, grants and activity from files (one transaction)</source>
        <translation>Identitäten, Berechtigungen und Aktivität aus Dateien importieren (eine Transaktion)</translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain (set reads standard input)</source>
        <translation>Konnektor-Geheimnisse im Schlüsselbund des Betriebssystems verwalten (set liest von der Standardeingabe)</translation>
    </message>
    <message>
        <source>Files or folders to import, all in one transaction</source>
        <translation>Zu importierende Dateien oder Ordner, alle in einer Transaktion</translation>
    </message>
    <message>
        <source>import: expected FORMAT and at least one PATH</source>
        <translation>import: FORMAT und mindestens ein PATH erwartet</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 entfernt, %5 unverändert</translation>
    </message>
    <message>
        <source>activity: %1 events in %2 day aggregates, %3 records skipped (no principal, or not a non-human identity), %4 identities discovered from activity</source>
        <translation>Aktivität: %1 Ereignisse in %2 Tagesaggregaten, %3 Datensätze übersprungen (kein Prinzipal oder keine nicht-menschliche Identität), %4 Identitäten aus Aktivität entdeckt</translation>
    </message>
    <message>
        <source>%1: imported before; its activity was not counted again</source>
        <translation>%1: bereits zuvor importiert; die Aktivität wurde nicht erneut gezählt</translation>
    </message>
    <message>
        <source>set (reads the secret from standard input), check, or delete</source>
        <translation>set (liest das Geheimnis von der Standardeingabe), check oder delete</translation>
    </message>
    <message>
        <source>The secret&apos;s name, such as entra:TENANT:CLIENT_ID</source>
        <translation>Der Name des Geheimnisses, etwa entra:TENANT:CLIENT_ID</translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain. Secrets are never taken from the command line and never printed.</source>
        <translation>Konnektor-Geheimnisse im Schlüsselbund des Betriebssystems verwalten. Geheimnisse werden nie von der Befehlszeile übernommen und nie ausgegeben.</translation>
    </message>
    <message>
        <source>secrets: expected ACTION and KEY</source>
        <translation>secrets: ACTION und KEY erwartet</translation>
    </message>
    <message>
        <source>secrets set: cannot read standard input</source>
        <translation>secrets set: Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>secrets set: expected the secret on standard input</source>
        <translation>secrets set: Geheimnis auf der Standardeingabe erwartet</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain</source>
        <translation>„%1“ im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the keychain</source>
        <translation>„%1“ ist im Schlüsselbund vorhanden</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the keychain</source>
        <translation>„%1“ aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>secrets: unknown action &quot;%1&quot;; expected set, check or delete</source>
        <translation>secrets: unbekannte Aktion „%1“; erwartet wird set, check oder delete</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant id or domain</source>
        <translation>Mandanten-ID oder Domäne in Microsoft Entra</translation>
    </message>
    <message>
        <source>Application (client) id; its secret is read from the keychain entry entra:TENANT:CLIENT_ID</source>
        <translation>Anwendungs-ID (Client-ID); das zugehörige Geheimnis wird aus dem Schlüsselbundeintrag entra:TENANT:CLIENT_ID gelesen</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL (national clouds, tests)</source>
        <translation>Basis-URL von Microsoft Graph (nationale Clouds, Tests)</translation>
    </message>
    <message>
        <source>OAuth 2 token endpoint (default: the tenant&apos;s on login.microsoftonline.com)</source>
        <translation>OAuth-2-Tokenendpunkt (Standard: der des Mandanten auf login.microsoftonline.com)</translation>
    </message>
    <message>
        <source>sync entra: --tenant and --client-id are required</source>
        <translation>sync entra: --tenant und --client-id sind erforderlich</translation>
    </message>
    <message>
        <source>--graph-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--graph-url: URL erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>entra %1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 requests)</source>
        <translation>entra %1: %2 hinzugefügt, %3 geändert, %4 entfernt, %5 unverändert (%6 Anfragen)</translation>
    </message>
    <message>
        <source>Set an identity&apos;s owners, purpose, declared scope and retirement</source>
        <translation>Eigentümer, Zweck, erklärten Umfang und Stilllegung einer Identität festlegen</translation>
    </message>
    <message>
        <source>Import the people directory (CSV email,name,manager,active)</source>
        <translation>Das Personenverzeichnis importieren (CSV email,name,manager,active)</translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle (audited)</source>
        <translation>Den Lebenszyklusstatus einer Identität ändern (auditiert)</translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings with OWASP NHI codes</source>
        <translation>Befunde zu Rechtedrift und Hygiene mit OWASP-NHI-Codes</translation>
    </message>
    <message>
        <source>Trust debt per identity, its factors, and the estate total</source>
        <translation>Vertrauensschuld je Identität, ihre Faktoren und die Summe für den Bestand</translation>
    </message>
    <message>
        <source>Verify the hash-chained audit log</source>
        <translation>Das hashverkettete Audit-Protokoll verifizieren</translation>
    </message>
    <message>
        <source>Trust debt: %1 of 100</source>
        <translation>Vertrauensschuld: %1 von 100</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Also analyse the estate as it stood each week for this many weeks, so charts have a history (default 0)</source>
        <translation>Zusätzlich den Bestand für diese Anzahl von Wochen im jeweiligen Wochenstand analysieren, damit die Diagramme einen Verlauf haben (Standard: 0)</translation>
    </message>
    <message>
        <source>--history: expected 0 to 104 weeks, got &quot;%1&quot;</source>
        <translation>--history: 0 bis 104 Wochen erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Analysis: %1 findings, estate trust debt %2, in %3 s</source>
        <translation>Analyse: %1 Befunde, Vertrauensschuld des Bestands %2, in %3 s</translation>
    </message>
    <message>
        <source>Only findings of this type</source>
        <translation>Nur Befunde dieses Typs</translation>
    </message>
    <message>
        <source>Only this identity (id or native id)</source>
        <translation>Nur diese Identität (ID oder native ID)</translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings, each with its OWASP NHI code.</source>
        <translation>Befunde zu Rechtedrift und Hygiene, jeweils mit dem zugehörigen OWASP-NHI-Code.</translation>
    </message>
    <message>
        <source>--type: unknown finding type &quot;%1&quot;; expected one of %2</source>
        <translation>--type: unbekannter Befundtyp „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITÄT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the N highest scores (text output; default 25)</source>
        <translation>Nur die N höchsten Werte anzeigen (Textausgabe; Standard: 25)</translation>
    </message>
    <message>
        <source>Trust debt per identity with its factors, and the estate total.</source>
        <translation>Vertrauensschuld je Identität mit ihren Faktoren sowie die Summe für den Bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Estate trust debt: %1 over %n identities with open findings</source>
        <translation>
            <numerusform>Vertrauensschuld des Bestands: %1 über %n Identität mit offenen Befunden</numerusform>
            <numerusform>Vertrauensschuld des Bestands: %1 über %n Identitäten mit offenen Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The action: set</source>
        <translation>Die Aktion: set</translation>
    </message>
    <message>
        <source>Identity id or native id</source>
        <translation>ID oder native ID der Identität</translation>
    </message>
    <message>
        <source>Business owner (accountable)</source>
        <translation>Fachlicher Eigentümer (verantwortlich)</translation>
    </message>
    <message>
        <source>What the identity is for</source>
        <translation>Wozu die Identität dient</translation>
    </message>
    <message>
        <source>Declared task scope: permissions or tools, comma-separated</source>
        <translation>Erklärter Aufgabenumfang: Berechtigungen oder Tools, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Retirement date</source>
        <translation>Stilllegungsdatum</translation>
    </message>
    <message>
        <source>Retirement condition (an event)</source>
        <translation>Stilllegungsbedingung (ein Ereignis)</translation>
    </message>
    <message>
        <source>Set ownership, purpose, declared scope and retirement.</source>
        <translation>Eigentümerschaft, Zweck, erklärten Umfang und Stilllegung festlegen.</translation>
    </message>
    <message>
        <source>owners: expected: owners set ID --business EMAIL</source>
        <translation>owners: erwartet: owners set ID --business EMAIL</translation>
    </message>
    <message>
        <source>owners set: --business is required</source>
        <translation>owners set: --business ist erforderlich</translation>
    </message>
    <message>
        <source>--expires: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation>--expires: Datum wie 2026-12-31 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: business owner %2</source>
        <translation>%1: fachlicher Eigentümer %2</translation>
    </message>
    <message>
        <source>The action: import</source>
        <translation>Die Aktion: import</translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation>CSV mit der Kopfzeile email,name,manager,active</translation>
    </message>
    <message>
        <source>Import the people directory; an identity whose owner is missing, unknown or inactive is orphaned.</source>
        <translation>Das Personenverzeichnis importieren; eine Identität, deren Eigentümer fehlt, unbekannt oder inaktiv ist, ist verwaist.</translation>
    </message>
    <message>
        <source>people: expected: people import PATH</source>
        <translation>people: erwartet: people import PATH</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the directory</source>
        <translation>
            <numerusform>%n Person im Verzeichnis</numerusform>
            <numerusform>%n Personen im Verzeichnis</numerusform>
        </translation>
    </message>
    <message>
        <source>The new state: active, under-review, suspended or retired</source>
        <translation>Der neue Status: active, under-review, suspended oder retired</translation>
    </message>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation>Grund (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle; every change is audited.</source>
        <translation>Den Lebenszyklusstatus einer Identität ändern; jede Änderung wird im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>lifecycle: expected: lifecycle ID --to STATE --reason TEXT</source>
        <translation>lifecycle: erwartet: lifecycle ID --to STATE --reason TEXT</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns</source>
        <translation>Überprüfungskampagnen erstellen, auflisten, verfolgen und abschließen</translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them</source>
        <translation>Überprüfungselemente mit ihren Nachweisen auflisten und entscheiden</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle</source>
        <translation>Das signierte Nachweispaket einer Kampagne schreiben</translation>
    </message>
    <message>
        <source>Check an evidence bundle&apos;s hashes and signature (exit 3 when broken)</source>
        <translation>Hashes und Signatur eines Nachweispakets prüfen (Exit-Code 3 bei Beschädigung)</translation>
    </message>
    <message>
        <source>The signing key&apos;s fingerprint and public half</source>
        <translation>Fingerabdruck und öffentlicher Teil des Signaturschlüssels</translation>
    </message>
    <message>
        <source>%1: expected a numeric id, got &quot;%2&quot;</source>
        <translation>%1: numerische ID erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>Der Name der Kampagne</translation>
    </message>
    <message>
        <source>When every item must be decided</source>
        <translation>Bis wann alle Elemente entschieden sein müssen</translation>
    </message>
    <message>
        <source>Which identities: source=, kind=, status=, finding=, debt&gt;=, orphaned (all must hold)</source>
        <translation>Welche Identitäten: source=, kind=, status=, finding=, debt&gt;=, orphaned (alle Bedingungen müssen zutreffen)</translation>
    </message>
    <message>
        <source>Reviews what no active owner can</source>
        <translation>Prüft, was kein aktiver Eigentümer prüfen kann</translation>
    </message>
    <message>
        <source>A second review by the technical owner or the manager</source>
        <translation>Eine zweite Überprüfung durch den technischen Eigentümer oder die Führungskraft</translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns.</source>
        <translation>Überprüfungskampagnen erstellen, auflisten, verfolgen und abschließen.</translation>
    </message>
    <message>
        <source>campaign create: --name and --due are required</source>
        <translation>campaign create: --name und --due sind erforderlich</translation>
    </message>
    <message>
        <source>--due: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation>--due: Datum wie 2026-12-31 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>campaign %1: expected the campaign ID</source>
        <translation>campaign %1: Kampagnen-ID erwartet</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>The campaign (list)</source>
        <translation>Die Kampagne (list)</translation>
    </message>
    <message>
        <source>confirm, or reassign=EMAIL</source>
        <translation>confirm oder reassign=EMAIL</translation>
    </message>
    <message>
        <source>keep, or reduce=PERM[,PERM…]</source>
        <translation>keep oder reduce=PERM[,PERM…]</translation>
    </message>
    <message>
        <source>certify[=DATE], revoke or retire</source>
        <translation>certify[=DATE], revoke oder retire</translation>
    </message>
    <message>
        <source>Why; required for revoke, reduce, and certifying with high-severity findings</source>
        <translation>Begründung; erforderlich bei revoke, reduce und beim Zertifizieren trotz Befunden mit hohem Schweregrad</translation>
    </message>
    <message>
        <source>How long the reviewer looked at the evidence</source>
        <translation>Wie lange der Prüfer die Nachweise angesehen hat</translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them.</source>
        <translation>Überprüfungselemente mit ihren Nachweisen auflisten und entscheiden.</translation>
    </message>
    <message>
        <source>review list: --campaign is required</source>
        <translation>review list: --campaign ist erforderlich</translation>
    </message>
    <message>
        <source>granted %1, used %2, debt %3</source>
        <translation>gewährt %1, genutzt %2, Vertrauensschuld %3</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>--need: expected certify=DATE such as certify=2027-06-30, got &quot;%1&quot;</source>
        <translation>--need: certify=DATE erwartet, etwa certify=2027-06-30, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Item %1 decided</source>
        <translation>Element %1 entschieden</translation>
    </message>
    <message>
        <source> (flagged to the manager: %1)</source>
        <translation> (an die Führungskraft gemeldet: %1)</translation>
    </message>
    <message>
        <source>The campaign to export</source>
        <translation>Die zu exportierende Kampagne</translation>
    </message>
    <message>
        <source>The bundle to write (.zip)</source>
        <translation>Das zu schreibende Paket (.zip)</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 private key (PEM) instead of the keychain&apos;s</source>
        <translation>Mit diesem privaten Ed25519-Schlüssel (PEM) statt mit dem aus dem Schlüsselbund signieren</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle: decisions, what each reviewer saw, the audit chain and a PDF report.</source>
        <translation>Das signierte Nachweispaket einer Kampagne schreiben: Entscheidungen, was jeder Prüfer gesehen hat, die Audit-Kette und ein PDF-Bericht.</translation>
    </message>
    <message>
        <source>export: expected a campaign id</source>
        <translation>export: Kampagnen-ID erwartet</translation>
    </message>
    <message>
        <source>export: --out is required</source>
        <translation>export: --out ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 bytes, signed by %4</source>
        <translation>%1: %2 Elemente, %3 Byte, signiert von %4</translation>
    </message>
    <message>
        <source>The evidence bundle (.zip)</source>
        <translation>Das Nachweispaket (.zip)</translation>
    </message>
    <message>
        <source>Also require that this public key (PEM) signed it</source>
        <translation>Zusätzlich verlangen, dass es mit diesem öffentlichen Schlüssel (PEM) signiert wurde</translation>
    </message>
    <message>
        <source>verify: expected the bundle file</source>
        <translation>verify: Paketdatei erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>Valid: every file matches SHA256SUMS, signed by %1 (%2)</source>
        <translation>Gültig: Jede Datei stimmt mit SHA256SUMS überein, signiert von %1 (%2)</translation>
    </message>
    <message>
        <source>show, or export-public</source>
        <translation>show oder export-public</translation>
    </message>
    <message>
        <source>Where to write the public key (export-public)</source>
        <translation>Wohin der öffentliche Schlüssel geschrieben wird (export-public)</translation>
    </message>
    <message>
        <source>Use this private key (PEM) instead of the keychain&apos;s</source>
        <translation>Diesen privaten Schlüssel (PEM) statt des Schlüssels aus dem Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>The signing key: its fingerprint, and its public half for auditors.</source>
        <translation>Der Signaturschlüssel: sein Fingerabdruck und sein öffentlicher Teil für Auditoren.</translation>
    </message>
    <message>
        <source>keys: expected show or export-public</source>
        <translation>keys: erwartet: show oder export-public</translation>
    </message>
    <message>
        <source>Ed25519 signing key, fingerprint %1</source>
        <translation>Ed25519-Signaturschlüssel, Fingerabdruck %1</translation>
    </message>
    <message>
        <source>keys export-public: --out is required</source>
        <translation>keys export-public: --out ist erforderlich</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: public key %2</source>
        <translation>%1: öffentlicher Schlüssel %2</translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns</source>
        <translation>Auslöser für Mikro-Kampagnen einrichten und ausführen</translation>
    </message>
    <message>
        <source>Started micro-campaign %1 for what this import found</source>
        <translation>Mikro-Kampagne %1 für die Funde dieses Imports gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue items moved to the reviewers&apos; managers</source>
        <translation>
            <numerusform>%n überfälliger Eintrag an die Vorgesetzten der Prüfer übergeben</numerusform>
            <numerusform>%n überfällige Einträge an die Vorgesetzten der Prüfer übergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3%), %4 overdue, %5 flagged, %6 handed on</source>
        <translation>%1 von %2 entschieden (%3 %), %4 überfällig, %5 markiert, %6 weitergegeben</translation>
    </message>
    <message>
        <source>Who takes the item over (delegate)</source>
        <translation>Wer den Eintrag übernimmt (delegate)</translation>
    </message>
    <message>
        <source>review delegate: expected the ITEM id</source>
        <translation>review delegate: die ID des Eintrags fehlt</translation>
    </message>
    <message>
        <source>review delegate: --reviewer and --to are required</source>
        <translation>review delegate: --reviewer und --to sind erforderlich</translation>
    </message>
    <message>
        <source>Item %1 handed to %2</source>
        <translation>Eintrag %1 an %2 übergeben</translation>
    </message>
    <message>
        <source>list, set KIND or run</source>
        <translation>list, set ART oder run</translation>
    </message>
    <message>
        <source>Days before expiry (credential-expiring) or trust-debt points (debt-threshold)</source>
        <translation>Tage vor Ablauf (credential-expiring) oder Punkte der Vertrauensschuld (debt-threshold)</translation>
    </message>
    <message>
        <source>Turn the trigger off</source>
        <translation>Den Auslöser abschalten</translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns.</source>
        <translation>Auslöser für Mikro-Kampagnen einrichten und ausführen.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>triggers set: expected the KIND, one of %1</source>
        <translation>triggers set: die ART fehlt, eine von %1</translation>
    </message>
    <message>
        <source>--threshold: expected a positive number, got &quot;%1&quot;</source>
        <translation>--threshold: positive Zahl erwartet, erhalten „%1“</translation>
    </message>
    <message>
        <source>Trigger %1 is on</source>
        <translation>Auslöser %1 ist an</translation>
    </message>
    <message>
        <source>Trigger %1 is off</source>
        <translation>Auslöser %1 ist aus</translation>
    </message>
    <message numerus="yes">
        <source>%n micro-campaigns started</source>
        <translation>
            <numerusform>%n Mikro-Kampagne gestartet</numerusform>
            <numerusform>%n Mikro-Kampagnen gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>triggers: expected list, set KIND or run</source>
        <translation>triggers: erwartet list, set ART oder run</translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due</source>
        <translation>Wiederkehrende Kampagnen festlegen und fällige starten</translation>
    </message>
    <message>
        <source>Started recurring campaign %1, which was due</source>
        <translation>Wiederkehrende Kampagne %1 gestartet, sie war fällig</translation>
    </message>
    <message>
        <source>--%1: expected a number of days, got &quot;%2&quot;</source>
        <translation>--%1: Anzahl Tage erwartet, erhalten „%2“</translation>
    </message>
    <message>
        <source>The template&apos;s name; each campaign is named after it and its start date</source>
        <translation>Name der Vorlage; jede Kampagne heißt danach und nach ihrem Startdatum</translation>
    </message>
    <message>
        <source>Days between two campaigns (default 90)</source>
        <translation>Tage zwischen zwei Kampagnen (Standard 90)</translation>
    </message>
    <message>
        <source>Days each campaign runs before it is due (default 14)</source>
        <translation>Tage, die jede Kampagne bis zur Fälligkeit läuft (Standard 14)</translation>
    </message>
    <message>
        <source>When the first campaign starts (default: now)</source>
        <translation>Wann die erste Kampagne startet (Standard: jetzt)</translation>
    </message>
    <message>
        <source>Which identities, as for campaign create</source>
        <translation>Welche Identitäten, wie bei campaign create</translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due.</source>
        <translation>Wiederkehrende Kampagnen festlegen und fällige starten.</translation>
    </message>
    <message>
        <source>templates create: --name is required</source>
        <translation>templates create: --name ist erforderlich</translation>
    </message>
    <message>
        <source>--first: expected a date such as 2027-01-05, got &quot;%1&quot;</source>
        <translation>--first: Datum wie 2027-01-05 erwartet, erhalten „%1“</translation>
    </message>
    <message>
        <source>every %1 days, next %2</source>
        <translation>alle %1 Tage, nächste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recurring campaigns started</source>
        <translation>
            <numerusform>%n wiederkehrende Kampagne gestartet</numerusform>
            <numerusform>%n wiederkehrende Kampagnen gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation>create, list, status ID, remind ID, escalate ID oder close ID</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items waiting</source>
        <translation>
            <numerusform>%1: %n Eintrag wartet</numerusform>
            <numerusform>%1: %n Einträge warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers to remind</source>
        <translation>
            <numerusform>%n Prüfer zu erinnern</numerusform>
            <numerusform>%n Prüfer zu erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign: expected create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation>campaign: erwartet create, list, status ID, remind ID, escalate ID oder close ID</translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security, members</source>
        <translation>Teammodus auf PostgreSQL: Rollen, Sicherheit auf Zeilenebene, Mitglieder</translation>
    </message>
    <message>
        <source>Copy a SQLite store into an empty PostgreSQL one, verified</source>
        <translation>Einen SQLite-Datenbestand in einen leeren PostgreSQL-Datenbestand kopieren und verifizieren</translation>
    </message>
    <message>
        <source>init, add EMAIL, list or whoami</source>
        <translation>init, add EMAIL, list oder whoami</translation>
    </message>
    <message>
        <source>manager, reviewer or auditor</source>
        <translation>manager, reviewer oder auditor</translation>
    </message>
    <message>
        <source>The database login (default: from the email)</source>
        <translation>Das Datenbank-Login (Standard: aus der E-Mail-Adresse abgeleitet)</translation>
    </message>
    <message>
        <source>Read the login&apos;s password from standard input</source>
        <translation>Das Passwort des Logins von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security and who each login is.</source>
        <translation>Teammodus auf PostgreSQL: Rollen, Sicherheit auf Zeilenebene und wer hinter jedem Login steht.</translation>
    </message>
    <message>
        <source>Team roles recertify_manager, recertify_reviewer and recertify_auditor are ready; reviewers now see only their own items</source>
        <translation>Die Teamrollen recertify_manager, recertify_reviewer und recertify_auditor sind eingerichtet; Prüfer sehen jetzt nur noch ihre eigenen Elemente</translation>
    </message>
    <message>
        <source>team add: expected the member&apos;s EMAIL</source>
        <translation>team add: EMAIL des Mitglieds erwartet</translation>
    </message>
    <message>
        <source>--role: expected manager, reviewer or auditor, got &quot;%1&quot;</source>
        <translation>--role: manager, reviewer oder auditor erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>team add: cannot read standard input</source>
        <translation>team add: Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--password-stdin: expected the password on standard input</source>
        <translation>--password-stdin: Passwort auf der Standardeingabe erwartet</translation>
    </message>
    <message>
        <source>%1 signs in as %2 with the %3 role</source>
        <translation>%1 meldet sich als %2 mit der Rolle %3 an</translation>
    </message>
    <message>
        <source>team: expected init, add, list or whoami</source>
        <translation>team: init, add, list oder whoami erwartet</translation>
    </message>
    <message>
        <source>The store to copy (a SQLite file)</source>
        <translation>Der zu kopierende Datenbestand (eine SQLite-Datei)</translation>
    </message>
    <message>
        <source>The empty store to fill (postgresql://user@host:port/dbname)</source>
        <translation>Der zu befüllende leere Datenbestand (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>Copy a store into an empty one, verified by row counts and the audit chain.</source>
        <translation>Einen Datenbestand in einen leeren kopieren, verifiziert anhand der Zeilenzahlen und der Audit-Kette.</translation>
    </message>
    <message>
        <source>migrate: expected --from FILE and --to URL</source>
        <translation>migrate: --from FILE und --to URL erwartet</translation>
    </message>
    <message>
        <source>--from: %1 does not exist</source>
        <translation>--from: %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Es wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; counts match and the audit chain (%5 rows) verifies</source>
        <translation>%1 Zeilen in %2 Tabellen in %4 s nach %3 kopiert; die Anzahlen stimmen überein und die Audit-Kette (%5 Zeilen) ist verifiziert</translation>
    </message>
    <message>
        <source>create, list, run or remove NAME</source>
        <translation>create, list, run oder remove NAME</translation>
    </message>
    <message>
        <source>templates remove: expected the template&apos;s NAME</source>
        <translation>templates remove: NAME der Vorlage erwartet</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay</source>
        <translation>Vorlage „%1“ beendet; die von ihr gestarteten Kampagnen bleiben bestehen</translation>
    </message>
    <message>
        <source>templates remove: no template called &quot;%1&quot;</source>
        <translation>templates remove: keine Vorlage namens „%1“</translation>
    </message>
    <message>
        <source>templates: expected create, list, run or remove</source>
        <translation>templates: create, list, run oder remove erwartet</translation>
    </message>
    <message>
        <source>complete for: %1 (identities elsewhere were left alone)</source>
        <translation>vollständig für: %1 (Identitäten außerhalb davon blieben unverändert)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>One of: %1; or auto, to tell each file&apos;s format from its content</source>
        <translation>Einer von: %1; oder auto, um das Format jeder Datei an ihrem Inhalt zu erkennen</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot;; expected auto or one of %2</source>
        <translation>import: unbekanntes Format „%1“; erwartet wird auto oder einer von: %2</translation>
    </message>
    <message>
        <source>Check every hash and the signature of an evidence bundle; exit 3 when anything does not match, naming the file, and 4 when the signature is valid but its key is neither given nor a trusted signer.</source>
        <translation>Alle Hashes und die Signatur eines Nachweispakets prüfen; Exit-Code 3, wenn etwas nicht übereinstimmt (mit Angabe der Datei), und 4, wenn die Signatur gültig ist, ihr Schlüssel aber weder angegeben wurde noch zu einem vertrauenswürdigen Unterzeichner gehört.</translation>
    </message>
    <message>
        <source>signature valid, signer not trusted: %1 (give its public key with --trusted-key, or add it to the trusted signers in the app)</source>
        <translation>Signatur gültig, Unterzeichner nicht vertrauenswürdig: %1 (den öffentlichen Schlüssel mit --trusted-key angeben oder den Unterzeichner in der App zu den vertrauenswürdigen Unterzeichnern hinzufügen)</translation>
    </message>
    <message>
        <source>Signed the audit chain&apos;s end: row %1, %2, by %3</source>
        <translation>Ende der Prüfkette signiert: Zeile %1, %2, von %3</translation>
    </message>
    <message>
        <source>verify, or checkpoint</source>
        <translation>verify oder checkpoint</translation>
    </message>
    <message>
        <source>Check the checkpoint with this public key (PEM) instead of the keychain&apos;s signing key</source>
        <translation>Den Prüfpunkt mit diesem öffentlichen Schlüssel (PEM) statt mit dem Signaturschlüssel des Schlüsselbunds prüfen</translation>
    </message>
    <message>
        <source>verify: check the hash chain of the audit log and its signed checkpoint; exit 3 when a row was edited, deleted or added outside Recertify. checkpoint: sign the chain&apos;s end as it stands, once you have checked it.</source>
        <translation>verify: die Hash-Kette des Prüfprotokolls und ihren signierten Prüfpunkt prüfen; Exit-Code 3, wenn eine Zeile außerhalb von Recertify bearbeitet, gelöscht oder hinzugefügt wurde. checkpoint: das Ende der Kette so signieren, wie es ist, nachdem Sie es geprüft haben.</translation>
    </message>
    <message>
        <source>audit: expected: audit verify, or audit checkpoint</source>
        <translation>audit: erwartet: audit verify oder audit checkpoint</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be checked: no signing key in the keychain; give its public half with --trusted-key</source>
        <translation>%1: Der Prüfpunkt kann nicht geprüft werden: kein Signaturschlüssel im Schlüsselbund; geben Sie seine öffentliche Hälfte mit --trusted-key an</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds: %n rows, every link and hash intact, its end as last signed</source>
        <translation>
            <numerusform>Die Prüfkette ist intakt: %n Zeile, jede Verknüpfung und jeder Hash unverändert, ihr Ende wie zuletzt signiert</numerusform>
            <numerusform>Die Prüfkette ist intakt: %n Zeilen, jede Verknüpfung und jeder Hash unverändert, ihr Ende wie zuletzt signiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked the rows named, &apos;recertify-cli audit checkpoint&apos; signs the chain&apos;s end as it stands.</source>
        <translation>Wenn Sie die genannten Zeilen geprüft haben, signiert &apos;recertify-cli audit checkpoint&apos; das Ende der Kette, wie es ist.</translation>
    </message>
    <message>
        <source>export: the audit chain does not verify (see &apos;recertify-cli audit verify&apos;); nothing was written</source>
        <translation>export: Die Prüfkette ist nicht gültig (siehe &apos;recertify-cli audit verify&apos;); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Decide for this assigned reviewer; only their manager in the people directory may</source>
        <translation>Für diese zugewiesene prüfende Person entscheiden; nur ihre Führungskraft laut Personenverzeichnis darf das</translation>
    </message>
    <message>
        <source>Item %1 decided by %2 on behalf of %3</source>
        <translation>Element %1 von %2 im Auftrag von %3 entschieden</translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation followed it</source>
        <translation>%1 von %2 Entscheidungen mit einer Empfehlung sind ihr gefolgt</translation>
    </message>
    <message>
        <source>Read a live source (entra, kubernetes) now, or every due connected source (--due)</source>
        <translation>Eine Live-Quelle (entra, kubernetes) jetzt lesen oder alle fälligen verbundenen Quellen (--due)</translation>
    </message>
    <message>
        <source>Connected sources and how often each is synced</source>
        <translation>Verbundene Quellen und wie oft jede synchronisiert wird</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no connected source named &quot;%1&quot;</source>
        <translation>keine verbundene Quelle namens „%1“</translation>
    </message>
    <message>
        <source>No source is due.</source>
        <translation>Keine Quelle ist fällig.</translation>
    </message>
    <message>
        <source>Sync, once, every connected source whose interval has passed (for cron or a systemd timer)</source>
        <translation>Einmalig jede verbundene Quelle synchronisieren, deren Intervall abgelaufen ist (für cron oder einen systemd-Timer)</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation>kubernetes: die kubeconfig-Datei (Standard: $KUBECONFIG, sonst ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig context (default: its current context)</source>
        <translation>kubernetes: der Kontext in der kubeconfig (Standard: deren aktueller Kontext)</translation>
    </message>
    <message>
        <source>Read a live source into the store, in one transaction. Credentials come from the OS keychain (see recertify-cli secrets) or, for Kubernetes, from the kubeconfig as kubectl reads it.</source>
        <translation>Eine Live-Quelle in einer Transaktion in den Datenbestand einlesen. Die Zugangsdaten stammen aus dem Schlüsselbund des Betriebssystems (siehe recertify-cli secrets) oder, bei Kubernetes, aus der kubeconfig, so wie kubectl sie liest.</translation>
    </message>
    <message>
        <source>sync --due: takes no connector; it runs every due source</source>
        <translation>sync --due: nimmt keinen Konnektor an; synchronisiert alle fälligen Quellen</translation>
    </message>
    <message>
        <source>--context: %1</source>
        <translation>--context: %1</translation>
    </message>
    <message>
        <source>No connected sources. Add one with: recertify-cli sources add kubernetes NAME</source>
        <translation>Keine verbundenen Quellen. Fügen Sie eine hinzu mit: recertify-cli sources add kubernetes NAME</translation>
    </message>
    <message>
        <source>	due</source>
        <translation>	fällig</translation>
    </message>
    <message>
        <source>list (the default), add KIND NAME, set NAME, or remove NAME</source>
        <translation>list (Standard), add TYP NAME, set NAME oder remove NAME</translation>
    </message>
    <message>
        <source>How often to sync: 30m, 6h, 1d, 1w, or off</source>
        <translation>Wie oft synchronisiert wird: 30m, 6h, 1d, 1w oder off</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: kubectl&apos;s)</source>
        <translation>kubernetes: die kubeconfig-Datei (Standard: die von kubectl)</translation>
    </message>
    <message>
        <source>kubernetes: the context (default: the current one)</source>
        <translation>kubernetes: der Kontext (Standard: der aktuelle)</translation>
    </message>
    <message>
        <source>entra: tenant id or domain</source>
        <translation>entra: Mandanten-ID oder Domäne</translation>
    </message>
    <message>
        <source>entra: application (client) id</source>
        <translation>entra: Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>entra: Microsoft Graph base URL</source>
        <translation>entra: Basis-URL von Microsoft Graph</translation>
    </message>
    <message>
        <source>Connected sources and their schedule. `recertify-cli sync --due` (cron, or the recertify-sync systemd user timer) syncs each one whose interval has passed. No credential is stored here.</source>
        <translation>Verbundene Quellen und ihr Zeitplan. `recertify-cli sync --due` (cron oder der systemd-Benutzer-Timer recertify-sync) synchronisiert jede Quelle, deren Intervall abgelaufen ist. Hier werden keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>--every: expected an interval of at least 5 minutes such as 30m, 6h, 1d, or off; got &quot;%1&quot;</source>
        <translation>--every: Intervall von mindestens 5 Minuten erwartet, etwa 30m, 6h, 1d oder off; erhalten: „%1“</translation>
    </message>
    <message>
        <source>sources add: expected KIND (%1) and NAME</source>
        <translation>sources add: TYP (%1) und NAME erwartet</translation>
    </message>
    <message>
        <source>sources add entra: --tenant and --client-id are required</source>
        <translation>sources add entra: --tenant und --client-id sind erforderlich</translation>
    </message>
    <message>
        <source>Connected %1: %2, %3</source>
        <translation>Quelle %1 verbunden: %2, %3</translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation>Synchronisierung alle %1</translation>
    </message>
    <message>
        <source>synced when asked (recertify-cli sync %1)</source>
        <translation>Synchronisierung nur auf Anfrage (recertify-cli sync %1)</translation>
    </message>
    <message>
        <source>Removed %1; what it synced stays in the store</source>
        <translation>%1 entfernt; die bereits synchronisierten Daten bleiben im Datenbestand</translation>
    </message>
    <message>
        <source>sources set: expected --every</source>
        <translation>sources set: --every erwartet</translation>
    </message>
    <message>
        <source>%1 syncs every %2</source>
        <translation>%1 wird alle %2 synchronisiert</translation>
    </message>
    <message>
        <source>sources: expected list, add KIND NAME, set NAME or remove NAME</source>
        <translation>sources: erwartet wird list, add TYP NAME, set NAME oder remove NAME</translation>
    </message>
    <message>
        <source>--name: expected a name</source>
        <translation>--name: ein Name wird erwartet</translation>
    </message>
    <message>
        <source>--name: only the mcp-tools format takes a name; %1 names its identities itself</source>
        <translation>--name: nur das Format mcp-tools nimmt einen Namen an; %1 benennt seine Identitäten selbst</translation>
    </message>
    <message>
        <source>%1	%2	%3	last synced %4%5</source>
        <translation>%1	%2	%3	zuletzt synchronisiert %4%5</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>%1 syncs only when asked</source>
        <translation>%1 wird nur auf Anforderung synchronisiert</translation>
    </message>
    <message>
        <source>The live source: aws, entra, github or kubernetes, or the name of a connected source (see recertify-cli sources)</source>
        <translation>Die Live-Quelle: aws, entra, github oder kubernetes oder der Name einer verbundenen Quelle (siehe recertify-cli sources)</translation>
    </message>
    <message>
        <source>github: the organisation</source>
        <translation>github: die Organisation</translation>
    </message>
    <message>
        <source>github: the REST API (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>github: die REST-API (GitHub Enterprise Server: https://HOST/api/v3)</translation>
    </message>
    <message>
        <source>github: authenticate as this GitHub App, its private key in the keychain entry github-app:ORG (default: a token in github:ORG)</source>
        <translation>github: als diese GitHub App authentifizieren, deren privater Schlüssel im Schlüsselbundeintrag github-app:ORG liegt (Standard: ein Token in github:ORG)</translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile (default: the environment, $AWS_PROFILE or default)</source>
        <translation>aws: das Profil der AWS CLI (Standard: die Umgebung, $AWS_PROFILE oder default)</translation>
    </message>
    <message>
        <source>aws: the region for STS (default: the profile&apos;s)</source>
        <translation>aws: die Region für STS (Standard: die des Profils)</translation>
    </message>
    <message>
        <source>aws: also run IAM&apos;s service-last-accessed job for every role and user (when each service was last used)</source>
        <translation>aws: zusätzlich den service-last-accessed-Job von IAM für jede Rolle und jeden Benutzer ausführen (wann jeder Dienst zuletzt genutzt wurde)</translation>
    </message>
    <message>
        <source>aws: read CloudTrail LookupEvents, this many days back on the first run (at most 90), then from where the last run stopped</source>
        <translation>aws: CloudTrail LookupEvents lesen, beim ersten Lauf so viele Tage zurück (höchstens 90), danach ab der Stelle, an der der letzte Lauf aufgehört hat</translation>
    </message>
    <message>
        <source>aws: send IAM and STS requests here instead (VPC endpoints, tests)</source>
        <translation>aws: IAM- und STS-Anfragen stattdessen hierhin senden (VPC-Endpunkte, Tests)</translation>
    </message>
    <message>
        <source>sync: expected the connector name (aws, entra, github or kubernetes) or a connected source&apos;s name</source>
        <translation>sync: Name eines Konnektors (aws, entra, github oder kubernetes) oder einer verbundenen Quelle erwartet</translation>
    </message>
    <message>
        <source>--endpoint-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--endpoint-url: URL erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>sync github: --org is required</source>
        <translation>sync github: --org ist erforderlich</translation>
    </message>
    <message>
        <source>--api-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--api-url: URL erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>github: the REST API</source>
        <translation>github: die REST-API</translation>
    </message>
    <message>
        <source>github: the GitHub App&apos;s id (its key in the keychain entry github-app:ORG)</source>
        <translation>github: die ID der GitHub App (ihr Schlüssel liegt im Schlüsselbundeintrag github-app:ORG)</translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile</source>
        <translation>aws: das Profil der AWS CLI</translation>
    </message>
    <message>
        <source>aws: the region for STS</source>
        <translation>aws: die Region für STS</translation>
    </message>
    <message>
        <source>aws: IAM and STS endpoint</source>
        <translation>aws: Endpunkt für IAM und STS</translation>
    </message>
    <message>
        <source>sources add github: --org is required</source>
        <translation>sources add github: --org ist erforderlich</translation>
    </message>
    <message>
        <source>Recompute findings and trust debt now and time it</source>
        <translation>Befunde und Vertrauensschuld jetzt neu berechnen und die Dauer messen</translation>
    </message>
    <message>
        <source>analyse: takes no arguments</source>
        <translation>analyse: nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>%1 identities: %2 open findings (%3 new, %4 resolved), trust debt %5; %6 of %7 grants used. %8 s</source>
        <translation>%1 Identitäten: %2 offene Befunde (%3 neu, %4 behoben), Vertrauensschuld %5; %6 von %7 Berechtigungen genutzt. %8 s</translation>
    </message>
    <message>
        <source>%1 requests, %2 pages</source>
        <translation>%1 Anfragen, %2 Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 closed: %2, %3</source>
        <translation>Kampagne %1 abgeschlossen: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation task(s)</source>
        <translation>
            <numerusform>%n Behebungsaufgabe</numerusform>
            <numerusform>%n Behebungsaufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left undecided</source>
        <translation>
            <numerusform>%n Element unentschieden</numerusform>
            <numerusform>%n Elemente unentschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation>list, decide ITEM, amend ITEM oder delegate ITEM</translation>
    </message>
    <message>
        <source>The reviewer: whose items (list), who decides (decide, amend)</source>
        <translation>Die prüfende Person: wessen Elemente (list), wer entscheidet (decide, amend)</translation>
    </message>
    <message>
        <source>%1: expected the ITEM id</source>
        <translation>%1: ITEM-ID erwartet</translation>
    </message>
    <message>
        <source>%1: --reviewer, --ownership, --scope and --need are required</source>
        <translation>%1: --reviewer, --ownership, --scope und --need sind erforderlich</translation>
    </message>
    <message>
        <source>Item %1 amended; the earlier decision stays on record, superseded</source>
        <translation>Element %1 geändert; die frühere Entscheidung bleibt als ersetzt erhalten</translation>
    </message>
    <message>
        <source>Item %1 amended by %2 on behalf of %3; the earlier decision stays on record, superseded</source>
        <translation>Element %1 von %2 im Auftrag von %3 geändert; die frühere Entscheidung bleibt als ersetzt erhalten</translation>
    </message>
    <message>
        <source>review: expected list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation>review: list, decide ITEM, amend ITEM oder delegate ITEM erwartet</translation>
    </message>
    <message>
        <source>Ask each identity only the attestations (ownership, task scope, business need) whose certification has run out</source>
        <translation>Jede Identität nur zu den Bestätigungen (Eigentümerschaft, Aufgabenumfang, geschäftlicher Bedarf) befragen, deren Zertifizierung abgelaufen ist</translation>
    </message>
    <message>
        <source>How long the ownership answer holds (default: a year)</source>
        <translation>Wie lange die Antwort zur Eigentümerschaft gilt (Standard: ein Jahr)</translation>
    </message>
    <message>
        <source>How long the task scope answer holds (default: a year)</source>
        <translation>Wie lange die Antwort zum Aufgabenumfang gilt (Standard: ein Jahr)</translation>
    </message>
    <message>
        <source>%1: --reviewer is required, and an answer for each attestation item %2 asks: %3</source>
        <translation>%1: --reviewer ist erforderlich sowie eine Antwort zu jeder Bestätigung, die Element %2 erfragt: %3</translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2027-06-30, got &quot;%2&quot;</source>
        <translation>--%1: Datum wie 2027-06-30 erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <source>k8s-rbac: the namespace of objects that name none, as kubectl apply -n NS would apply a manifest</source>
        <translation>k8s-rbac: der Namespace für Objekte, die keinen nennen, wie kubectl apply -n NS ein Manifest anwenden würde</translation>
    </message>
    <message>
        <source>--namespace: expected a namespace</source>
        <translation>--namespace: Namespace erwartet</translation>
    </message>
    <message>
        <source>--namespace: only the k8s-rbac format takes a namespace</source>
        <translation>--namespace: Nur das Format k8s-rbac nimmt einen Namespace an</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übergangen: %1</translation>
    </message>
    <message>
        <source>First check of this server from this machine: the chain&apos;s end (row %1) is now signed here; later checks compare with it.</source>
        <translation>Erste Prüfung dieses Servers von diesem Rechner: das Ende der Kette (Zeile %1) ist jetzt hier signiert; spätere Prüfungen vergleichen damit.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import (same event id) and were not counted again</source>
        <translation>
            <numerusform>%n Ereignis war schon von einem früheren Import gezählt worden (gleiche Ereignis-ID) und wurde nicht erneut gezählt</numerusform>
            <numerusform>%n Ereignisse waren schon von einem früheren Import gezählt worden (gleiche Ereignis-ID) und wurden nicht erneut gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Analyse every identity even when nothing changed since the last analysis</source>
        <translation>Jede Identität analysieren, auch wenn sich seit der letzten Analyse nichts geändert hat</translation>
    </message>
    <message>
        <source>Recompute privilege drift, findings and trust debt for the whole store now, in one transaction, and say how long it took. Imports, syncs and decisions do this on their own. When nothing changed since the last analysis (no change to the store, no date passed that turns a finding), it says so and keeps that analysis.</source>
        <translation>Rechte-Drift, Befunde und Vertrauensschuld für den ganzen Speicher jetzt in einer Transaktion neu berechnen und sagen, wie lange es gedauert hat. Importe, Synchronisierungen und Entscheidungen tun das von selbst. Hat sich seit der letzten Analyse nichts geändert (keine Änderung am Speicher, kein Zeitpunkt verstrichen, der einen Befund ändert), sagt sie das und behält jene Analyse.</translation>
    </message>
    <message>
        <source>Nothing changed since the last analysis (snapshot %1); its findings stand.</source>
        <translation>Seit der letzten Analyse (Momentaufnahme %1) hat sich nichts geändert; ihre Befunde gelten weiter.</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) passed over:</source>
        <translation>
            <numerusform>%n Eintrag übergangen:</numerusform>
            <numerusform>%n Einträge übergangen:</numerusform>
        </translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, deaktiviert</translation>
    </message>
    <message>
        <source>mcp-tools: the agent&apos;s name when the files do not say (no serverInfo); default: the folder of a file with a name every dump shares (tools.json, tools-list.json, response.json…), else the file&apos;s name</source>
        <translation>mcp-tools: der Name des Agenten, wenn die Dateien ihn nicht nennen (kein serverInfo); Standard: der Ordner einer Datei mit einem Namen, den jeder Abzug trägt (tools.json, tools-list.json, response.json…), sonst der Name der Datei</translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation>Aktivitätsdaten decken %1 der letzten 90 Tage für %2 ab</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days (it ends on %2): usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation>Keine Aktivitätsdaten für %1 in den letzten 90 Tagen (sie enden am %2): Nutzung unbekannt, daher gilt keine Berechtigung als ungenutzt, und inaktiv nur nach einer letzten Nutzung, die die Quelle selbst meldet</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation>Keine Aktivitätsdaten für %1 in den letzten 90 Tagen: Nutzung unbekannt, daher gilt keine Berechtigung als ungenutzt, und inaktiv nur nach einer letzten Nutzung, die die Quelle selbst meldet</translation>
    </message>
    <message>
        <source>retired nothing: the input is no whole listing of an account, a namespace&apos;s service accounts, a tenant or an organisation, so what it leaves out is not taken as gone</source>
        <translation>nichts stillgelegt: die Eingabe ist keine vollständige Auflistung eines Kontos, der Dienstkonten eines Namespace, eines Mandanten oder einer Organisation, daher gilt, was sie auslässt, nicht als verschwunden</translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation>
            <numerusform>an %n Tag mit Aktivitätsdaten nicht gesehen</numerusform>
            <numerusform>an %n Tagen mit Aktivitätsdaten nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation>unbekannt: keine Aktivitätsdaten</translation>
    </message>
    <message>
        <source>retired nothing: a credential report says how each user&apos;s password and keys are used; users it leaves out are retired by the account&apos;s export (aws iam get-account-authorization-details), which lists every user, role and policy</source>
        <translation>nichts stillgelegt: ein Credential Report sagt, wie Passwort und Schlüssel jedes Benutzers genutzt werden; Benutzer, die er auslässt, legt der Export des Kontos still (aws iam get-account-authorization-details), der jeden Benutzer, jede Rolle und jede Richtlinie auflistet</translation>
    </message>
    <message>
        <source>(Already imported by this run, each in its own transaction: %1. Nothing of %2 was.)</source>
        <translation>(Von diesem Lauf schon importiert, jeweils in eigener Transaktion: %1. Von %2 nichts.)</translation>
    </message>
    <message>
        <source>Import identities, credentials, grants and activity from files. One transaction per format: a bad file leaves the store as it was (with auto and files of several kinds, the kinds imported before it stay).</source>
        <translation>Identitäten, Zugangsdaten, Berechtigungen und Aktivität aus Dateien importieren. Eine Transaktion je Format: Eine fehlerhafte Datei lässt den Bestand, wie er war (mit auto und Dateien verschiedener Art bleiben die vor ihr importierten Arten erhalten).</translation>
    </message>
    <message>
        <source>(Not tried: %1.)</source>
        <translation>(Nicht versucht: %1.)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message numerus="yes">
        <source>no call allowed; %n refused, the last on %1</source>
        <translation>
            <numerusform>kein Aufruf erlaubt; %n abgelehnt, der letzte am %1</numerusform>
            <numerusform>kein Aufruf erlaubt; %n abgelehnt, der letzte am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>retired nothing: every file had been imported before, and what it leaves out may have come since from another input; import a fresh export to retire what is gone</source>
        <translation>nichts stillgelegt: jede Datei war schon einmal importiert, und was sie auslässt, kann seither aus einer anderen Eingabe gekommen sein; importieren Sie einen neuen Export, um stillzulegen, was fort ist</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the demo estate written at %1</source>
        <translation>der um %1 geschriebene Demo-Bestand</translation>
    </message>
    <message>
        <source>the %1 import at %2</source>
        <translation>der %1-Import um %2</translation>
    </message>
    <message>
        <source>findings are out of date and could not be recomputed: %1</source>
        <translation>die Befunde sind veraltet und konnten nicht neu berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings were out of date (%1 ended before its analysis); recomputed them first: %n open</source>
        <translation>
            <numerusform>Die Befunde waren veraltet (%1 endete vor seiner Analyse); zuerst neu berechnet: %n offen</numerusform>
            <numerusform>Die Befunde waren veraltet (%1 endete vor seiner Analyse); zuerst neu berechnet: %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings are out of date: %1 ended before its analysis. &apos;recertify-cli analyse&apos;, an import or a sync recomputes them.</source>
        <translation>Die Befunde sind veraltet: %1 endete vor seiner Analyse. &apos;recertify-cli analyse&apos;, ein Import oder eine Synchronisierung berechnet sie neu.</translation>
    </message>
    <message>
        <source>Findings were last computed on %1; time-bound findings may have changed since. &apos;recertify-cli analyse&apos; recomputes them.</source>
        <translation>Die Befunde wurden zuletzt am %1 berechnet; zeitabhängige Befunde können sich seitdem geändert haben. &apos;recertify-cli analyse&apos; berechnet sie neu.</translation>
    </message>
    <message>
        <source>A campaign trigger started campaign %1</source>
        <translation>Ein Kampagnenauslöser hat Kampagne %1 gestartet</translation>
    </message>
    <message>
        <source>A recurring campaign fell due and started as campaign %1</source>
        <translation>Eine wiederkehrende Kampagne war fällig und wurde als Kampagne %1 gestartet</translation>
    </message>
</context>
<context>
    <name>CloudTrailImporter</name>
    <message>
        <source>no userIdentity (%1)</source>
        <translation>keine userIdentity (%1)</translation>
    </message>
    <message>
        <source>principal type %1</source>
        <translation>Prinzipaltyp %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>no principal id or ARN</source>
        <translation>keine Prinzipal-ID und kein ARN</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: expected a CloudTrail log file: {&quot;Records&quot;: [...]}</source>
        <translation>%1: CloudTrail-Protokolldatei erwartet: {&quot;Records&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)</source>
        <translation>%1: %2: CloudTrail-Datensatz erwartet (eventVersion, eventName, userIdentity…)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: expected CloudTrail records as JSON ({&quot;Records&quot;: […]}, one record per line, or aws cloudtrail lookup-events output)</source>
        <translation>%1: CloudTrail-Datensätze als JSON erwartet ({&quot;Records&quot;: […]}, ein Datensatz pro Zeile oder Ausgabe von aws cloudtrail lookup-events)</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>%1: a single JSON document larger than %2 MB; expected one record per line</source>
        <translation>%1: ein einzelnes JSON-Dokument, größer als %2 MB; ein Datensatz pro Zeile erwartet</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one record per line</source>
        <translation>%1: Zeile %2: länger als %3 MB; ein Datensatz pro Zeile erwartet</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON record</source>
        <translation>%1: Zeile %2: JSON-Datensatz erwartet</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n CloudTrail digest file(s): they hold hashes of log files, not events</source>
        <translation>
            <numerusform>%n CloudTrail-Digest-Datei übersprungen: Sie enthält Hashes von Protokolldateien, keine Ereignisse</numerusform>
            <numerusform>%n CloudTrail-Digest-Dateien übersprungen: Sie enthalten Hashes von Protokolldateien, keine Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot parse: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation>%1: Byte %2: tiefer als %3 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3%4</source>
        <translation>%1: Byte %2: ungültiges JSON: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (die Datei wirkt abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation>%1: Byte %2: ein Datensatz größer als %3 MB</translation>
    </message>
    <message numerus="yes">
        <source>%1: only CloudTrail digest files (%n): they hold hashes of log files, not events; give the log files instead (AWSLogs/ACCOUNT/CloudTrail/…)</source>
        <translation>
            <numerusform>%1: nur CloudTrail-Digest-Dateien (%n): Sie enthalten Prüfsummen von Logdateien, keine Ereignisse; geben Sie stattdessen die Logdateien an (AWSLogs/KONTO/CloudTrail/…)</numerusform>
            <numerusform>%1: nur CloudTrail-Digest-Dateien (%n): Sie enthalten Prüfsummen von Logdateien, keine Ereignisse; geben Sie stattdessen die Logdateien an (AWSLogs/KONTO/CloudTrail/…)</numerusform>
        </translation>
    </message>
    <message>
        <source>a network activity event (VPC endpoint), logged beside the call&apos;s own event</source>
        <translation>ein Netzwerkaktivitätsereignis (VPC-Endpunkt), neben dem eigenen Ereignis des Aufrufs protokolliert</translation>
    </message>
    <message>
        <source>an IAM Identity Center session (a person&apos;s permission set)</source>
        <translation>eine IAM-Identity-Center-Sitzung (der Berechtigungssatz einer Person)</translation>
    </message>
    <message>
        <source>%1: AWS event notifications (S3, SQS, SNS: &quot;eventSource&quot;: &quot;aws:…&quot;), which name the resource that changed but not the identity that called; give the trail&apos;s log files instead</source>
        <translation>%1: AWS-Ereignisbenachrichtigungen (S3, SQS, SNS: &quot;eventSource&quot;: &quot;aws:…&quot;), die die geänderte Ressource nennen, aber nicht die aufrufende Identität; geben Sie stattdessen die Protokolldateien des Trails an</translation>
    </message>
    <message>
        <source>%1: one page of aws cloudtrail lookup-events output (it ends with NextToken): more events exist; without --max-items the AWS CLI reads every page</source>
        <translation>%1: eine Seite der Ausgabe von aws cloudtrail lookup-events (sie endet mit NextToken): es gibt weitere Ereignisse; ohne --max-items liest die AWS CLI jede Seite</translation>
    </message>
    <message>
        <source>%1: byte %2 of the compressed file: %3</source>
        <translation>%1: Byte %2 der komprimierten Datei: %3</translation>
    </message>
    <message>
        <source>%1: %2: expected CloudWatch Logs subscription data (base64 of gzip), as a Lambda receives it</source>
        <translation>%1: %2: erwartet wurden CloudWatch-Logs-Abonnementdaten (Base64 von gzip), wie eine Lambda-Funktion sie erhält</translation>
    </message>
    <message>
        <source>%1: line %2, batch %3</source>
        <translation>%1: Zeile %2, Stapel %3</translation>
    </message>
    <message>
        <source>line %1, batch %2</source>
        <translation>Zeile %1, Stapel %2</translation>
    </message>
    <message>
        <source>%1, results[%2]</source>
        <translation>%1, results[%2]</translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the CloudTrail record; run the query with fields @message</source>
        <translation>%1: %2: eine Zeile von CloudWatch Logs Insights ohne @message, die den CloudTrail-Eintrag enthält; führen Sie die Abfrage mit fields @message aus</translation>
    </message>
    <message>
        <source>%1, %2[%3]</source>
        <translation>%1, %2[%3]</translation>
    </message>
    <message>
        <source>%1: a CloudWatch Logs Insights answer whose query is %2, not Complete: its records are read, but the query may have found more; save the answer once it is Complete</source>
        <translation>%1: eine Antwort von CloudWatch Logs Insights, deren Abfrage %2 ist, nicht Complete: ihre Einträge werden gelesen, aber die Abfrage hat womöglich mehr gefunden; speichern Sie die Antwort, sobald sie Complete ist</translation>
    </message>
    <message>
        <source>%1: %2: eventTime: missing; every CloudTrail record has the time of its call (give the records as CloudTrail wrote them)</source>
        <translation>%1: %2: eventTime: fehlt; jeder CloudTrail-Eintrag enthält den Zeitpunkt seines Aufrufs (geben Sie die Einträge so an, wie CloudTrail sie geschrieben hat)</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected an ISO 8601 time, got &quot;%4&quot;</source>
        <translation>%1: %2: %3: Zeitangabe nach ISO 8601 erwartet, erhalten: „%4“</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: a line break or other control character inside a string, which JSON writes escaped (\n)</source>
        <translation>%1: Zeile %2, Spalte %3: ungültiges JSON: ein Zeilenumbruch oder anderes Steuerzeichen in einer Zeichenkette, das JSON maskiert schreibt (\n)</translation>
    </message>
    <message>
        <source>an AWS service&apos;s own role acting for the account (%1), no role the account owns</source>
        <translation>eine eigene Rolle eines AWS-Dienstes, die für das Konto handelt (%1), keine Rolle des Kontos</translation>
    </message>
    <message>
        <source>its principal is redacted (%1)</source>
        <translation>sein Prinzipal ist unkenntlich gemacht (%1)</translation>
    </message>
</context>
<context>
    <name>ControlMapping</name>
    <message>
        <source>ownership attested</source>
        <translation>Eigentümerschaft bestätigt</translation>
    </message>
    <message>
        <source>task scope kept or reduced</source>
        <translation>Aufgabenumfang beibehalten oder reduziert</translation>
    </message>
    <message>
        <source>business need certified, revoked or retired</source>
        <translation>geschäftlicher Bedarf zertifiziert, widerrufen oder stillgelegt</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>service account token</source>
        <translation>Dienstkonto-Token</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <source>deploy key</source>
        <translation>Deploy-Schlüssel</translation>
    </message>
    <message>
        <source>federated credential</source>
        <translation>föderierte Anmeldeinformation</translation>
    </message>
    <message>
        <source>console password</source>
        <translation>Konsolenpasswort</translation>
    </message>
</context>
<context>
    <name>CredentialReportImporter</name>
    <message>
        <source>text/csv, got &quot;%1&quot;</source>
        <translation>text/csv, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the report in base64</source>
        <translation>den Bericht in Base64</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: empty; expected the credential report&apos;s header</source>
        <translation>%1: leer; erwartet wurde die Kopfzeile des Credential Reports</translation>
    </message>
    <message>
        <source>%1: line %2: no %3 column; the credential report&apos;s header starts user,arn,user_creation_time</source>
        <translation>%1: Zeile %2: keine Spalte %3; die Kopfzeile des Credential Reports beginnt mit user,arn,user_creation_time</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4 (a cut or edited report?)</source>
        <translation>%1: Zeile %2: %3 Felder, die Kopfzeile hat aber %4 (ein abgeschnittener oder bearbeiteter Bericht?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: the header has no rows after it; the report lists the root user at least</source>
        <translation>%1: nach der Kopfzeile folgt keine Zeile; der Bericht führt mindestens den Root-Benutzer auf</translation>
    </message>
    <message>
        <source>the account&apos;s root user (a person&apos;s sign-in, not a workload identity)</source>
        <translation>der Root-Benutzer des Kontos (die Anmeldung einer Person, keine Workload-Identität)</translation>
    </message>
    <message>
        <source>%1: line %2: the root user of account %3 has an active access key (%4); AWS advises that the root user have none</source>
        <translation>%1: Zeile %2: Der Root-Benutzer des Kontos %3 hat einen aktiven Zugriffsschlüssel (%4); AWS rät, dass der Root-Benutzer keinen hat</translation>
    </message>
    <message>
        <source>an IAM user&apos;s ARN, got &quot;%1&quot;</source>
        <translation>den ARN eines IAM-Benutzers, erhalten: „%1“</translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation>eine Zeitangabe, erhalten: „%1“</translation>
    </message>
    <message>
        <source>true or false, got &quot;%1&quot;</source>
        <translation>true oder false, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: expected %4</source>
        <translation>%1: Zeile %2, Spalte %3: erwartet %4</translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report: run aws iam generate-credential-report until it says COMPLETE, then get the report again</source>
        <translation>%1: eine Fehlerantwort von AWS (%2), kein Bericht: aws iam generate-credential-report ausführen, bis es COMPLETE meldet, dann den Bericht erneut abrufen</translation>
    </message>
    <message>
        <source>the report (the answer of aws iam get-credential-report)</source>
        <translation>den Bericht (die Antwort von aws iam get-credential-report)</translation>
    </message>
    <message>
        <source>%1: line %2 lists %3 again (first on line %4); the second row was passed over</source>
        <translation>%1: Zeile %2 führt %3 erneut auf (zuerst in Zeile %4); die zweite Zeile wurde übergangen</translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report</source>
        <translation>%1: eine Fehlerantwort von AWS (%2), kein Bericht</translation>
    </message>
    <message>
        <source>%1: starts as the report in base64, but is not base64 throughout (cut off?)</source>
        <translation>%1: beginnt als Bericht in Base64, ist aber nicht durchgehend Base64 (abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: empty; expected a header row</source>
        <translation>%1: leer; Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>%1: line %2: unknown header; expected that of identities.csv (%3) or of activity.csv (%4)</source>
        <translation>%1: Zeile %2: unbekannte Kopfzeile; erwartet wird die von identities.csv (%3) oder von activity.csv (%4)</translation>
    </message>
    <message>
        <source>%1: line %2: missing column %3</source>
        <translation>%1: Zeile %2: Spalte %3 fehlt</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4</source>
        <translation>%1: Zeile %2: %3 Felder, aber die Kopfzeile hat %4</translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation>%1: in Zeile %2 abgebrochen</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1: line %2: no identity_id</source>
        <translation>%1: Zeile %2: identity_id fehlt</translation>
    </message>
    <message>
        <source>allowed, denied or error, got &quot;%1&quot;</source>
        <translation>allowed, denied oder error, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: line %2: %3: expected %4</source>
        <translation>%1: Zeile %2: %3: erwartet wird %4</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>one of %1, got &quot;%2&quot;</source>
        <translation>einer der Werte %1, erhalten: „%2“</translation>
    </message>
    <message>
        <source>true, false, yes, no, 1 or 0, got &quot;%1&quot;</source>
        <translation>true, false, yes, no, 1 oder 0, erhalten: „%1“</translation>
    </message>
    <message>
        <source>an ISO 8601 time, got &quot;%1&quot;</source>
        <translation>eine Zeitangabe nach ISO 8601, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 MiB; is a quote left open?</source>
        <translation>Zeile %1: ein Datensatz länger als %2 MiB; ist ein Anführungszeichen nicht geschlossen?</translation>
    </message>
    <message>
        <source>line %1: the quoted field that starts here is never closed</source>
        <translation>Zeile %1: das hier beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
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
    <message>
        <source>your database login is not allowed to do this (%1)</source>
        <translation>Ihr Datenbank-Login ist dazu nicht berechtigt (%1)</translation>
    </message>
</context>
<context>
    <name>DemoEstate</name>
    <message>
        <source>%1 for the %2 team</source>
        <translation>%1 für das Team %2</translation>
    </message>
    <message>
        <source>expected 1 to 5000000 identities, got %1</source>
        <translation>erwartet 1 bis 5000000 Identitäten, erhalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file, or replace the estate</source>
        <translation>
            <numerusform>die Datenbank enthält bereits %n Identität; verwenden Sie eine andere Datenbankdatei oder ersetzen Sie den Bestand</numerusform>
            <numerusform>die Datenbank enthält bereits %n Identitäten; verwenden Sie eine andere Datenbankdatei oder ersetzen Sie den Bestand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message numerus="yes">
        <source>%1 was not used in the last %n days</source>
        <translation>
            <numerusform>%1 wurde seit %n Tag nicht genutzt</numerusform>
            <numerusform>%1 wurde seit %n Tagen nicht genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 is outside the declared task scope</source>
        <translation>%1 liegt außerhalb des erklärten Aufgabenumfangs</translation>
    </message>
    <message>
        <source>tried %1, which no grant allows (denied)</source>
        <translation>hat %1 versucht, was keine Berechtigung erlaubt (verweigert)</translation>
    </message>
    <message>
        <source>%1 was granted after the certification of %2</source>
        <translation>%1 wurde nach der Zertifizierung vom %2 gewährt</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and is still enabled</source>
        <translation>%1 %2 ist am %3 abgelaufen und weiterhin aktiviert</translation>
    </message>
    <message>
        <source>%1 %2 expires on %3</source>
        <translation>%1 %2 läuft am %3 ab</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was issued %n days ago and never rotated</source>
        <translation>
            <numerusform>%1 %2 wurde vor %n Tag ausgestellt und nie rotiert</numerusform>
            <numerusform>%1 %2 wurde vor %n Tagen ausgestellt und nie rotiert</numerusform>
        </translation>
    </message>
    <message>
        <source>its retirement date %1 has passed and it is still enabled</source>
        <translation>ihr Stilllegungsdatum %1 ist überschritten, und sie ist weiterhin aktiviert</translation>
    </message>
    <message>
        <source>never used since it was created on %1</source>
        <translation>seit der Erstellung am %1 nie genutzt</translation>
    </message>
    <message numerus="yes">
        <source>last used %n days ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag genutzt</numerusform>
            <numerusform>zuletzt vor %n Tagen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>no business owner</source>
        <translation>kein fachlicher Eigentümer</translation>
    </message>
    <message>
        <source>owner %1 is not in the people directory</source>
        <translation>Eigentümer %1 ist nicht im Personenverzeichnis</translation>
    </message>
    <message>
        <source>owner %1 has left</source>
        <translation>Eigentümer %1 ist ausgeschieden</translation>
    </message>
    <message>
        <source>no documented purpose</source>
        <translation>kein dokumentierter Zweck</translation>
    </message>
    <message>
        <source>no expiry date or retirement condition</source>
        <translation>kein Ablaufdatum und keine Stilllegungsbedingung</translation>
    </message>
    <message>
        <source>last certified on %1</source>
        <translation>zuletzt am %1 zertifiziert</translation>
    </message>
    <message>
        <source>never certified</source>
        <translation>nie zertifiziert</translation>
    </message>
    <message>
        <source>interactive use: %1 on %2</source>
        <translation>interaktive Nutzung: %1 am %2</translation>
    </message>
    <message>
        <source>%1 is attached, but its content was not in the input</source>
        <translation>%1 ist angefügt, der Inhalt war jedoch nicht in der Eingabe enthalten</translation>
    </message>
    <message>
        <source>tool %1 may change or delete data (its server marks it destructive)</source>
        <translation>Tool %1 kann Daten ändern oder löschen (sein Server kennzeichnet es als destruktiv)</translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue since %3</source>
        <translation>Entfernung von %1 am %2 angefordert, überfällig seit %3</translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue after %3</source>
        <translation>Entfernung von %1 am %2 angefordert, überfällig nach %3</translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;), subject to a condition</source>
        <translation>jeder kann sie übernehmen (Prinzipal „*“ in der Vertrauensrichtlinie), unter einer Bedingung</translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;)</source>
        <translation>jeder kann sie übernehmen (Prinzipal „*“ in der Vertrauensrichtlinie)</translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it, subject to a condition</source>
        <translation>%1 außerhalb des eigenen Kontos kann sie übernehmen, unter einer Bedingung</translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it</source>
        <translation>%1 außerhalb des eigenen Kontos kann sie übernehmen</translation>
    </message>
    <message>
        <source>%1 through a direct grant</source>
        <translation>%1 über eine direkte Berechtigung</translation>
    </message>
    <message numerus="yes">
        <source>never used since it was created on %1; %n calls with it were denied, the last on %2</source>
        <translation>
            <numerusform>seit der Erstellung am %1 nie genutzt; %n Aufruf damit wurde abgelehnt, am %2</numerusform>
            <numerusform>seit der Erstellung am %1 nie genutzt; %n Aufrufe damit wurden abgelehnt, der letzte am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools the input does not mark read-only or non-destructive may change or delete data, as MCP assumes of unmarked tools: %1</source>
        <translation>
            <numerusform>%n Werkzeug, das die Eingabe nicht als nur lesend oder nicht zerstörend kennzeichnet, kann Daten ändern oder löschen, wie MCP es für ungekennzeichnete Werkzeuge annimmt: %1</numerusform>
            <numerusform>%n Werkzeuge, die die Eingabe nicht als nur lesend oder nicht zerstörend kennzeichnet, können Daten ändern oder löschen, wie MCP es für ungekennzeichnete Werkzeuge annimmt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2 lets it give itself any permission (privilege escalation)</source>
        <translation>%1 über %2 erlaubt, sich selbst jede Berechtigung zu geben (Rechteausweitung)</translation>
    </message>
    <message>
        <source>never used from its creation on %1 to the credential report of %2</source>
        <translation>nie benutzt von der Erstellung am %1 bis zum Anmeldedatenbericht vom %2</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and was never removed</source>
        <translation>%1 %2 ist am %3 abgelaufen und wurde nie entfernt</translation>
    </message>
    <message>
        <source>%1 acts on the data of every user in the tenant: an application permission needs no signed-in user</source>
        <translation>%1 wirkt auf die Daten aller Benutzer im Mandanten: eine Anwendungsberechtigung braucht keinen angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): it may delete them across the whole cluster</source>
        <translation>%1 ist clusterweit erteilt (über %2): es darf sie im ganzen Cluster löschen</translation>
    </message>
    <message>
        <source>not used from %1, when AWS began recording use, to the credential report of %2</source>
        <translation>nicht genutzt vom %1, als AWS begann, Nutzung aufzuzeichnen, bis zum Credential Report vom %2</translation>
    </message>
    <message>
        <source>never used from its creation on %1 to AWS&apos;s report of %2</source>
        <translation>nie genutzt von seiner Erstellung am %1 bis zum Bericht von AWS vom %2</translation>
    </message>
    <message>
        <source>not used in the %1 days AWS tracks before its report of %2</source>
        <translation>nicht genutzt in den %1 Tagen, die AWS vor seinem Bericht vom %2 verfolgt</translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): every Secret of that namespace can be read, service account tokens among them</source>
        <translation>%1 im Namespace %2 (über %3): jedes Secret dieses Namespace kann gelesen werden, Token von Dienstkonten eingeschlossen</translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): a pod it makes or changes may run as any service account of that namespace and read any of its Secrets</source>
        <translation>%1 im Namespace %2 (über %3): ein Pod, den sie anlegt oder ändert, kann als jedes Dienstkonto dieses Namespace laufen und jedes seiner Secrets lesen</translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): a namespace&apos;s labels set its Pod Security level, so it may let privileged pods into any namespace</source>
        <translation>%1 ist clusterweit gewährt (über %2): die Labels eines Namespace legen seine Pod-Security-Stufe fest, so kann es privilegierte Pods in jeden Namespace lassen</translation>
    </message>
    <message>
        <source>%1 on all repositories, those made later too: it may change the code or the workflows of every one of them</source>
        <translation>%1 auf allen Repositorys, auch später angelegten: es kann den Code oder die Workflows jedes einzelnen ändern</translation>
    </message>
    <message>
        <source>%1 on all repositories of %2, those made later too: it may change the code or the workflows of every one of them</source>
        <translation>%1 auf allen Repositorys von %2, auch später angelegten: es kann den Code oder die Workflows jedes einzelnen ändern</translation>
    </message>
    <message>
        <source>%1 on namespace %2 (through %3): its labels set its Pod Security level, so it may let privileged pods into it</source>
        <translation>%1 auf Namespace %2 (über %3): seine Labels legen seine Pod-Security-Stufe fest, so kann es privilegierte Pods hineinlassen</translation>
    </message>
    <message numerus="yes">
        <source>%n admin permission(s) through %2: %1</source>
        <translation>
            <numerusform>%n Administratorberechtigung über %2: %1</numerusform>
            <numerusform>%n Administratorberechtigungen über %2: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntraGraphImporter</name>
    <message>
        <source>a Microsoft Graph response body</source>
        <translation>ein Antworttext von Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: expected a Microsoft Graph response, or an object of responses keyed by request</source>
        <translation>%1: erwartet wird eine Microsoft-Graph-Antwort oder ein Objekt aus Antworten mit der jeweiligen Anfrage als Schlüssel</translation>
    </message>
    <message>
        <source>%1: holds a Microsoft Graph error, not data: %2: %3. Export again once the request succeeds.</source>
        <translation>%1: enthält einen Microsoft-Graph-Fehler, keine Daten: %2: %3. Erneut exportieren, sobald die Anfrage erfolgreich ist.</translation>
    </message>
    <message>
        <source>%1: is Azure AD Graph output (graph.windows.net), which Microsoft has retired. Export from Microsoft Graph instead, for example: az rest --url https://graph.microsoft.com/v1.0/servicePrincipals</source>
        <translation>%1: ist eine Ausgabe von Azure AD Graph (graph.windows.net), das Microsoft eingestellt hat. Stattdessen aus Microsoft Graph exportieren, zum Beispiel: az rest --url https://graph.microsoft.com/v1.0/servicePrincipals</translation>
    </message>
    <message>
        <source>%1: record %2: a user&apos;s sign-in (%3), not a workload identity&apos;s</source>
        <translation>%1: Datensatz %2: die Anmeldung einer Person (%3), nicht einer Workload-Identität</translation>
    </message>
    <message>
        <source>the service principal that signed in</source>
        <translation>den Dienstprinzipal, der sich angemeldet hat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sign-in(s) delivered more than once (same id) counted once</source>
        <translation>
            <numerusform>%1: %n mehrfach gelieferte Anmeldung (gleiche ID) einmal gezählt</numerusform>
            <numerusform>%1: %n mehrfach gelieferte Anmeldungen (gleiche ID) einmal gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: record %2: not a sign-in log (category %3)</source>
        <translation>%1: Datensatz %2: kein Anmeldeprotokoll (Kategorie %3)</translation>
    </message>
    <message>
        <source>%1: record %2: a sign-in of one of Microsoft&apos;s own service principals (MicrosoftServicePrincipalSignInLogs), not of the tenant&apos;s workloads</source>
        <translation>%1: Datensatz %2: eine Anmeldung eines Dienstprinzipals von Microsoft selbst (MicrosoftServicePrincipalSignInLogs), nicht einer Workload des Mandanten</translation>
    </message>
    <message>
        <source>%1: line %2: a sign-in log record without the properties that hold the sign-in (and the operationName beside them), so nothing says who signed in</source>
        <translation>%1: Zeile %2: ein Datensatz eines Anmeldeprotokolls ohne die properties, die die Anmeldung enthalten (und das operationName daneben), also sagt nichts, wer sich angemeldet hat</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation>%1: Zeile %2, Spalte %3: ungültiges JSON: %4%5</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (die Datei wirkt abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: diagnostic records of category %2, not a sign-in log: passed over</source>
        <translation>%1: Diagnosedatensätze der Kategorie %2, kein Anmeldeprotokoll: übergangen</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of %2 only, none a sign-in log, so nothing says which workload identity was used; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1: nur Azure-Monitor-Diagnosedatensätze von %2, kein Anmeldeprotokoll, also sagt nichts, welche Workload-Identität genutzt wurde; geben Sie stattdessen die Workload-Anmeldeprotokolle (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) oder Microsoft-Graph-Exporte an</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity: passed over</source>
        <translation>%1: das Verzeichnis-Überwachungsprotokoll von Entra, das Änderungen am Verzeichnis aufzeichnet, nicht die Nutzung einer Identität: übergangen</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1: das Verzeichnis-Überwachungsprotokoll von Entra, das Änderungen am Verzeichnis aufzeichnet, nicht die Nutzung einer Identität; geben Sie stattdessen Anmeldeprotokolle (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) oder Microsoft-Graph-Exporte an</translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword): it holds the secret itself, which may still be valid; passed over, not stored: delete the file</source>
        <translation>%1: ein neues Client-Geheimnis, wie Microsoft Graph es einmalig zurückgibt (addPassword): es enthält das Geheimnis selbst, das noch gültig sein kann; übergangen, nicht gespeichert: löschen Sie die Datei</translation>
    </message>
</context>
<context>
    <name>EntraGraphMapper</name>
    <message>
        <source>an array of objects</source>
        <translation>ein Array von Objekten</translation>
    </message>
    <message>
        <source>%1: %2: not a Microsoft Graph object this importer reads</source>
        <translation>%1: %2: kein Microsoft-Graph-Objekt, das dieser Importer liest</translation>
    </message>
    <message>
        <source>the object id</source>
        <translation>die Objekt-ID</translation>
    </message>
    <message>
        <source>%1: %2: an app role assigned to a %3, not to a workload identity</source>
        <translation>%1: %2: eine App-Rolle, die einem Prinzipal vom Typ %3 statt einer Workload-Identität zugewiesen ist</translation>
    </message>
    <message>
        <source>the object id of the service principal</source>
        <translation>die Objekt-ID des Dienstprinzipals</translation>
    </message>
    <message>
        <source>the id of an app role</source>
        <translation>die ID einer App-Rolle</translation>
    </message>
    <message>
        <source>the object id of the client service principal</source>
        <translation>die Objekt-ID des Client-Dienstprinzipals</translation>
    </message>
    <message>
        <source>%1: %2: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation>%1: %2: die Anmeldung eines Benutzers, nicht einer Workload-Identität</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>ein Zeitstempel, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the key id of the credential</source>
        <translation>die Schlüssel-ID der Zugangsdaten</translation>
    </message>
    <message>
        <source>%1: credential %2 of app %3, whose service principal is not in the input</source>
        <translation>%1: Zugangsdaten %2 der App %3, deren Dienstprinzipal nicht in der Eingabe enthalten ist</translation>
    </message>
    <message>
        <source>%1: new credential %2 of %3, which is not in the input</source>
        <translation>%1: neue Zugangsdaten %2 von %3; dieses Objekt ist nicht in der Eingabe enthalten</translation>
    </message>
    <message>
        <source>the application&apos;s appId (a $select that leaves it out cannot be imported; select appId too)</source>
        <translation>die appId der Anwendung (ein $select ohne sie kann nicht importiert werden; wählen Sie appId mit aus)</translation>
    </message>
    <message>
        <source>%1: last sign-in of credential %2 of app %3, whose service principal is not in the input</source>
        <translation>%1: letzte Anmeldung mit Anmeldeinformation %2 der App %3, deren Dienstprinzipal nicht in der Eingabe ist</translation>
    </message>
    <message>
        <source>%1: %2: a federated credential that does not say whose it is; save the request line (GET /applications/{id}/federatedIdentityCredentials) with the answer</source>
        <translation>%1: %2: ein föderierter Anmeldenachweis, der nicht sagt, wem er gehört; speichern Sie die Anfragezeile (GET /applications/{id}/federatedIdentityCredentials) mit der Antwort</translation>
    </message>
    <message>
        <source>the id of the federated credential</source>
        <translation>die ID des föderierten Anmeldenachweises</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n object(s) is a service principal, application, app role assignment, permission grant or sign-in that Recertify reads</source>
        <translation>
            <numerusform>%1: Das %n Objekt ist kein Dienstprinzipal, keine Anwendung, keine App-Rollenzuweisung, keine Berechtigungserteilung und keine Anmeldung, die Recertify liest</numerusform>
            <numerusform>%1: Keines der %n Objekte ist ein Dienstprinzipal, eine Anwendung, eine App-Rollenzuweisung, eine Berechtigungserteilung oder eine Anmeldung, die Recertify liest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: credentials of %2, which the input does not hold; import them together with the application or service principal they belong to</source>
        <translation>%1: Anmeldenachweise von %2, das nicht in der Eingabe steht; importieren Sie sie zusammen mit der Anwendung oder dem Dienstprinzipal, zu dem sie gehören</translation>
    </message>
    <message>
        <source>the object id of the role&apos;s holder</source>
        <translation>die Objekt-ID des Rolleninhabers</translation>
    </message>
    <message>
        <source>the id of a role definition</source>
        <translation>die ID einer Rollendefinition</translation>
    </message>
    <message>
        <source>%1: %2: %3 held by a %4, not a workload identity</source>
        <translation>%1: %2: %3, gehalten von einem %4, keiner Workload-Identität</translation>
    </message>
    <message>
        <source>%1: %2: a sponsor given by id only (%3), with no mail or userPrincipalName to name the person; list sponsors with $select=id,mail,userPrincipalName</source>
        <translation>%1: %2: ein Sponsor nur mit ID angegeben (%3), ohne mail oder userPrincipalName, die die Person benennen; Sponsoren mit $select=id,mail,userPrincipalName abfragen</translation>
    </message>
    <message>
        <source>%1: %2: an owner given by id only (%3), with no mail or userPrincipalName to name the person; list owners with $select=id,mail,userPrincipalName</source>
        <translation>%1: %2: ein Besitzer nur mit ID angegeben (%3), ohne mail oder userPrincipalName, die die Person benennen; Besitzer mit $select=id,mail,userPrincipalName abfragen</translation>
    </message>
    <message>
        <source>%1: @odata.nextLink: more pages exist than were given; what they hold is not counted (give every page, or sync the tenant live)</source>
        <translation>%1: @odata.nextLink: es gibt mehr Seiten als übergeben; was sie enthalten, wird nicht gezählt (alle Seiten übergeben oder den Mandanten live synchronisieren)</translation>
    </message>
    <message>
        <source>%1: %2: a certificate and this secret share key id %3: both kept, the secret as &quot;%3 (secret)&quot;</source>
        <translation>%1: %2: Ein Zertifikat und dieses Geheimnis haben dieselbe Schlüssel-ID %3: beide behalten, das Geheimnis als „%3 (secret)“</translation>
    </message>
    <message>
        <source>%1: %2: Azure role %3 held by a %4, not a workload identity</source>
        <translation>%1: %2: Azure-Rolle %3, gehalten von %4, keiner Workload-Identität</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n object(s) carry an id, an appId and a few more fields, which fit an application and a service principal alike; export them with servicePrincipalType (service principals) or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal or Get-MgApplication without Select-Object)</source>
        <translation>
            <numerusform>%1: sein %n Objekt trägt eine id, eine appId und wenige weitere Felder, die auf eine Anwendung wie auf einen Dienstprinzipal passen; exportieren Sie es auch mit servicePrincipalType (Dienstprinzipale) oder signInAudience (Anwendungen), oder ohne die Felder einzuschränken (Get-MgServicePrincipal oder Get-MgApplication ohne Select-Object)</numerusform>
            <numerusform>%1: seine %n Objekte tragen eine id, eine appId und wenige weitere Felder, die auf eine Anwendung wie auf einen Dienstprinzipal passen; exportieren Sie sie auch mit servicePrincipalType (Dienstprinzipale) oder signInAudience (Anwendungen), oder ohne die Felder einzuschränken (Get-MgServicePrincipal oder Get-MgApplication ohne Select-Object)</numerusform>
        </translation>
    </message>
    <message>
        <source>the object id of the managed identity&apos;s service principal</source>
        <translation>die Objekt-ID des Dienstprinzipals der verwalteten Identität</translation>
    </message>
    <message>
        <source>%1: %2 held by %3, whose type the input does not give and which is not a service principal in it (import the service principals too, or assignments that name the holder&apos;s type)</source>
        <translation>%1: %2, gehalten von %3, dessen Art die Eingabe nicht angibt und das darin kein Dienstprinzipal ist (importieren Sie auch die Dienstprinzipale oder Zuweisungen, die die Art des Inhabers nennen)</translation>
    </message>
    <message>
        <source>%1: %2: a last sign-in that names no application</source>
        <translation>%1: %2: eine letzte Anmeldung, die keine Anwendung nennt</translation>
    </message>
    <message>
        <source>%1: Microsoft&apos;s own service principals, which Microsoft&apos;s tenants own and run rather than this one</source>
        <translation>%1: Microsofts eigene Dienstprinzipale, die Microsofts Mandanten besitzen und betreiben, nicht dieser</translation>
    </message>
    <message>
        <source>%1: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation>%1: die Anmeldung eines Benutzers, nicht die einer Workload-Identität</translation>
    </message>
    <message>
        <source>%1: %2 lists no more than one object in any answer, as a lookup by $filter or $search does; nothing it leaves out was retired</source>
        <translation>%1: %2 listet in keiner Antwort mehr als ein Objekt, wie es eine Abfrage mit $filter oder $search tut; nichts, was fehlt, wurde stillgelegt</translation>
    </message>
    <message>
        <source>%1: an app role assigned to a %2, not to a workload identity</source>
        <translation>%1: eine App-Rolle, einem %2 zugewiesen, keiner Workload-Identität</translation>
    </message>
    <message>
        <source>%1: a service principal read for its app roles only (no appId or displayName): its roles name the permissions others hold; not governed here</source>
        <translation>%1: ein Dienstprinzipal, nur seiner App-Rollen wegen gelesen (ohne appId und displayName): seine Rollen benennen die Berechtigungen anderer; hier nicht verwaltet</translation>
    </message>
</context>
<context>
    <name>EntraLiveImporter</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1: the token endpoint refused the client credentials of %2: %3</source>
        <translation>%1: Der Tokenendpunkt hat die Client-Anmeldedaten von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: the token response holds no access_token</source>
        <translation>%1: Die Tokenantwort enthält kein access_token</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation>%1: Byte %2: ungültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: @odata.nextLink points to another host (%2); refusing to send the token there</source>
        <translation>%1: @odata.nextLink verweist auf einen anderen Host (%2); das Token wird nicht dorthin gesendet</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>%1: cannot create the bundle (zip error %2)</source>
        <translation>%1: Das Paket kann nicht erstellt werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>%1: cannot write %2 into the bundle</source>
        <translation>%1: %2 kann nicht in das Paket geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place</source>
        <translation>%1: Das fertige Paket kann nicht an seinen Zielort verschoben werden</translation>
    </message>
    <message>
        <source>%1: not a readable zip file</source>
        <translation>%1: keine lesbare ZIP-Datei</translation>
    </message>
    <message>
        <source>%1: has no %2</source>
        <translation>%1: enthält kein %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot read</source>
        <translation>%1: %2: Lesen nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2: damaged (its checksum in the zip does not match)</source>
        <translation>%1: %2: beschädigt (die Prüfsumme im ZIP stimmt nicht überein)</translation>
    </message>
    <message>
        <source>%1: damaged inside the zip (checksum error)</source>
        <translation>%1: im ZIP beschädigt (Prüfsummenfehler)</translation>
    </message>
    <message>
        <source>%1: missing from the bundle</source>
        <translation>%1: fehlt im Paket</translation>
    </message>
    <message>
        <source>SHA256SUMS: line %1 is not in sha256sum&apos;s format</source>
        <translation>SHA256SUMS: Zeile %1 entspricht nicht dem Format von sha256sum</translation>
    </message>
    <message>
        <source>%1: listed in SHA256SUMS but missing from the bundle</source>
        <translation>%1: in SHA256SUMS aufgeführt, fehlt aber im Paket</translation>
    </message>
    <message>
        <source>%1: in the bundle but not listed in SHA256SUMS</source>
        <translation>%1: im Paket vorhanden, aber nicht in SHA256SUMS aufgeführt</translation>
    </message>
    <message>
        <source>signer.pub.pem: not a readable Ed25519 public key</source>
        <translation>signer.pub.pem: kein lesbarer öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>SHA256SUMS.sig: the signature does not verify against SHA256SUMS and signer.pub.pem</source>
        <translation>SHA256SUMS.sig: Die Signatur lässt sich mit SHA256SUMS und signer.pub.pem nicht verifizieren</translation>
    </message>
    <message>
        <source>signer.pub.pem: changed: it is not the key that signed SHA256SUMS</source>
        <translation>signer.pub.pem: geändert: Dies ist nicht der Schlüssel, mit dem SHA256SUMS signiert wurde</translation>
    </message>
    <message>
        <source>SHA256SUMS: changed: its signature does not verify (it lists hashes for %1 that do not match)</source>
        <translation>SHA256SUMS: geändert: Die Signatur lässt sich nicht verifizieren (die Datei führt für %1 Hashes auf, die nicht übereinstimmen)</translation>
    </message>
    <message>
        <source>%1: changed: its SHA-256 does not match SHA256SUMS</source>
        <translation>%1: geändert: Der SHA-256-Hash stimmt nicht mit SHA256SUMS überein</translation>
    </message>
    <message>
        <source>signer.pub.pem: signed by %1, which is not the trusted key %2</source>
        <translation>signer.pub.pem: signiert mit %1; dies ist nicht der vertrauenswürdige Schlüssel %2</translation>
    </message>
    <message>
        <source>the zip directory: cannot be read</source>
        <translation>das ZIP-Inhaltsverzeichnis: nicht lesbar</translation>
    </message>
    <message>
        <source>the zip directory: %1 entries where a bundle has %2</source>
        <translation>das ZIP-Inhaltsverzeichnis: %1 Einträge, ein Paket hat jedoch %2</translation>
    </message>
    <message>
        <source>the zip directory: an entry cannot be read</source>
        <translation>das ZIP-Inhaltsverzeichnis: ein Eintrag ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: a path inside the zip; a bundle holds plain file names only</source>
        <translation>%1: ein Pfad innerhalb des ZIP; ein Paket enthält nur einfache Dateinamen</translation>
    </message>
    <message>
        <source>%1: not a member of an evidence bundle</source>
        <translation>%1: kein Bestandteil eines Nachweispakets</translation>
    </message>
    <message>
        <source>%1: appears twice in the zip; which one a tool reads would differ</source>
        <translation>%1: kommt im ZIP zweimal vor; welcher Eintrag gelesen wird, hinge vom jeweiligen Tool ab</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than its limit of %3</source>
        <translation>%1: %2 Byte, mehr als die Obergrenze von %3</translation>
    </message>
    <message>
        <source>%1: compressed more than %2 to 1, as no real evidence is</source>
        <translation>%1: stärker als %2 zu 1 komprimiert, was bei echten Nachweisen nie vorkommt</translation>
    </message>
    <message>
        <source>the zip directory: damaged</source>
        <translation>das ZIP-Inhaltsverzeichnis: beschädigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: larger than its limit of %3 bytes</source>
        <translation>%1: %2: größer als die Obergrenze von %3 Byte</translation>
    </message>
    <message>
        <source>%1: cannot be read from the zip (its local header disagrees with the directory)</source>
        <translation>%1: kann nicht aus dem ZIP gelesen werden (der lokale Header widerspricht dem Inhaltsverzeichnis)</translation>
    </message>
    <message>
        <source>%1: larger than its limit of %2 bytes</source>
        <translation>%1: größer als die Obergrenze von %2 Byte</translation>
    </message>
    <message>
        <source>not a readable Ed25519 public key</source>
        <translation>kein lesbarer öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation>%1: Prüfsumme konnte nicht berechnet werden (kein Speicher mehr)</translation>
    </message>
</context>
<context>
    <name>FormatSniffer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: a folder with no file Recertify can import (JSON, JSON Lines, YAML, gzip)</source>
        <translation>%1: ein Ordner ohne Dateien, die Recertify importieren kann (JSON, JSON Lines, YAML, gzip)</translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files under AWSLogs/…/CloudTrail/ instead (a folder with both is fine: digests are skipped).</source>
        <translation>%1: eine CloudTrail-Digest-Datei: Sie enthält Hashes von Protokolldateien, keine Ereignisse. Stattdessen die Protokolldateien unter AWSLogs/…/CloudTrail/ angeben (ein Ordner mit beiden ist in Ordnung: Digest-Dateien werden übersprungen).</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with BOM)</source>
        <translation>%1: UTF-16-Text ohne Byte-Order-Mark; als UTF-8 speichern (oder als UTF-16 mit BOM)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: looks like CSV, but without the identity_id or timestamp column Recertify&apos;s CSV import needs (see the README)</source>
        <translation>%1: sieht wie CSV aus, aber ohne die Spalte identity_id oder timestamp, die der CSV-Import von Recertify benötigt (siehe README)</translation>
    </message>
    <message>
        <source>%1: not JSON, Kubernetes YAML (no kind or apiVersion) or CSV; nothing Recertify imports looks like this</source>
        <translation>%1: weder JSON noch Kubernetes-YAML (kein kind oder apiVersion) noch CSV; nichts, was Recertify importiert, sieht so aus</translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files instead.</source>
        <translation>%1: eine CloudTrail-Digest-Datei: Sie enthält Hashes von Protokolldateien, keine Ereignisse. Stattdessen die Protokolldateien angeben.</translation>
    </message>
    <message>
        <source>%1: a Microsoft Graph error response, not data; export again once the request succeeds</source>
        <translation>%1: eine Fehlerantwort von Microsoft Graph, keine Daten; erneut exportieren, sobald die Anfrage erfolgreich ist</translation>
    </message>
    <message>
        <source>%1: Azure AD Graph output (graph.windows.net), which Microsoft has retired; export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation>%1: Ausgabe von Azure AD Graph (graph.windows.net), das Microsoft eingestellt hat; stattdessen aus Microsoft Graph exportieren (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</translation>
    </message>
    <message>
        <source>%1: JSON that matches no format Recertify imports (AWS IAM or CloudTrail, Kubernetes, Microsoft Graph, GitHub, MCP); name the format instead of auto to see which field is missing</source>
        <translation>%1: JSON, das keinem von Recertify importierten Format entspricht (AWS IAM oder CloudTrail, Kubernetes, Microsoft Graph, GitHub, MCP); das Format statt auto angeben, um zu sehen, welches Feld fehlt</translation>
    </message>
    <message>
        <source>%1: the output of aws iam list-roles or list-users, which leaves out every policy; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1: die Ausgabe von aws iam list-roles oder list-users, die jede Richtlinie auslässt; exportieren Sie das Konto stattdessen mit aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: the output of aws iam %2, which leaves out the policies that say what it may do; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1: die Ausgabe von aws iam %2, die die Richtlinien auslässt, die sagen, was es darf; exportieren Sie das Konto stattdessen mit aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: the output of aws iam generate-service-last-accessed-details, which only starts the report; import what aws iam get-service-last-accessed-details --job-id gives once it has finished</source>
        <translation>%1: die Ausgabe von aws iam generate-service-last-accessed-details, die den Bericht nur startet; importieren Sie, was aws iam get-service-last-accessed-details --job-id liefert, sobald er fertig ist</translation>
    </message>
    <message>
        <source>%1: CloudTrail Lake query results, which hold only the columns the query chose; give the trail&apos;s log files, an export of whole records (one per line), or aws cloudtrail lookup-events output instead</source>
        <translation>%1: Abfrageergebnisse von CloudTrail Lake, die nur die von der Abfrage gewählten Spalten enthalten; geben Sie stattdessen die Protokolldateien des Trails, einen Export ganzer Datensätze (einer pro Zeile) oder die Ausgabe von aws cloudtrail lookup-events an</translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake), not CloudTrail&apos;s own record format; give the trail&apos;s log files or an export of CloudTrail records instead</source>
        <translation>%1: OCSF-Datensätze (Amazon Security Lake), nicht das eigene Datensatzformat von CloudTrail; geben Sie stattdessen die Protokolldateien des Trails oder einen Export von CloudTrail-Datensätzen an</translation>
    </message>
    <message>
        <source>%1 (the file looks like %2 input: import it as %2, or with auto)</source>
        <translation>%1 (die Datei sieht nach einer Eingabe im Format %2 aus: importieren Sie sie als %2 oder mit auto)</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1: das Verzeichnis-Überwachungsprotokoll von Entra, das Änderungen am Verzeichnis aufzeichnet, nicht die Nutzung einer Identität; geben Sie stattdessen Anmeldeprotokolle (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) oder Microsoft-Graph-Exporte an</translation>
    </message>
    <message>
        <source>%1: the output of %2, which says nothing of what the identity may do; export the account with aws iam get-account-authorization-details, and its activity from CloudTrail</source>
        <translation>%1: die Ausgabe von %2, die nichts darüber sagt, was die Identität darf; exportieren Sie das Konto mit aws iam get-account-authorization-details und seine Aktivität aus CloudTrail</translation>
    </message>
    <message>
        <source>%1: Amazon S3 event notifications, which name the object changed but not the identity that called; give the trail&apos;s log files (S3 data events) instead</source>
        <translation>%1: Amazon-S3-Ereignisbenachrichtigungen, die das geänderte Objekt nennen, nicht aber die aufrufende Identität; geben Sie stattdessen die Protokolldateien des Trails (S3-Datenereignisse) an</translation>
    </message>
    <message>
        <source>%1: Microsoft Sentinel&apos;s AWSCloudTrail table saved as CSV, which flattens each record into columns and leaves parts out; give the trail&apos;s log files, or whole CloudTrail records one per line, instead</source>
        <translation>%1: die AWSCloudTrail-Tabelle von Microsoft Sentinel als CSV, die jeden Datensatz in Spalten zerlegt und Teile weglässt; geben Sie stattdessen die Protokolldateien des Trails oder ganze CloudTrail-Datensätze, einen pro Zeile, an</translation>
    </message>
    <message>
        <source>%1: the output of az ad sp create-for-rbac. It holds a live secret (password): delete the file. Export the service principals (az ad sp list --all) and applications instead</source>
        <translation>%1: die Ausgabe von az ad sp create-for-rbac. Sie enthält ein gültiges Geheimnis (password): Löschen Sie die Datei. Exportieren Sie stattdessen die Dienstprinzipale (az ad sp list --all) und Anwendungen</translation>
    </message>
    <message>
        <source>%1: the output of aws iam create-access-key. It holds a live secret key: delete the file. The account&apos;s export (get-account-authorization-details) and CloudTrail say who holds which key and when it was used</source>
        <translation>%1: die Ausgabe von aws iam create-access-key. Sie enthält einen gültigen geheimen Schlüssel: Löschen Sie die Datei. Der Export des Kontos (get-account-authorization-details) und CloudTrail sagen, wer welchen Schlüssel hält und wann er benutzt wurde</translation>
    </message>
    <message>
        <source>%1: Amazon Bedrock model invocation logs, which keep prompts and answers; who called which model is in CloudTrail (InvokeModel, Converse): give the trail&apos;s log files instead</source>
        <translation>%1: Aufrufprotokolle von Amazon-Bedrock-Modellen, die Eingaben und Antworten enthalten; wer welches Modell aufrief, steht in CloudTrail (InvokeModel, Converse): geben Sie stattdessen die Protokolldateien des Trails an</translation>
    </message>
    <message>
        <source>%1: IAM Access Analyzer findings, which judge access rather than list it; export the account with aws iam get-account-authorization-details and its use from CloudTrail, and Recertify finds unused access itself</source>
        <translation>%1: Befunde von IAM Access Analyzer, die Zugriffe bewerten, statt sie aufzulisten; exportieren Sie das Konto mit aws iam get-account-authorization-details und seine Nutzung aus CloudTrail, dann findet Recertify ungenutzte Zugriffe selbst</translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out reads and carry no time; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation>%1: Anfragen an einen Admission-Webhook (AdmissionReview, wie kube-audit-rest sie protokolliert), die Lesezugriffe auslassen und keine Zeit tragen; geben Sie stattdessen das Audit-Protokoll des API-Servers an (--audit-log-path oder die EventList, die ein Audit-Webhook empfängt)</translation>
    </message>
    <message>
        <source>%1: Microsoft Graph activity logs, which Recertify does not read yet; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) instead</source>
        <translation>%1: Aktivitätsprotokolle von Microsoft Graph, die Recertify noch nicht liest; geben Sie stattdessen die Anmeldeprotokolle der Workloads an (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs)</translation>
    </message>
    <message>
        <source>%1: a person&apos;s public SSH keys (GET /users/USER/keys), which sign in as that person; they are not deploy keys. Give a repository&apos;s deploy keys (GET /repos/OWNER/REPO/keys) instead</source>
        <translation>%1: die öffentlichen SSH-Schlüssel einer Person (GET /users/USER/keys), die sich als diese Person anmelden; es sind keine Deploy-Keys. Geben Sie stattdessen die Deploy-Keys eines Repositorys an (GET /repos/OWNER/REPO/keys)</translation>
    </message>
    <message>
        <source>%1: a list of GitHub Actions secrets, which names stored values, not identities; the workflows that read them act as the repository&apos;s GITHUB_TOKEN or an App. Give the App&apos;s installations or the organization&apos;s audit log instead</source>
        <translation>%1: eine Liste von GitHub-Actions-Secrets, die gespeicherte Werte nennt, keine Identitäten; die Workflows, die sie lesen, handeln als GITHUB_TOKEN des Repositorys oder als App. Geben Sie stattdessen die Installationen der App oder das Audit-Protokoll der Organisation an</translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery (%2) that describes no App installation; give the installation or installation_repositories events, or GET /orgs/ORG/installations</source>
        <translation>%1: eine GitHub-Webhook-Zustellung (%2), die keine App-Installation beschreibt; geben Sie die Ereignisse installation oder installation_repositories an, oder GET /orgs/ORG/installations</translation>
    </message>
    <message>
        <source>another event</source>
        <translation>eines anderen Ereignisses</translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s definition (GET /app), which says what the App may ask for, not where it is installed or what each installation was granted; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation>%1: die Definition einer GitHub-App (GET /app), die sagt, was die App anfordern darf, nicht wo sie installiert ist oder was jeder Installation gewährt wurde; geben Sie stattdessen die Installationen der App an (GET /app/installations oder GET /orgs/ORG/installations)</translation>
    </message>
    <message>
        <source>%1: an access token as GitHub hands it out (POST …/access_tokens, or the OAuth token exchange). It holds a live secret and does not say which installation or App it belongs to; delete the file, and give the App&apos;s installations (GET /app/installations) or the organization&apos;s audit log instead</source>
        <translation>%1: ein Zugriffstoken, wie GitHub es ausgibt (POST …/access_tokens oder der OAuth-Tokenaustausch). Es enthält ein gültiges Geheimnis und sagt nicht, zu welcher Installation oder App es gehört; löschen Sie die Datei und geben Sie stattdessen die Installationen der App (GET /app/installations) oder das Audit-Protokoll der Organisation an</translation>
    </message>
    <message>
        <source>%1: a log pipeline&apos;s capture that keeps each CloudTrail record as a string (_raw); export the records themselves, one per line, or the trail&apos;s log files</source>
        <translation>%1: die Aufzeichnung einer Log-Pipeline, die jeden CloudTrail-Datensatz als Zeichenkette hält (_raw); exportieren Sie die Datensätze selbst, einen pro Zeile, oder die Protokolldateien des Trails</translation>
    </message>
    <message>
        <source>%1: a ZIP archive; unzip it and import the files inside</source>
        <translation>%1: ein ZIP-Archiv; entpacken Sie es und importieren Sie die Dateien darin</translation>
    </message>
    <message>
        <source>%1: a Git LFS pointer, not the file it stands for; fetch the file (git lfs pull) and import that</source>
        <translation>%1: ein Git-LFS-Zeiger, nicht die Datei, für die er steht; holen Sie die Datei (git lfs pull) und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1: an empty JSON list: nothing to import, and nothing to tell its format by; name the format to import it as an empty answer (Docker&apos;s MCP catalogue writes [] for a server that lists its tools only when it runs: save its tools/list answer instead)</source>
        <translation>%1: eine leere JSON-Liste: nichts zu importieren und nichts, woran ihr Format zu erkennen wäre; nennen Sie das Format, um sie als leere Antwort zu importieren (Dockers MCP-Katalog schreibt [] für einen Server, der seine Werkzeuge erst zur Laufzeit auflistet: speichern Sie stattdessen seine tools/list-Antwort)</translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s installation requests (GET /app/installation-requests): people asking for the App to be installed, which grants nothing yet; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation>%1: Installationsanfragen einer GitHub App (GET /app/installation-requests): Personen, die um die Installation der App bitten, was noch nichts gewährt; geben Sie stattdessen die Installationen der App an (GET /app/installations oder GET /orgs/ORG/installations)</translation>
    </message>
    <message>
        <source> (hidden folders are not read: %1; give the files in them)</source>
        <translation> (versteckte Ordner werden nicht gelesen: %1; die Dateien darin angeben)</translation>
    </message>
    <message>
        <source> (hidden files and folders are not read: %1; give them by name)</source>
        <translation> (versteckte Dateien und Ordner werden nicht gelesen: %1; geben Sie sie mit Namen an)</translation>
    </message>
    <message>
        <source>%1: CloudWatch Logs subscription data as a Lambda receives it; Recertify reads CloudTrail records in this form (import it as aws-cloudtrail); for other logs save the log group&apos;s events instead (aws logs filter-log-events)</source>
        <translation>%1: CloudWatch-Logs-Abonnementdaten, wie eine Lambda-Funktion sie erhält; Recertify liest in dieser Form CloudTrail-Einträge (importieren Sie sie als aws-cloudtrail); für andere Logs speichern Sie stattdessen die Ereignisse der Protokollgruppe (aws logs filter-log-events)</translation>
    </message>
    <message>
        <source>%1: an Azure AD Graph error response (graph.windows.net), not data; Azure AD Graph is retired: export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation>%1: eine Fehlerantwort von Azure AD Graph (graph.windows.net), keine Daten; Azure AD Graph ist abgeschaltet: exportieren Sie stattdessen aus Microsoft Graph (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword). It holds the secret itself, which may still be valid: delete the file. The passwordCredentials of the application or service principal (GET /applications or /servicePrincipals, which never show the secret) say when each one expires</source>
        <translation>%1: ein neues Client-Geheimnis, wie Microsoft Graph es einmalig zurückgibt (addPassword). Die Datei enthält das Geheimnis selbst, das noch gültig sein kann: löschen Sie sie. Die passwordCredentials der Anwendung oder des Dienstprinzipals (GET /applications oder /servicePrincipals, die das Geheimnis nie zeigen) sagen, wann jedes abläuft</translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out every read (get, list, watch never reach a webhook), so what an identity uses cannot be told; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation>%1: Anfragen an einen Admission-Webhook (AdmissionReview, wie kube-audit-rest sie protokolliert), denen jeder Lesezugriff fehlt (get, list, watch erreichen keinen Webhook), sodass sich nicht sagen lässt, was eine Identität nutzt; geben Sie stattdessen das Audit-Log des API-Servers an (--audit-log-path, oder die EventList, die ein Audit-Webhook empfängt)</translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries of Kubernetes Events (logs/events), which say what happened to objects, not who acted; export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation>%1: Google-Cloud-Logging-Einträge von Kubernetes-Events (logs/events), die sagen, was mit Objekten geschah, nicht wer handelte; exportieren Sie stattdessen die Audit-Logs des Clusters (cloudaudit.googleapis.com/activity und data_access, Dienst k8s.io)</translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries that are no audit log (a jsonPayload, not a protoPayload); export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation>%1: Google-Cloud-Logging-Einträge, die kein Audit-Log sind (ein jsonPayload, kein protoPayload); exportieren Sie stattdessen die Audit-Logs des Clusters (cloudaudit.googleapis.com/activity und data_access, Dienst k8s.io)</translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation>%1: Warnungen des GitHub Secret Scanning (GET …/secret-scanning/alerts): Sie nennen im Code gefundene Geheimnisse, nicht die Identitäten, die sie besitzen, und werden nicht importiert; exportieren Sie stattdessen die Installationen, Tokens oder das Audit-Log der Organisation</translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake) of a Kubernetes cluster&apos;s audit log, not the audit Events themselves; give the cluster&apos;s audit log instead (EKS: its control plane&apos;s audit log group, read with aws logs filter-log-events)</source>
        <translation>%1: OCSF-Datensätze (Amazon Security Lake) aus dem Audit-Log eines Kubernetes-Clusters, nicht die Audit-Events selbst; geben Sie stattdessen das Audit-Log des Clusters an (EKS: die Audit-Log-Gruppe seiner Steuerungsebene, gelesen mit aws logs filter-log-events)</translation>
    </message>
    <message>
        <source>%1 holds files of several kinds, and %2</source>
        <translation>%1 enthält Dateien verschiedener Art, und %2</translation>
    </message>
    <message>
        <source>%1: a Prowler scan report (CSV), which judges settings check by check rather than listing identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation>%1: ein Prowler-Prüfbericht (CSV), der Einstellungen Prüfung für Prüfung bewertet, statt Identitäten aufzulisten; geben Sie stattdessen das Inventar an, das er gelesen hat (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft-Graph-Exporte)</translation>
    </message>
    <message>
        <source>%1: cloudsplaining&apos;s scan results, which judge each policy rather than list the account; give the file cloudsplaining scanned instead (aws iam get-account-authorization-details)</source>
        <translation>%1: Prüfergebnisse von cloudsplaining, die jede Richtlinie bewerten, statt das Konto aufzulisten; geben Sie stattdessen die Datei an, die cloudsplaining geprüft hat (aws iam get-account-authorization-details)</translation>
    </message>
    <message>
        <source>a scanner</source>
        <translation>einem Scanner</translation>
    </message>
    <message>
        <source>%1: findings of %2 (OCSF Detection Finding), which judge settings check by check rather than list identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation>%1: Befunde von %2 (OCSF Detection Finding), die Einstellungen Prüfung für Prüfung bewerten, statt Identitäten aufzulisten; geben Sie stattdessen das Inventar an, das gelesen wurde (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft-Graph-Exporte)</translation>
    </message>
    <message>
        <source>%1: Microsoft 365&apos;s unified audit log (Exchange, SharePoint, Teams operations), which Recertify does not read; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1: das einheitliche Überwachungsprotokoll von Microsoft 365 (Vorgänge in Exchange, SharePoint, Teams), das Recertify nicht liest; geben Sie stattdessen die Anmeldeprotokolle der Workloads (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) oder Microsoft-Graph-Exporte an</translation>
    </message>
    <message>
        <source>%1: Azure&apos;s activity log (calls to Azure Resource Manager), which Recertify does not read; give the role assignments (az role assignment list --all) and the workload sign-in logs instead</source>
        <translation>%1: das Azure-Aktivitätsprotokoll (Aufrufe an Azure Resource Manager), das Recertify nicht liest; geben Sie stattdessen die Rollenzuweisungen (az role assignment list --all) und die Anmeldeprotokolle der Workloads an</translation>
    </message>
    <message>
        <source>%1: an AWS API&apos;s XML answer (%2), which Recertify does not read; give the JSON the AWS CLI prints for the same call (aws iam get-account-authorization-details &gt; FILE.json)</source>
        <translation>%1: die XML-Antwort einer AWS-API (%2), die Recertify nicht liest; geben Sie stattdessen das JSON an, das die AWS CLI für denselben Aufruf ausgibt (aws iam get-account-authorization-details &gt; DATEI.json)</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of category %2, which say nothing of a workload identity&apos;s use; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1: Azure-Monitor-Diagnosedatensätze der Kategorie %2, die nichts über die Nutzung einer Workload-Identität sagen; geben Sie stattdessen die Workload-Anmeldeprotokolle (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) oder Microsoft-Graph-Exporte an</translation>
    </message>
    <message>
        <source>%1: an IAM policy document (Version and Statement), which says what may be done but not who holds it; export the account with aws iam get-account-authorization-details, which holds every policy beside the users, groups and roles it is attached to</source>
        <translation>%1: ein IAM-Richtliniendokument (Version und Statement), das sagt, was getan werden darf, aber nicht, wer es hält; exportieren Sie das Konto mit aws iam get-account-authorization-details, das jede Richtlinie neben den Benutzern, Gruppen und Rollen enthält, denen sie zugeordnet ist</translation>
    </message>
    <message>
        <source>%1: the output of one aws iam policy command (get-policy, get-policy-version, get-role-policy, list-attached-role-policies, list-policies…), which leaves out who holds what; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1: die Ausgabe eines einzelnen aws-iam-Richtlinienbefehls (get-policy, get-policy-version, get-role-policy, list-attached-role-policies, list-policies…), die auslässt, wer was hält; exportieren Sie stattdessen das Konto mit aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: AWS Organizations output (accounts, organizational units or service control policies), which names no identity of an account; export each account with aws iam get-account-authorization-details</source>
        <translation>%1: Ausgabe von AWS Organizations (Konten, Organisationseinheiten oder Dienststeuerungsrichtlinien), die keine Identität eines Kontos nennt; exportieren Sie jedes Konto mit aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: JSON whose beginning is missing (it starts inside a value): save the whole file again, from its first { or [</source>
        <translation>%1: JSON, dessen Anfang fehlt (es beginnt mitten in einem Wert): speichern Sie die ganze Datei erneut, ab ihrer ersten { oder [</translation>
    </message>
</context>
<context>
    <name>GitHubAppJwt</name>
    <message>
        <source>the GitHub App&apos;s private key is not an RSA key in PEM form (download it again from the App&apos;s settings)</source>
        <translation>der private Schlüssel der GitHub App ist kein RSA-Schlüssel im PEM-Format (laden Sie ihn in den Einstellungen der App erneut herunter)</translation>
    </message>
    <message>
        <source>signing the GitHub App token failed</source>
        <translation>das Signieren des Tokens der GitHub App ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GitHubImporter</name>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>ein Zeitstempel, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>the installation id</source>
        <translation>die Installations-ID</translation>
    </message>
    <message>
        <source>the id of the GitHub App</source>
        <translation>die ID der GitHub-App</translation>
    </message>
    <message>
        <source>the id of the token</source>
        <translation>die ID des Tokens</translation>
    </message>
    <message>
        <source>%1 by %2 without a token (web activity)</source>
        <translation>%1 durch %2 ohne Token (Webaktivität)</translation>
    </message>
    <message>
        <source>%1 by %2 with a personal SSH key</source>
        <translation>%1 durch %2 mit einem persönlichen SSH-Schlüssel</translation>
    </message>
    <message>
        <source>%1 by %2: names no token or app</source>
        <translation>%1 durch %2: nennt weder Token noch App</translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation>%1: in Zeile %2 abgebrochen</translation>
    </message>
    <message>
        <source>%1: line %2: expected one JSON object per line</source>
        <translation>%1: Zeile %2: ein JSON-Objekt pro Zeile erwartet</translation>
    </message>
    <message>
        <source>the time of the event</source>
        <translation>der Zeitpunkt des Ereignisses</translation>
    </message>
    <message>
        <source>the id of the deploy key</source>
        <translation>die ID des Deploy-Schlüssels</translation>
    </message>
    <message>
        <source>deploy key %1</source>
        <translation>Deploy-Schlüssel %1</translation>
    </message>
    <message>
        <source>deploy key %1 on %2</source>
        <translation>Deploy-Schlüssel %1 in %2</translation>
    </message>
    <message>
        <source>%1: page %2</source>
        <translation>%1: Seite %2</translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key of %3</source>
        <translation>%1: [%2]: ein persönlicher SSH-Schlüssel von %3</translation>
    </message>
    <message>
        <source>the id of the authorization</source>
        <translation>die ID der Autorisierung</translation>
    </message>
    <message>
        <source>token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>token …%1 of %2</source>
        <translation>Token …%1 von %2</translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key, not a deploy key</source>
        <translation>%1: [%2]: ein persönlicher SSH-Schlüssel, kein Deploy-Schlüssel</translation>
    </message>
    <message>
        <source>%1: expected a GitHub App installation, a list of installations, of personal access tokens, of SSO credential authorizations or of deploy keys, or the organisation&apos;s audit log</source>
        <translation>%1: erwartet wird eine Installation einer GitHub-App, eine Liste von Installationen, persönlichen Zugriffstokens, SSO-Autorisierungen oder Deploy-Schlüsseln, oder das Audit-Log der Organisation</translation>
    </message>
    <message>
        <source>%1: cancelled at record %2</source>
        <translation>%1: bei Eintrag %2 abgebrochen</translation>
    </message>
    <message>
        <source>page %1 [%2]</source>
        <translation>Seite %1 [%2]</translation>
    </message>
    <message>
        <source>%1 by %2: an app&apos;s token, but the record names neither the installation nor the app&apos;s bot</source>
        <translation>%1 durch %2: ein Token einer App, aber der Eintrag nennt weder die Installation noch den Bot der App</translation>
    </message>
    <message>
        <source>%1: two tokens of %2 are named &quot;%3&quot;: audit records that name a token only by its name are not given to either</source>
        <translation>%1: Zwei Token von %2 heißen „%3“: Audit-Einträge, die ein Token nur beim Namen nennen, werden keinem von beiden zugeordnet</translation>
    </message>
    <message>
        <source>%1: the answer of GitHub&apos;s OAuth Authorizations API (GET /authorizations), which GitHub removed in 2020; export the organisation&apos;s audit log or its credential authorizations (GET /orgs/{org}/credential-authorizations) instead</source>
        <translation>%1: die Antwort der OAuth-Authorizations-API von GitHub (GET /authorizations), die GitHub 2020 entfernt hat; exportieren Sie stattdessen das Audit-Log der Organisation oder ihre Berechtigungsnachweis-Autorisierungen (GET /orgs/{org}/credential-authorizations)</translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery of another event, which names installation %2 only by its id; the installation and installation_repositories events describe it</source>
        <translation>%1: eine GitHub-Webhook-Zustellung eines anderen Ereignisses, die Installation %2 nur über ihre ID nennt; die Ereignisse installation und installation_repositories beschreiben sie</translation>
    </message>
    <message>
        <source>%1: %2: %3 by %4 has no time (created_at or @timestamp)</source>
        <translation>%1: %2: %3 von %4 hat keine Zeit (created_at oder @timestamp)</translation>
    </message>
    <message>
        <source>%1: %2: %3 lists no permissions; what it may do is unknown, not nothing, until an answer with its permissions is imported</source>
        <translation>%1: %2: %3 listet keine Berechtigungen; was sie darf, ist unbekannt, nicht nichts, bis eine Antwort mit ihren Berechtigungen importiert ist</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>jemand Ungenanntes</translation>
    </message>
    <message>
        <source>%1 by %2 without a token (a person&apos;s git access)</source>
        <translation>%1 durch %2 ohne Token (Git-Zugriff einer Person)</translation>
    </message>
    <message>
        <source>%1: [%2]: an SSH key under /user/keys/: a person&apos;s own key, or a deploy key as GitHub listed them before 2015; export GET /repos/OWNER/REPO/keys again to import a repository&apos;s deploy keys</source>
        <translation>%1: [%2]: ein SSH-Schlüssel unter /user/keys/: der eigene Schlüssel einer Person oder ein Deploy-Key, wie GitHub sie vor 2015 auflistete; exportieren Sie GET /repos/OWNER/REPO/keys erneut, um die Deploy-Keys eines Repositorys zu importieren</translation>
    </message>
    <message>
        <source>the id of the request</source>
        <translation>die ID der Anfrage</translation>
    </message>
    <message>
        <source>%1: request %2 was approved: the token&apos;s access shows in the organisation&apos;s list of tokens (GET /orgs/ORG/personal-access-tokens); import that to see it</source>
        <translation>%1: Anfrage %2 wurde genehmigt: Der Zugriff des Tokens erscheint in der Token-Liste der Organisation (GET /orgs/ORG/personal-access-tokens); importieren Sie diese, um ihn zu sehen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot inflate: %2</source>
        <translation>%1: kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation>%1: Warnungen des GitHub Secret Scanning (GET …/secret-scanning/alerts): Sie nennen im Code gefundene Geheimnisse, nicht die Identitäten, die sie besitzen, und werden nicht importiert; exportieren Sie stattdessen die Installationen, Tokens oder das Audit-Log der Organisation</translation>
    </message>
    <message>
        <source>%1: a list whose first item is no App installation (app_id), personal access token (token_id), SSO credential authorization (credential_id) or deploy key (key); expected one of those lists, or the organisation&apos;s audit log</source>
        <translation>%1: eine Liste, deren erster Eintrag weder eine App-Installation (app_id), ein Personal Access Token (token_id), eine SSO-Autorisierung (credential_id) noch ein Deploy-Key (key) ist; erwartet wird eine dieser Listen oder das Audit-Log der Organisation</translation>
    </message>
    <message>
        <source>asks for %1</source>
        <translation>bittet um %1</translation>
    </message>
    <message>
        <source>asks for %1: %2</source>
        <translation>bittet um %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deploy key(s) without their url, which names the repository each opens: their access is kept as to a repository not named; give the answer of gh api repos/OWNER/REPO/keys as GitHub sends it (gh repo deploy-key list --json leaves the url out)</source>
        <translation>
            <numerusform>%1: %n Deploy-Schlüssel ohne seine url, die das Repository nennt, das er öffnet: sein Zugriff gilt einem nicht genannten Repository; geben Sie die Antwort von gh api repos/OWNER/REPO/keys so an, wie GitHub sie sendet (gh repo deploy-key list --json lässt die url weg)</numerusform>
            <numerusform>%1: %n Deploy-Schlüssel ohne ihre url, die das Repository nennt, das jeder öffnet: ihr Zugriff gilt einem nicht genannten Repository; geben Sie die Antwort von gh api repos/OWNER/REPO/keys so an, wie GitHub sie sendet (gh repo deploy-key list --json lässt die url weg)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubLiveImporter</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 (keychain entry %2)</source>
        <translation>%1 (Schlüsselbundeintrag %2)</translation>
    </message>
    <message>
        <source>%1: GitHub App %2 is not installed on %3 or its key was refused: %4</source>
        <translation>%1: GitHub App %2 ist nicht in %3 installiert oder ihr Schlüssel wurde abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1: no installation token for GitHub App %2: %3</source>
        <translation>%1: kein Installationstoken für GitHub App %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot reach GitHub: %2</source>
        <translation>%1: GitHub ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: GitHub refused the credentials in the keychain entry %2: %3</source>
        <translation>%1: GitHub hat die Zugangsdaten im Schlüsselbundeintrag %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3); this run says nothing about them</source>
        <translation>%1: nicht lesbar: %2 (%3); dieser Lauf sagt nichts darüber aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation>%1: Byte %2: ungültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: the next page is on another host (%2); refusing to send the token there</source>
        <translation>%1: Die nächste Seite liegt auf einem anderen Host (%2); das Token wird nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>app installations</source>
        <translation>App-Installationen</translation>
    </message>
    <message>
        <source>fine-grained personal access tokens</source>
        <translation>fein abgestimmte persönliche Zugriffstoken</translation>
    </message>
    <message>
        <source>personal access token requests</source>
        <translation>Anfragen für persönliche Zugriffstoken</translation>
    </message>
    <message>
        <source>repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>deploy keys of %1</source>
        <translation>Deploy-Schlüssel von %1</translation>
    </message>
    <message>
        <source>the audit log (GitHub Enterprise Cloud, read:audit_log)</source>
        <translation>das Auditprotokoll (GitHub Enterprise Cloud, read:audit_log)</translation>
    </message>
    <message>
        <source>%1: the credentials may read nothing of the organisation %2</source>
        <translation>%1: Die Zugangsdaten dürfen nichts von der Organisation %2 lesen</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>a compressed stream can only be read</source>
        <translation>ein komprimierter Datenstrom kann nur gelesen werden</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the compressed data ends early (truncated file)</source>
        <translation>die komprimierten Daten enden vorzeitig (abgeschnittene Datei)</translation>
    </message>
    <message>
        <source>corrupt compressed data at byte %1 of the file: %2</source>
        <translation>beschädigte komprimierte Daten bei Byte %1 der Datei: %2</translation>
    </message>
</context>
<context>
    <name>IdentityChanges</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) added: %1</source>
        <translation>
            <numerusform>%n Berechtigung hinzugekommen: %1</numerusform>
            <numerusform>%n Berechtigungen hinzugekommen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) removed: %1</source>
        <translation>
            <numerusform>%n Berechtigung entfernt: %1</numerusform>
            <numerusform>%n Berechtigungen entfernt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) added: %1</source>
        <translation>
            <numerusform>%n Zugangsdatum hinzugekommen: %1</numerusform>
            <numerusform>%n Zugangsdaten hinzugekommen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) removed: %1</source>
        <translation>
            <numerusform>%n Zugangsdatum entfernt: %1</numerusform>
            <numerusform>%n Zugangsdaten entfernt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation>wieder aktiviert</translation>
    </message>
    <message>
        <source>disabled at its source</source>
        <translation>an seiner Quelle deaktiviert</translation>
    </message>
    <message>
        <source>shown as %1 before</source>
        <translation>vorher als %1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n more identities that changed</source>
        <translation>
            <numerusform>%n weitere Identität, die sich geändert hat</numerusform>
            <numerusform>%n weitere Identitäten, die sich geändert haben</numerusform>
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
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
</context>
<context>
    <name>IdentityRepository</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Keine Identität mit der ID %1</translation>
    </message>
    <message>
        <source>Several identities are called &quot;%1&quot;; use the id or native id</source>
        <translation>Mehrere Identitäten heißen „%1“; verwenden Sie die ID oder die native ID</translation>
    </message>
    <message>
        <source>No identity with id, native id or name &quot;%1&quot;</source>
        <translation>Keine Identität mit der ID, der nativen ID oder dem Namen „%1“</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>AWS IAM authorization details (JSON)</source>
        <translation>AWS-IAM-Autorisierungsdetails (JSON)</translation>
    </message>
    <message>
        <source>AWS CloudTrail logs (.json, .json.gz, folders)</source>
        <translation>AWS-CloudTrail-Protokolle (.json, .json.gz, Ordner)</translation>
    </message>
    <message>
        <source>AWS IAM Access Advisor (last accessed)</source>
        <translation>AWS IAM Access Advisor (letzter Zugriff)</translation>
    </message>
    <message>
        <source>Kubernetes RBAC, service accounts and pods (kubectl JSON)</source>
        <translation>Kubernetes-RBAC, Dienstkonten und Pods (kubectl-JSON)</translation>
    </message>
    <message>
        <source>Kubernetes audit log (JSON Lines)</source>
        <translation>Kubernetes-Auditprotokoll (JSON Lines)</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Graph responses)</source>
        <translation>Microsoft Entra ID (Graph-Antworten)</translation>
    </message>
    <message>
        <source>GitHub app installations, tokens and audit log</source>
        <translation>GitHub-App-Installationen, Token und Auditprotokoll</translation>
    </message>
    <message>
        <source>MCP tools/list of an AI agent</source>
        <translation>MCP-tools/list eines KI-Agenten</translation>
    </message>
    <message>
        <source>CSV (identities.csv, activity.csv)</source>
        <translation>CSV (identities.csv, activity.csv)</translation>
    </message>
    <message>
        <source>AWS IAM credential report (users&apos; keys and passwords)</source>
        <translation>AWS-IAM-Credential-Report (Schlüssel und Passwörter der Benutzer)</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;</source>
        <translation>Unter „%1“ ist kein Geheimnis gespeichert</translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message>
        <source>%1: byte %2: cannot read: %3</source>
        <translation>%1: Byte %2: Lesen nicht möglich: %3</translation>
    </message>
    <message>
        <source>%1: byte %2: the file ends inside a JSON value (truncated?); expected %3</source>
        <translation>%1: Byte %2: die Datei endet innerhalb eines JSON-Werts (abgeschnitten?); erwartet wird %3</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a closing bracket</source>
        <translation>eine schließende Klammer</translation>
    </message>
    <message>
        <source>%1: byte %2: expected an object in the %3 array</source>
        <translation>%1: Byte %2: Objekt im Array %3 erwartet</translation>
    </message>
    <message>
        <source>top-level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>%1: byte %2: unexpected &apos;%3&apos;</source>
        <translation>%1: Byte %2: unerwartetes Zeichen „%3“</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON record: %3</source>
        <translation>%1: Byte %2: ungültiger JSON-Datensatz: %3</translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation>%1: Byte %2: ein Datensatz größer als %3 MB</translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation>%1: Byte %2: tiefer als %3 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2: expected %3</source>
        <translation>%1: %2: erwartet wird %3</translation>
    </message>
    <message>
        <source>%1: starts as UTF-16 text but is not valid UTF-16</source>
        <translation>%1: beginnt als UTF-16-Text, ist aber kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (byte %4): invalid JSON: %5%6</source>
        <translation>%1: Zeile %2, Spalte %3 (Byte %4): ungültiges JSON: %5%6</translation>
    </message>
    <message>
        <source> (the file ends there: it looks cut off)</source>
        <translation> (die Datei endet dort: sie wirkt abgeschnitten)</translation>
    </message>
    <message>
        <source> (the line ends there: it looks cut off)</source>
        <translation> (die Zeile endet dort: sie scheint abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation>%1: Zeile %2, Spalte %3: ungültiges JSON: %4%5</translation>
    </message>
    <message>
        <source>%1: holds one JSON value per line (JSON Lines, %2 values), where one JSON document was expected</source>
        <translation>%1: enthält einen JSON-Wert je Zeile (JSON Lines, %2 Werte), erwartet wurde ein einziges JSON-Dokument</translation>
    </message>
    <message>
        <source>%1: line %2: a second JSON document begins after the first ends, as jq prints values one after another; write one per line (jq -c) or one array (jq -s)</source>
        <translation>%1: Zeile %2: ein zweites JSON-Dokument beginnt nach dem Ende des ersten, wie jq Werte nacheinander ausgibt; schreiben Sie eines pro Zeile (jq -c) oder ein Array (jq -s)</translation>
    </message>
</context>
<context>
    <name>K8sAuditImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>not a service account: %1</source>
        <translation>kein Dienstkonto: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events as JSON (one per line, an EventList, or a cloud export)</source>
        <translation>%1: Kubernetes-Auditereignisse als JSON erwartet (eines pro Zeile, eine EventList oder ein Cloud-Export)</translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events: one per line, an EventList (items), AKS records, or a CloudWatch or Cloud Logging export</source>
        <translation>%1: Kubernetes-Auditereignisse erwartet: eines pro Zeile, eine EventList (items), AKS-Datensätze oder ein Export aus CloudWatch oder Cloud Logging</translation>
    </message>
    <message>
        <source>%1: expected an array of audit events</source>
        <translation>%1: ein Array von Auditereignissen erwartet</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one event per line</source>
        <translation>%1: Zeile %2: länger als %3 MB; ein Ereignis pro Zeile erwartet</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON audit event</source>
        <translation>%1: Zeile %2: JSON-Auditereignis erwartet</translation>
    </message>
    <message>
        <source>%1: %2: audit events nested deeper than %3 envelopes</source>
        <translation>%1: %2: Auditereignisse in mehr als %3 verschachtelten Hüllen</translation>
    </message>
    <message>
        <source>not an audit record (category %1)</source>
        <translation>kein Auditdatensatz (Kategorie %1)</translation>
    </message>
    <message>
        <source>%1: %2: expected a Kubernetes audit Event (&quot;kind&quot;: &quot;Event&quot;)</source>
        <translation>%1: %2: Kubernetes-Auditereignis erwartet (&quot;kind&quot;: &quot;Event&quot;)</translation>
    </message>
    <message>
        <source>%1: %2: an event without a user</source>
        <translation>%1: %2: ein Ereignis ohne Benutzer</translation>
    </message>
    <message>
        <source>%1: %2: verb: expected the request&apos;s verb</source>
        <translation>%1: %2: verb: Verb der Anfrage erwartet</translation>
    </message>
    <message>
        <source>%1: %2: timestamp: expected the time of the entry, got &quot;%3&quot;</source>
        <translation>%1: %2: timestamp: Zeitpunkt des Eintrags erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>not a Kubernetes API call: %1</source>
        <translation>kein Kubernetes-API-Aufruf: %1</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp, got &quot;%4&quot;</source>
        <translation>%1: %2: %3: Zeitstempel erwartet, erhalten: „%4“</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) logged more than once (same auditID) were counted once</source>
        <translation>
            <numerusform>%n mehrfach protokolliertes Ereignis (gleiche auditID) wurde nur einmal gezählt</numerusform>
            <numerusform>%n mehrfach protokollierte Ereignisse (gleiche auditID) wurden jeweils nur einmal gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 bound %4 %5 to %6; an audit log records use, not grants: import the cluster&apos;s RBAC (kubectl get clusterrolebindings,rolebindings -A -o yaml) to see what it holds now</source>
        <translation>%1: %2: %3 hat %4 %5 an %6 gebunden; ein Audit-Protokoll zeichnet Nutzung auf, keine Berechtigungen: Importieren Sie das RBAC des Clusters (kubectl get clusterrolebindings,rolebindings -A -o yaml), um zu sehen, was das Konto jetzt hält</translation>
    </message>
    <message numerus="yes">
        <source>%n more role binding(s) to service accounts were created or changed in this log</source>
        <translation>
            <numerusform>%n weitere Rollenbindung an Dienstkonten wurde in diesem Protokoll angelegt oder geändert</numerusform>
            <numerusform>%n weitere Rollenbindungen an Dienstkonten wurden in diesem Protokoll angelegt oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>a Google Cloud audit entry of %1, not a call to a cluster&apos;s Kubernetes API</source>
        <translation>ein Google-Cloud-Audit-Eintrag von %1, kein Aufruf der Kubernetes-API eines Clusters</translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the audit event; run the query with fields @message</source>
        <translation>%1: %2: eine Zeile von CloudWatch Logs Insights ohne @message, die das Audit-Ereignis enthält; führen Sie die Abfrage mit fields @message aus</translation>
    </message>
    <message>
        <source>a service account&apos;s request logged only at stage RequestReceived, before it was authorised: whether it was allowed is not in the log (an audit policy that omits ResponseComplete)</source>
        <translation>eine Anfrage eines Dienstkontos, nur in der Phase RequestReceived protokolliert, bevor sie autorisiert wurde: ob sie erlaubt wurde, steht nicht im Protokoll (eine Audit-Richtlinie, die ResponseComplete auslässt)</translation>
    </message>
    <message>
        <source>%1: %2: stageTimestamp: missing, and requestReceivedTimestamp too; every audit event the API server writes has the time it was received, and a use without its time cannot be placed in any window (give the events as the API server or the cluster&apos;s log service wrote them)</source>
        <translation>%1: %2: stageTimestamp: fehlt, requestReceivedTimestamp ebenso; jedes Audit-Ereignis, das der API-Server schreibt, trägt die Zeit seines Eingangs, und eine Nutzung ohne Zeit lässt sich keinem Zeitraum zuordnen (geben Sie die Ereignisse so an, wie der API-Server oder der Protokolldienst des Clusters sie geschrieben hat)</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp as text (RFC 3339), got %4</source>
        <translation>%1: %2: %3: Zeitstempel als Text (RFC 3339) erwartet, erhalten: %4</translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation>einen anderen Werttyp</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at stage RequestReceived, logged before the request was authorised: each request is counted once, at the stage that says whether it was allowed</source>
        <translation>
            <numerusform>%n Eintrag in Stufe RequestReceived, protokolliert, bevor die Anfrage autorisiert wurde: jede Anfrage zählt einmal, in der Stufe, die sagt, ob sie erlaubt wurde</numerusform>
            <numerusform>%n Einträge in Stufe RequestReceived, protokolliert, bevor die Anfrage autorisiert wurde: jede Anfrage zählt einmal, in der Stufe, die sagt, ob sie erlaubt wurde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>K8sLiveImporter</name>
    <message>
        <source>%1: cluster &quot;%2&quot;: the certificate authority is not a PEM certificate</source>
        <translation>%1: Cluster „%2“: Die Zertifizierungsstelle ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the client certificate or its key is not PEM (RSA or EC)</source>
        <translation>%1: Benutzer „%2“: Das Client-Zertifikat oder sein Schlüssel ist kein PEM (RSA oder EC)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: cannot reach the API server: %2</source>
        <translation>%1: Der API-Server ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: not allowed to list %2 (%3); this run says nothing about them</source>
        <translation>%1: Auflisten von %2 nicht erlaubt (%3); dieser Lauf sagt nichts über sie aus</translation>
    </message>
    <message>
        <source>%1: the API server refused the credentials of user &quot;%2&quot; (context &quot;%3&quot;): %4</source>
        <translation>%1: Der API-Server hat die Zugangsdaten des Benutzers „%2“ (Kontext „%3“) abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1: listing %2: %3</source>
        <translation>%1: Auflisten von %2: %3</translation>
    </message>
    <message>
        <source>%1: listing %2: the answer is not a Kubernetes list (byte %3: %4)</source>
        <translation>%1: Auflisten von %2: Die Antwort ist keine Kubernetes-Liste (Byte %3: %4)</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>kein Feld items</translation>
    </message>
    <message>
        <source>%1 %2, page %3</source>
        <translation>%1 %2, Seite %3</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; may not list any of the kinds Recertify reads; grant the ClusterRole from the README</source>
        <translation>%1: Benutzer „%2“ darf keinen der Typen auflisten, die Recertify liest; vergeben Sie die ClusterRole aus der README</translation>
    </message>
</context>
<context>
    <name>K8sRbacImporter</name>
    <message>
        <source>a Kubernetes List or object</source>
        <translation>eine Kubernetes-List oder ein Kubernetes-Objekt</translation>
    </message>
    <message>
        <source>a Role or ClusterRole reference</source>
        <translation>ein Verweis auf eine Role oder ClusterRole</translation>
    </message>
    <message>
        <source>%1: %2: a service account subject without a namespace or name</source>
        <translation>%1: %2: ein Dienstkonto-Subjekt ohne Namespace oder Namen</translation>
    </message>
    <message>
        <source>%1: %2: a service account token without the kubernetes.io/service-account.name annotation</source>
        <translation>%1: %2: ein Dienstkonto-Token ohne die Annotation kubernetes.io/service-account.name</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>ein Zeitstempel, erhalten: „%1“</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 expands to %L5 grants (verbs × resources); the limit is %L6</source>
        <translation>%1: %2: %3 %4 ergibt %L5 Berechtigungen (Verben × Ressourcen); die Grenze liegt bei %L6</translation>
    </message>
    <message>
        <source>ClusterRole %1 aggregates other roles, but none it selects is in the input: its bindings are kept as unresolved</source>
        <translation>ClusterRole %1 fasst andere Rollen zusammen, aber keine der ausgewählten ist in der Eingabe: Ihre Bindungen bleiben ungeklärt erhalten</translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 names no namespace: a manifest applied with kubectl apply -n; give the namespace it is applied to</source>
        <translation>%1: %2: %3 %4 nennt keinen Namespace: ein Manifest für kubectl apply -n; geben Sie den Namespace an, in dem es angewendet wird</translation>
    </message>
    <message>
        <source>ClusterRole aggregation stopped at %L1 rules; the limit is %L1</source>
        <translation>Die Zusammenfassung von ClusterRoles endete bei %L1 Regeln; die Grenze ist %L1</translation>
    </message>
    <message>
        <source>%1: a kustomization beside these manifests may rename them and set their namespace; import what kubectl kustomize (or kubectl get -o yaml) gives for what is deployed</source>
        <translation>%1: Eine Kustomization neben diesen Manifesten kann sie umbenennen und ihren Namespace setzen; importieren Sie, was kubectl kustomize (oder kubectl get -o yaml) für das Bereitgestellte liefert</translation>
    </message>
    <message>
        <source>%1: %2: %3 binds %4 %5 to service account %6 without a namespace, which the API server refuses: not applied; give the namespace it is deployed in (--namespace) or import what kubectl kustomize gives</source>
        <translation>%1: %2: %3 bindet %4 %5 an das Dienstkonto %6 ohne Namespace, was der API-Server ablehnt: nicht angewendet; geben Sie den Namespace an, in dem es bereitgestellt ist (--namespace), oder importieren Sie, was kubectl kustomize ausgibt</translation>
    </message>
    <message>
        <source>%1: %2: %3 names service account %4 without a namespace; taken as %5, the namespace given</source>
        <translation>%1: %2: %3 nennt das Dienstkonto %4 ohne Namespace; als %5 übernommen, den angegebenen Namespace</translation>
    </message>
    <message>
        <source>%1: %2: a service account user without a namespace or name</source>
        <translation>%1: %2: ein Dienstkonto-Benutzer ohne Namespace oder Namen</translation>
    </message>
    <message>
        <source>%1: the security context constraints %2 name no service account in their users or groups; people, nodes and system users are outside the inventory</source>
        <translation>%1: Die Security Context Constraints %2 nennen in ihren Benutzern und Gruppen kein Dienstkonto; Personen, Knoten und Systembenutzer gehören nicht zum Bestand</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2: a list of %n item(s) without the &quot;kind: List&quot; that kubectl writes after them: the file looks cut off</source>
        <translation>
            <numerusform>%1: %2: eine Liste mit %n Eintrag ohne das „kind: List“, das kubectl danach schreibt: die Datei wirkt abgeschnitten</numerusform>
            <numerusform>%1: %2: eine Liste mit %n Einträgen ohne das „kind: List“, das kubectl danach schreibt: die Datei wirkt abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) but no binding or service account: nothing in the input holds them; give the bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</source>
        <translation>
            <numerusform>%n Rolle, aber keine Bindung und kein Dienstkonto: niemand in der Eingabe hat sie; geben Sie auch die Bindungen an (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
            <numerusform>%n Rollen, aber keine Bindung und kein Dienstkonto: niemand in der Eingabe hat sie; geben Sie auch die Bindungen an (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: a rule without verbs, which the API server refuses: the file looks cut off</source>
        <translation>%1: %2: eine Regel ohne Verben, die der API-Server ablehnt: Die Datei scheint abgeschnitten</translation>
    </message>
    <message>
        <source>%1: %2: a rule without resources or URLs, which the API server refuses: the file looks cut off</source>
        <translation>%1: %2: eine Regel ohne Ressourcen oder URLs, die der API-Server ablehnt: Die Datei scheint abgeschnitten</translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: if the file was cut off, %3 %4 at its end may be incomplete and what followed is missing</source>
        <translation>%1: Zeile %2 beendet die Datei ohne den Zeilenumbruch, den kubectl, Helm und kustomize immer schreiben: Falls die Datei abgeschnitten wurde, ist %3 %4 an ihrem Ende womöglich unvollständig und was folgte, fehlt</translation>
    </message>
    <message>
        <source>the object</source>
        <translation>das Objekt</translation>
    </message>
    <message>
        <source>%1: %2: %3 grants %4 %5 inside namespace %6 only, where cluster-wide resources and URLs do not exist: not counted for %7</source>
        <translation>%1: %2: %3 gewährt %4 %5 nur im Namespace %6, wo es clusterweite Ressourcen und URLs nicht gibt: nicht gezählt für %7</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is the start of a Kubernetes verb, and the file ends there without a line break: it looks cut off</source>
        <translation>%1: Zeile %2: „%3“ ist der Anfang eines Kubernetes-Verbs, und die Datei endet dort ohne Zeilenumbruch: Sie scheint abgeschnitten</translation>
    </message>
    <message>
        <source>%1: %2, the last, has an apiVersion but no kind, which kubectl refuses (&quot;Object &apos;Kind&apos; is missing&quot;): the file looks cut off there</source>
        <translation>%1: %2, das letzte, hat eine apiVersion, aber kein kind, was kubectl ablehnt („Object &apos;Kind&apos; is missing“): die Datei scheint dort abgeschnitten</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; ends the file without a line break or the colon of a key: it looks cut off</source>
        <translation>%1: Zeile %2: „%3“ beendet die Datei ohne Zeilenumbruch und ohne den Doppelpunkt eines Schlüssels: sie scheint abgeschnitten</translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: the file looks cut off inside %3 %4, which is not read (its service account may be what is missing), and what followed is missing</source>
        <translation>%1: Zeile %2 beendet die Datei ohne Zeilenumbruch, den kubectl, Helm und kustomize immer schreiben: Die Datei scheint innerhalb von %3 %4 abgeschnitten, das nicht gelesen wird (gerade sein Dienstkonto könnte fehlen), und was folgte, fehlt</translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests</source>
        <translation>%1: keine ServiceAccount-, Role-, ClusterRole-, RoleBinding-, ClusterRoleBinding-, Secret-, Pod- oder Workload-Objekte: erwartet wird die Ausgabe von kubectl get … -o json oder -o yaml oder RBAC-Manifeste</translation>
    </message>
    <message numerus="yes">
        <source>%n files hold no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects (Services, ConfigMaps…) and were passed over, %1 among them</source>
        <translation>
            <numerusform>%n Datei enthält keine ServiceAccount-, Role-, ClusterRole-, RoleBinding-, ClusterRoleBinding-, Secret-, Pod- oder Workload-Objekte (Services, ConfigMaps…) und wurde übergangen, darunter %1</numerusform>
            <numerusform>%n Dateien enthalten keine ServiceAccount-, Role-, ClusterRole-, RoleBinding-, ClusterRoleBinding-, Secret-, Pod- oder Workload-Objekte (Services, ConfigMaps…) und wurden übergangen, darunter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects; passed over</source>
        <translation>%1: keine ServiceAccount-, Role-, ClusterRole-, RoleBinding-, ClusterRoleBinding-, Secret-, Pod- oder Workload-Objekte; übergangen</translation>
    </message>
    <message>
        <source>a Kubernetes List or a ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload (Deployment, StatefulSet, DaemonSet, Job…)</source>
        <translation>eine Kubernetes-List oder ein Objekt vom Typ ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod oder ein Workload (Deployment, StatefulSet, DaemonSet, Job…)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) name no namespace (a manifest applied with kubectl apply -n); taken as %2, the namespace its ClusterRoleBindings give its service accounts (give the namespace to say otherwise)</source>
        <translation>
            <numerusform>%1: %n Objekt nennt keinen Namespace (ein Manifest für kubectl apply -n); als %2 gelesen, der Namespace, den seine ClusterRoleBindings seinen Dienstkonten geben (geben Sie den Namespace an, wenn es ein anderer ist)</numerusform>
            <numerusform>%1: %n Objekte nennen keinen Namespace (ein Manifest für kubectl apply -n); als %2 gelesen, der Namespace, den seine ClusterRoleBindings seinen Dienstkonten geben (geben Sie den Namespace an, wenn es ein anderer ist)</numerusform>
        </translation>
    </message>
    <message>
        <source>a namespace name (lowercase letters, digits and &apos;-&apos;), got &quot;%1&quot;, which the API server refuses: a template&apos;s placeholder? Import the manifest as rendered (helm template, envsubst, kubectl kustomize) or what kubectl get gives</source>
        <translation>einen Namespace-Namen (Kleinbuchstaben, Ziffern und &apos;-&apos;), erhalten &quot;%1&quot;, den der API-Server ablehnt: ein Platzhalter einer Vorlage? Importieren Sie das Manifest, wie es gerendert wird (helm template, envsubst, kubectl kustomize), oder was kubectl get ausgibt</translation>
    </message>
    <message>
        <source>%1: %2: %3 binds service account %4 in &quot;%5&quot;, which is no namespace name (a template&apos;s placeholder?): no account can be there, passed over</source>
        <translation>%1: %2: %3 bindet das Dienstkonto %4 in &quot;%5&quot;, was kein Namespace-Name ist (ein Platzhalter einer Vorlage?): dort kann kein Konto sein, übergangen</translation>
    </message>
    <message>
        <source>the namespace given, &quot;%1&quot;, is no namespace name (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>der angegebene Namespace &quot;%1&quot; ist kein Namespace-Name (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1: %2: ClusterRoleBinding %3 refers to Role %4, which the API server refuses (a ClusterRoleBinding refers to a ClusterRole only): it grants nothing; not applied</source>
        <translation>%1: %2: ClusterRoleBinding %3 verweist auf die Role %4, was der API-Server ablehnt (ein ClusterRoleBinding verweist nur auf eine ClusterRole): es erteilt nichts; nicht angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 names service account %2, which the input&apos;s list of namespace %3&apos;s accounts does not hold: no such account exists, so nothing holds what it grants; whoever makes an account of that name gets it (%n grant(s))</source>
        <translation>
            <numerusform>%1 nennt das Dienstkonto %2, das die Liste der Konten von Namespace %3 in der Eingabe nicht enthält: es gibt kein solches Konto, also hält niemand, was es gewährt; wer ein Konto dieses Namens anlegt, erhält es (%n Berechtigung)</numerusform>
            <numerusform>%1 nennt das Dienstkonto %2, das die Liste der Konten von Namespace %3 in der Eingabe nicht enthält: es gibt kein solches Konto, also hält niemand, was es gewährt; wer ein Konto dieses Namens anlegt, erhält es (%n Berechtigungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: an empty item, which grants nothing: the file looks cut off</source>
        <translation>%1: %2: ein leerer Eintrag, der nichts gewährt: Die Datei scheint abgeschnitten</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) the bindings name, Kubernetes&apos; own, are not in the input: %1; their default rules are used, which the API server restores at every start</source>
        <translation>
            <numerusform>%n Rolle, die die Bindungen nennen, gehört zu Kubernetes selbst und fehlt in der Eingabe: %1; ihre Standardregeln werden verwendet, die der API-Server bei jedem Start wiederherstellt</numerusform>
            <numerusform>%n Rollen, die die Bindungen nennen, gehören zu Kubernetes selbst und fehlen in der Eingabe: %1; ihre Standardregeln werden verwendet, die der API-Server bei jedem Start wiederherstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects, only %2: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests (what an operator&apos;s resources make: kubectl get serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)</source>
        <translation>%1: keine ServiceAccount-, Role-, ClusterRole-, RoleBinding-, ClusterRoleBinding-, Secret-, Pod- oder Workload-Objekte, nur %2: erwartet wird die Ausgabe von kubectl get … -o json oder -o yaml oder RBAC-Manifeste (was die Ressourcen eines Operators erzeugen: kubectl get serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) reading &quot;%2&quot;</source>
        <translation>Der Schlüsselbund hat beim Lesen von „%2“ nicht innerhalb von %1 s geantwortet (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the keychain</source>
        <translation>Im Schlüsselbund ist unter „%1“ kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) storing &quot;%2&quot;</source>
        <translation>Der Schlüsselbund hat beim Speichern von „%2“ nicht innerhalb von %1 s geantwortet (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) removing &quot;%2&quot;</source>
        <translation>Der Schlüsselbund hat beim Entfernen von „%2“ nicht innerhalb von %1 s geantwortet (ist er gesperrt?)</translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MB</source>
        <translation>%1: %2 ist größer als 4 MB</translation>
    </message>
    <message>
        <source>%1: %2: not base64</source>
        <translation>%1: %2: kein gültiges base64</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>die kubeconfig</translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (expected kind: Config with clusters, users and contexts)</source>
        <translation>%1: keine kubeconfig (erwartet: kind: Config mit clusters, users und contexts)</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked at %1)</source>
        <translation>keine kubeconfig gefunden (gesucht in: %1)</translation>
    </message>
    <message>
        <source>%1: no current-context is set; name the context to use</source>
        <translation>%1: kein current-context gesetzt; geben Sie den zu verwendenden Kontext an</translation>
    </message>
    <message>
        <source>%1: no context named &quot;%2&quot; (known: %3)</source>
        <translation>%1: kein Kontext namens „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the cluster &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation>%1: Kontext „%2“ verweist auf den Cluster „%3“, den keine kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <source>the API server&apos;s URL</source>
        <translation>die URL des API-Servers</translation>
    </message>
    <message>
        <source>the certificate authority</source>
        <translation>die Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the user &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation>%1: Kontext „%2“ verweist auf den Benutzer „%3“, den keine kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; uses a legacy auth-provider, which kubectl itself no longer supports; switch it to the exec plugin of the cluster&apos;s vendor (gke-gcloud-auth-plugin, kubelogin)</source>
        <translation>%1: Benutzer „%2“ verwendet einen veralteten auth-provider, den kubectl selbst nicht mehr unterstützt; stellen Sie ihn auf das exec-Plugin des Cluster-Anbieters um (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; signs in with a username and password, which the Kubernetes API no longer accepts; use a token, a client certificate or an exec plugin</source>
        <translation>%1: Benutzer „%2“ meldet sich mit Benutzername und Passwort an, was die Kubernetes-API nicht mehr akzeptiert; verwenden Sie ein Token, ein Client-Zertifikat oder ein exec-Plugin</translation>
    </message>
    <message>
        <source>the token file</source>
        <translation>die Token-Datei</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>der Client-Schlüssel</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; has a client certificate without its key, or a key without its certificate</source>
        <translation>%1: Benutzer „%2“ hat ein Client-Zertifikat ohne zugehörigen Schlüssel oder einen Schlüssel ohne zugehöriges Zertifikat</translation>
    </message>
    <message>
        <source>the plugin&apos;s command</source>
        <translation>der Befehl des Plugins</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: exec apiVersion &quot;%3&quot; is not supported (expected %4)</source>
        <translation>%1: Benutzer „%2“: exec apiVersion „%3“ wird nicht unterstützt (erwartet: %4)</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin &quot;%3&quot; is not installed or not on PATH</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin „%3“ ist nicht installiert oder nicht im PATH</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not start: %4</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin %3 konnte nicht gestartet werden: %4</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not finish within two minutes</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin %3 wurde nicht innerhalb von zwei Minuten beendet</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 failed with exit code %4%5</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin %3 ist mit Exit-Code %4 fehlgeschlagen%5</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not print an ExecCredential</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin %3 hat kein ExecCredential ausgegeben</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin answered with apiVersion &quot;%3&quot;, the kubeconfig asks for &quot;%4&quot;</source>
        <translation>%1: Benutzer „%2“: Das Anmeldedaten-Plugin hat mit apiVersion „%3“ geantwortet, die kubeconfig verlangt „%4“</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s ExecCredential holds neither a token nor a client certificate</source>
        <translation>%1: Benutzer „%2“: Das ExecCredential des Anmeldedaten-Plugins enthält weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s expirationTimestamp &quot;%3&quot; is not a time</source>
        <translation>%1: Benutzer „%2“: Der expirationTimestamp „%3“ des Anmeldedaten-Plugins ist keine gültige Zeitangabe</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Keine Identität mit der ID %1</translation>
    </message>
    <message>
        <source>An identity cannot go from %1 to %2</source>
        <translation>Eine Identität kann nicht von %1 zu %2 wechseln</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: line 1: expected the header email,name,manager,active</source>
        <translation>%1: Zeile 1: Kopfzeile email,name,manager,active erwartet</translation>
    </message>
    <message>
        <source>%1: line 1: missing column %2</source>
        <translation>%1: Zeile 1: Spalte %2 fehlt</translation>
    </message>
    <message>
        <source>%1: line %2: expected %3 fields, got %4</source>
        <translation>%1: Zeile %2: %3 Felder erwartet, erhalten: %4</translation>
    </message>
    <message>
        <source>%1: line %2: email: expected an email address, got &quot;%3&quot;</source>
        <translation>%1: Zeile %2: email: E-Mail-Adresse erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <source>%1: line %2: active: expected true or false, got &quot;%3&quot;</source>
        <translation>%1: Zeile %2: active: true oder false erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation>E-Mail-Adresse erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>erwartet wird einer von: %1, erhalten: „%2“</translation>
    </message>
    <message>
        <source>a lifecycle change needs a reason</source>
        <translation>Eine Änderung im Lebenszyklus erfordert einen Grund</translation>
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
    <message>
        <source>discovered by sync</source>
        <translation>durch Synchronisierung entdeckt</translation>
    </message>
    <message>
        <source>listed by the source again</source>
        <translation>von der Quelle erneut aufgeführt</translation>
    </message>
    <message>
        <source>found in the source&apos;s inventory</source>
        <translation>im Inventar der Quelle gefunden</translation>
    </message>
    <message>
        <source>removed at the source</source>
        <translation>in der Quelle entfernt</translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation>in der Aktivität gesehen, in keinem Inventar</translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation>von ihrem Eigentümer geändert</translation>
    </message>
    <message>
        <source>found in an imported file</source>
        <translation>in einer importierten Datei gefunden</translation>
    </message>
</context>
<context>
    <name>LiveHttp</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <source>Kubernetes, context %1 of %2</source>
        <translation>Kubernetes, Kontext %1 aus %2</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktueller)</translation>
    </message>
    <message>
        <source>the default kubeconfig</source>
        <translation>der Standard-kubeconfig</translation>
    </message>
    <message>
        <source>Microsoft Entra ID, tenant %1</source>
        <translation>Microsoft Entra ID, Mandant %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown kind of source &quot;%2&quot;</source>
        <translation>%1: unbekannter Quelltyp „%2“</translation>
    </message>
    <message>
        <source>AWS account, profile %1</source>
        <translation>AWS-Konto, Profil %1</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(Umgebung oder default)</translation>
    </message>
    <message>
        <source>GitHub organisation %1</source>
        <translation>GitHub-Organisation %1</translation>
    </message>
    <message>
        <source>GitHub organisation %1, as App %2</source>
        <translation>GitHub-Organisation %1, als App %2</translation>
    </message>
</context>
<context>
    <name>McpToolsImporter</name>
    <message>
        <source>the name of the agent</source>
        <translation>der Name des Agenten</translation>
    </message>
    <message>
        <source>a JSON-RPC tools/list response</source>
        <translation>eine JSON-RPC-Antwort auf tools/list</translation>
    </message>
    <message>
        <source>%1: %2: the server answered tools/list with error %3: %4</source>
        <translation>%1: %2: Der Server hat tools/list mit dem Fehler %3 beantwortet: %4</translation>
    </message>
    <message>
        <source>the tools of a tools/list result</source>
        <translation>die Tools eines tools/list-Ergebnisses</translation>
    </message>
    <message>
        <source>the name of the tool</source>
        <translation>der Name des Tools</translation>
    </message>
    <message>
        <source>%1: an MCP client configuration (mcpServers / servers): it says how to start servers, not which tools they offer. Save each server&apos;s tools/list answer (for example with the MCP Inspector) and import that.</source>
        <translation>%1: eine MCP-Client-Konfiguration (mcpServers / servers): Sie sagt, wie Server gestartet werden, nicht welche Werkzeuge sie anbieten. Speichern Sie die tools/list-Antwort jedes Servers (etwa mit dem MCP Inspector) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: an MCP registry entry (server.json: packages, remotes): it says where to get a server, not which tools it offers. Save the server&apos;s tools/list answer and import that.</source>
        <translation>%1: ein Eintrag der MCP-Registry (server.json: packages, remotes): Er sagt, woher ein Server kommt, nicht welche Werkzeuge er anbietet. Speichern Sie die tools/list-Antwort des Servers und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: an empty list of tools: the server says which tools it offers only when it runs; save its tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation>%1: eine leere Werkzeugliste: Der Server nennt seine Werkzeuge erst zur Laufzeit; speichern Sie seine tools/list-Antwort (zum Beispiel mit dem MCP Inspector) und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1: an MCP Bundle manifest that declares no tools (they are optional there); save the server&apos;s tools/list answer and import that</source>
        <translation>%1: ein MCP-Bundle-Manifest, das keine Werkzeuge deklariert (dort sind sie optional); speichern Sie die tools/list-Antwort des Servers und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1: %2: a tools/list the server refused (%3), passed over for the one it answered</source>
        <translation>%1: %2: ein tools/list, das der Server abgelehnt hat (%3), übergangen zugunsten desjenigen, das er beantwortet hat</translation>
    </message>
    <message>
        <source>%1: event %2</source>
        <translation>%1: Ereignis %2</translation>
    </message>
    <message>
        <source>%1: server-sent events without a JSON-RPC answer (result or error): save the server&apos;s answer to tools/list</source>
        <translation>%1: Server-Sent Events ohne JSON-RPC-Antwort (result oder error): die Antwort des Servers auf tools/list speichern</translation>
    </message>
    <message>
        <source>%1: the definition of one MCP tool (%2), not a server&apos;s list of tools: save the server&apos;s tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation>%1: die Definition eines einzelnen MCP-Werkzeugs (%2), nicht die Werkzeugliste eines Servers: die Antwort des Servers auf tools/list speichern (zum Beispiel mit dem MCP Inspector) und diese importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: the tools/list answer says more tools follow (nextCursor): the %n tool(s) the file holds are added to %2, and none it leaves out is taken away; save every page to see them all</source>
        <translation>
            <numerusform>%1: Die tools/list-Antwort sagt, dass weitere Tools folgen (nextCursor): Das %n Tool der Datei wird %2 hinzugefügt, und keines, das sie auslässt, wird entfernt; speichern Sie jede Seite, um alle zu sehen</numerusform>
            <numerusform>%1: Die tools/list-Antwort sagt, dass weitere Tools folgen (nextCursor): Die %n Tools der Datei werden %2 hinzugefügt, und keines, das sie auslässt, wird entfernt; speichern Sie jede Seite, um alle zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an MCP sampling request (sampling/createMessage): its tools are offered to a model for one completion, not a server&apos;s list of tools; save the server&apos;s tools/list answer and import that</source>
        <translation>%1: eine MCP-Sampling-Anfrage (sampling/createMessage): ihre Werkzeuge werden einem Modell für eine einzige Antwort angeboten, sie sind keine Werkzeugliste eines Servers; speichern Sie die tools/list-Antwort des Servers und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer holds no tools; give its tools/list answer too</source>
        <translation>%1: Die Antwort des Servers auf initialize (oder server/discover) enthält keine Werkzeuge; geben Sie auch seine Antwort auf tools/list an</translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer, which names the server; its tools come from the tools/list answer beside it</source>
        <translation>%1: die Antwort des Servers auf initialize (oder server/discover), die den Server benennt; seine Werkzeuge stammen aus der Antwort auf tools/list daneben</translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, holds no tools; give the server&apos;s tools/list answer</source>
        <translation>%1: die Antwort auf einen tools/call, die Ausgabe eines Werkzeugs, enthält keine Werkzeuge; geben Sie die tools/list-Antwort des Servers an</translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, not the tools the server offers</source>
        <translation>%1: die Antwort auf einen tools/call, die Ausgabe eines Werkzeugs, nicht die Werkzeuge, die der Server anbietet</translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n name(s), not tools: save the server&apos;s tools/list answer, whose tools carry their description, input schema and annotations</source>
        <translation>
            <numerusform>%1: eine Liste von %n Namen, keine Werkzeuge: speichern Sie die tools/list-Antwort des Servers, deren Werkzeuge ihre Beschreibung, ihr Eingabeschema und ihre Annotationen tragen</numerusform>
            <numerusform>%1: eine Liste von %n Namen, keine Werkzeuge: speichern Sie die tools/list-Antwort des Servers, deren Werkzeuge ihre Beschreibung, ihr Eingabeschema und ihre Annotationen tragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it to the server, not the server&apos;s answer; save what the server answered to tools/list and import that</source>
        <translation>%1: eine JSON-RPC-Anfrage (%2), wie ein Client sie an den Server sendet, nicht die Antwort des Servers; speichern Sie, was der Server auf tools/list geantwortet hat, und importieren Sie das</translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it, not the server&apos;s answer</source>
        <translation>%1: eine JSON-RPC-Anfrage (%2), wie ein Client sie sendet, nicht die Antwort des Servers</translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n HTTP route(s) (endpoint and method), not MCP tools, which carry an input schema; save the server&apos;s tools/list answer and import that</source>
        <translation>
            <numerusform>%1: eine Liste von %n HTTP-Route (endpoint und method), keine MCP-Tools, die ein Eingabeschema tragen; speichern Sie die tools/list-Antwort des Servers und importieren Sie diese</numerusform>
            <numerusform>%1: eine Liste von %n HTTP-Routen (endpoint und method), keine MCP-Tools, die ein Eingabeschema tragen; speichern Sie die tools/list-Antwort des Servers und importieren Sie diese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Decided and pending items per reviewer</source>
        <translation>Entschiedene und ausstehende Elemente je Prüfer</translation>
    </message>
    <message>
        <source>Recertify · signed review evidence</source>
        <translation>Recertify · signierte Überprüfungsnachweise</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>alle nicht stillgelegten Identitäten</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>Fingerabdruck des Unterzeichners</translation>
    </message>
    <message>
        <source>Check this bundle offline: unzip it, then run openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig and sha256sum -c SHA256SUMS.</source>
        <translation>Prüfen Sie dieses Paket offline: Entpacken Sie es und führen Sie dann openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig und sha256sum -c SHA256SUMS aus.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation>Umfang reduziert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Owner reassigned</source>
        <translation>Eigentümer neu zugewiesen</translation>
    </message>
    <message>
        <source>Flagged as rubber-stamping</source>
        <translation>Als Durchwinken markiert</translation>
    </message>
    <message>
        <source>Completion per reviewer</source>
        <translation>Fortschritt je Prüfer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 decisions in all; the %2 listed here are every one that was not a plain certification, then the first certifications. decisions.csv in this bundle lists them all.</source>
        <translation>Insgesamt %1 Entscheidungen; die %2 hier aufgeführten umfassen alle, die keine reine Zertifizierung waren, gefolgt von den ersten Zertifizierungen. decisions.csv in diesem Paket führt sie alle auf.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Reviewer (decided by)</source>
        <translation>Prüfer (entschieden von)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>No decision asked for a change.</source>
        <translation>Keine Entscheidung hat eine Änderung verlangt.</translation>
    </message>
    <message>
        <source>Remediation tasks are made when the campaign closes.</source>
        <translation>Behebungsaufgaben werden beim Abschluss der Kampagne erstellt.</translation>
    </message>
    <message>
        <source>Mapping to OWASP NHI Top 10 (2025) and NIST CSF 2.0</source>
        <translation>Zuordnung zu OWASP NHI Top 10 (2025) und NIST CSF 2.0</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Open in scope</source>
        <translation>Offen im Umfang</translation>
    </message>
    <message>
        <source>OWASP NHI</source>
        <translation>OWASP NHI</translation>
    </message>
    <message>
        <source>NIST CSF 2.0</source>
        <translation>NIST CSF 2.0</translation>
    </message>
    <message>
        <source>Population reviewed</source>
        <translation>Überprüfte Grundgesamtheit</translation>
    </message>
    <message>
        <source>%1 identities; SHA-256 of their sorted source and native ids: %2 (recompute it from evidence.json).</source>
        <translation>%1 Identitäten; SHA-256 ihrer sortierten Quellen und nativen IDs: %2 (aus evidence.json nachrechenbar).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Days of the 90 before the start with activity data</source>
        <translation>Tage der 90 vor dem Start mit Aktivitätsdaten</translation>
    </message>
    <message>
        <source>The last sync run of each input that finished well before the campaign started:</source>
        <translation>Der letzte erfolgreiche Synchronisationslauf jeder Eingabe vor dem Start der Kampagne:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Added / changed / removed; complete for</source>
        <translation>Hinzugefügt / geändert / entfernt; vollständig für</translation>
    </message>
    <message>
        <source>nothing (it retired nothing)</source>
        <translation>nichts (er hat nichts stillgelegt)</translation>
    </message>
    <message>
        <source>Controls these decisions evidence</source>
        <translation>Kontrollen, die diese Entscheidungen belegen</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Belegt durch</translation>
    </message>
    <message>
        <source>No sync run finished before the campaign started: the estate was not imported here (a demo or a restored store).</source>
        <translation>Vor dem Start der Kampagne wurde kein Synchronisationslauf beendet: Der Bestand wurde nicht hier importiert (eine Demo oder ein wiederhergestellter Speicher).</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) were amended by their reviewer before the campaign closed; the amendments are listed here, and decisions.csv keeps both, each amendment naming the decision it supersedes.</source>
        <translation>
            <numerusform>%n Entscheidung wurde vor dem Abschluss der Kampagne von der prüfenden Person geändert; hier steht die Änderung, decisions.csv enthält beide, die Änderung mit Verweis auf die ersetzte Entscheidung.</numerusform>
            <numerusform>%n Entscheidungen wurden vor dem Abschluss der Kampagne von den prüfenden Personen geändert; hier stehen die Änderungen, decisions.csv enthält beide, jede Änderung mit Verweis auf die ersetzte Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewers in all; the %2 with the most items pending are listed here. campaign.json in this bundle lists them all.</source>
        <translation>%1 Prüfer insgesamt; hier stehen die %2 mit den meisten offenen Einträgen. campaign.json in diesem Paket listet alle.</translation>
    </message>
</context>
<context>
    <name>ReminderExport</name>
    <message numerus="yes">
        <source>Reminder: %n review(s) waiting in &quot;%1&quot;</source>
        <translation>
            <numerusform>Erinnerung: %n Überprüfung wartet in „%1“</numerusform>
            <numerusform>Erinnerung: %n Überprüfungen warten in „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity review(s) in &quot;%1&quot; are waiting for your decision; the campaign is due on %2. Open Recertify, My reviews.</source>
        <translation>
            <numerusform>%n Identitätsüberprüfung in „%1“ wartet auf Ihre Entscheidung; die Kampagne ist am %2 fällig. Öffnen Sie Recertify, Meine Überprüfungen.</numerusform>
            <numerusform>%n Identitätsüberprüfungen in „%1“ warten auf Ihre Entscheidung; die Kampagne ist am %2 fällig. Öffnen Sie Recertify, Meine Überprüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No review item with id %1</source>
        <translation>Kein Überprüfungselement mit der ID %1</translation>
    </message>
    <message>
        <source>Item %1 was already decided on %2</source>
        <translation>Element %1 wurde bereits am %2 entschieden</translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone decided or reassigned it); reload it</source>
        <translation>Element %1 hat sich geändert, während Sie es angesehen haben (jemand hat es entschieden oder neu zugewiesen); laden Sie es neu</translation>
    </message>
    <message>
        <source>revoking</source>
        <translation>Das Widerrufen</translation>
    </message>
    <message>
        <source>reducing scope</source>
        <translation>Das Reduzieren des Umfangs</translation>
    </message>
    <message>
        <source>Item %1 was decided by someone else a moment ago; nothing was recorded</source>
        <translation>Element %1 wurde soeben von jemand anderem entschieden; es wurde nichts erfasst</translation>
    </message>
    <message>
        <source>second stage, after %1 certified it</source>
        <translation>zweite Stufe, nachdem %1 sie zertifiziert hat</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot hand it on</source>
        <translation>Eintrag %1 ist %2 zugewiesen; %3 kann ihn nicht weitergeben</translation>
    </message>
    <message>
        <source>Item %1 was already decided</source>
        <translation>Eintrag %1 wurde bereits entschieden</translation>
    </message>
    <message>
        <source>Item %1 changed a moment ago; nothing was recorded</source>
        <translation>Eintrag %1 wurde gerade geändert; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 has no business owner</source>
        <translation>%1 hat keinen fachlichen Verantwortlichen</translation>
    </message>
    <message>
        <source>its owner %1 is not in the people directory</source>
        <translation>ihr Verantwortlicher %1 ist nicht im Personenverzeichnis</translation>
    </message>
    <message>
        <source>its owner %1 has left</source>
        <translation>ihr Verantwortlicher %1 hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>Ownership cannot be confirmed: %1. Name a new owner or revoke.</source>
        <translation>Die Verantwortung kann nicht bestätigt werden: %1. Benennen Sie einen neuen Verantwortlichen oder entziehen Sie den Zugang.</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2, not to %3</source>
        <translation>Element %1 ist %2 zugewiesen, nicht %3</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot decide it (their manager may review on their behalf)</source>
        <translation>Element %1 ist %2 zugewiesen; %3 kann es nicht entscheiden (die Führungskraft darf in ihrem Auftrag prüfen)</translation>
    </message>
    <message>
        <source>Only a manager may review on behalf of %1, and the people directory names none for them</source>
        <translation>Nur eine Führungskraft darf im Auftrag von %1 prüfen, und das Personenverzeichnis nennt keine</translation>
    </message>
    <message>
        <source>Only %1&apos;s manager, %2, may review on their behalf; %3 may not</source>
        <translation>Nur die Führungskraft von %1, %2, darf in ihrem Auftrag prüfen; %3 nicht</translation>
    </message>
    <message>
        <source>expected the email address of another reviewer, got &quot;%1&quot;</source>
        <translation>E-Mail-Adresse eines anderen Prüfers erwartet, erhalten „%1“</translation>
    </message>
    <message>
        <source>a new owner needs an email address, such as ada@example.com</source>
        <translation>ein neuer Verantwortlicher braucht eine E-Mail-Adresse, etwa ada@example.com</translation>
    </message>
    <message>
        <source>expected confirm or reassign=EMAIL, got &quot;%1&quot;</source>
        <translation>confirm oder reassign=EMAIL erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>reducing the scope needs the grants to remove, such as s3:PutObject</source>
        <translation>zum Reduzieren des Umfangs müssen die zu entfernenden Berechtigungen genannt werden, etwa s3:PutObject</translation>
    </message>
    <message>
        <source>%1 is not a grant of this identity</source>
        <translation>%1 ist keine Berechtigung dieser Identität</translation>
    </message>
    <message>
        <source>expected keep or reduce=PERM[,PERM…], got &quot;%1&quot;</source>
        <translation>keep oder reduce=PERM[,PERM…] erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected certify[=DATE], revoke or retire, got &quot;%1&quot;</source>
        <translation>certify[=DATE], revoke oder retire erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the certification date %1 has already passed</source>
        <translation>das Zertifizierungsdatum %1 liegt bereits in der Vergangenheit</translation>
    </message>
    <message>
        <source>certifying an identity with open high-severity findings needs a reason</source>
        <translation>Das Zertifizieren einer Identität mit offenen Befunden hohen Schweregrads erfordert eine Begründung</translation>
    </message>
    <message>
        <source>%1 needs a reason</source>
        <translation>%1 erfordert eine Begründung</translation>
    </message>
    <message>
        <source>Item %1 has no decision to amend yet; decide it</source>
        <translation>Element %1 hat noch keine Entscheidung, die geändert werden könnte; entscheiden Sie es</translation>
    </message>
    <message>
        <source>Item %1&apos;s campaign is closed; its decisions can no longer be amended</source>
        <translation>Die Kampagne von Element %1 ist abgeschlossen; ihre Entscheidungen können nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone amended it); reload it</source>
        <translation>Element %1 hat sich geändert, während Sie es angesehen haben (jemand hat es geändert); laden Sie es neu</translation>
    </message>
    <message>
        <source>A second stage (%1) already reviews what was certified here; amend it there, or ask them to revoke</source>
        <translation>Eine zweite Stufe (%1) prüft bereits, was hier zertifiziert wurde; ändern Sie es dort oder bitten Sie darum, es zu widerrufen</translation>
    </message>
    <message>
        <source>Item %1 was amended by someone else a moment ago; nothing was recorded</source>
        <translation>Element %1 wurde soeben von jemand anderem geändert; nichts wurde erfasst</translation>
    </message>
    <message>
        <source>Item %1 has no decision yet</source>
        <translation>Element %1 hat noch keine Entscheidung</translation>
    </message>
    <message>
        <source>this item does not ask about %1: it is still certified; leave it unanswered</source>
        <translation>dieses Element fragt nicht nach %1: noch zertifiziert; lassen Sie es unbeantwortet</translation>
    </message>
    <message>
        <source>this item asks about %1: answer it</source>
        <translation>dieses Element fragt nach %1: beantworten Sie es</translation>
    </message>
    <message>
        <source>the date %1 has already passed</source>
        <translation>das Datum %1 ist bereits verstrichen</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Eigentümerschaft</translation>
    </message>
    <message>
        <source>task scope</source>
        <translation>Aufgabenumfang</translation>
    </message>
    <message>
        <source>business need</source>
        <translation>Geschäftsbedarf</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation>%1 ist nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>SightedLog</name>
    <message>
        <source>cannot read back the event ids kept on disk: %1</source>
        <translation>die auf der Festplatte abgelegten Ereignis-IDs lassen sich nicht zurücklesen: %1</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Cannot write the key: %1</source>
        <translation>Der Schlüssel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot generate an Ed25519 key: %1</source>
        <translation>Es kann kein Ed25519-Schlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <source>An Ed25519 private key has 32 bytes, not %1</source>
        <translation>Ein privater Ed25519-Schlüssel hat 32 Byte, nicht %1</translation>
    </message>
    <message>
        <source>Cannot read the Ed25519 key: %1</source>
        <translation>Der Ed25519-Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>expected an Ed25519 private key in PEM form</source>
        <translation>privater Ed25519-Schlüssel im PEM-Format erwartet</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>expected an Ed25519 public key in PEM form</source>
        <translation>öffentlicher Ed25519-Schlüssel im PEM-Format erwartet</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Verifizierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key: %1</source>
        <translation>Der öffentliche Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>No signing key yet: the first export makes one. (%1)</source>
        <translation>Noch kein Signaturschlüssel vorhanden: Der erste Export erzeugt einen. (%1)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; a signing key in a PEM file can sign instead</source>
        <translation>%1; stattdessen kann ein Signaturschlüssel in einer PEM-Datei signieren</translation>
    </message>
</context>
<context>
    <name>StagingSink</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: the same credential id is listed more than once; kept once</source>
        <translation>%1: Dieselbe Anmeldenachweis-ID steht mehrfach in der Eingabe; sie wird einmal übernommen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts under two ARNs, %2 and %3: counted as one identity, as the id says (a renamed user keeps its id); if they are two principals, the log mixes them up</source>
        <translation>ID %1 handelt unter zwei ARNs, %2 und %3: als eine Identität gezählt, wie die ID sagt (ein umbenannter Benutzer behält seine ID); sind es zwei Prinzipale, vermischt das Protokoll sie</translation>
    </message>
    <message>
        <source>id %1 acts as a user and as a role, %2 and %3: counted as one identity, as the id says, though IAM never gives a user and a role one id; the log mixes two principals up</source>
        <translation>ID %1 handelt als Benutzer und als Rolle, %2 und %3: als eine Identität gezählt, wie die ID sagt, obwohl IAM einem Benutzer und einer Rolle nie dieselbe ID gibt; das Protokoll verwechselt zwei Prinzipale</translation>
    </message>
    <message>
        <source>id %1 acts as two roles, %2 and %3: counted as one identity, as the id says, though IAM gives every role its own id; the log mixes two principals up</source>
        <translation>ID %1 tritt als zwei Rollen auf, %2 und %3: als eine Identität gezählt, wie die ID sagt, obwohl IAM jeder Rolle eine eigene ID gibt; das Protokoll verwechselt zwei Prinzipale</translation>
    </message>
    <message numerus="yes">
        <source>id %1 acts under %n ARNs, %2: counted as one identity, as the id says (a renamed user keeps its id); if they are several principals, the log mixes them up</source>
        <translation>
            <numerusform>ID %1 handelt unter %n ARN, %2: als eine Identität gezählt, wie die ID sagt (ein umbenannter Benutzer behält seine ID); sind es mehrere Principals, verwechselt das Protokoll sie</numerusform>
            <numerusform>ID %1 handelt unter %n ARNs, %2: als eine Identität gezählt, wie die ID sagt (ein umbenannter Benutzer behält seine ID); sind es mehrere Principals, verwechselt das Protokoll sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1: the table is missing in one of the stores</source>
        <translation>%1: Die Tabelle fehlt in einem der Datenbestände</translation>
    </message>
    <message>
        <source>%1, rows %2–%3: %4</source>
        <translation>%1, Zeilen %2–%3: %4</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3); migrate copies into an empty store only</source>
        <translation>%1 enthält bereits Daten (%2 Zeilen in %3); migrate kopiert nur in einen leeren Datenbestand</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source but %3 in the target</source>
        <translation>%1: %2 Zeilen in der Quelle, aber %3 im Ziel</translation>
    </message>
    <message>
        <source>The copied audit chain does not verify: %1</source>
        <translation>Die kopierte Audit-Kette lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>The audit chains end differently: %1 in the source, %2 in the target</source>
        <translation>Die Audit-Ketten enden unterschiedlich: %1 in der Quelle, %2 im Ziel</translation>
    </message>
    <message>
        <source>%1: cannot start reading: %2</source>
        <translation>%1: Lesen kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>the store to copy from and the store to copy to are the same</source>
        <translation>Quell- und Zielspeicher der Kopie sind derselbe</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a folder; %2 reads files</source>
        <translation>%1: ist ein Ordner; %2 liest Dateien</translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation>%1: Der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: holds no %2 files</source>
        <translation>%1: enthält keine Dateien vom Typ %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation>%1: Prüfsumme konnte nicht berechnet werden (kein Speicher mehr)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder, not %1 input by name, passed over: %2</source>
        <translation>
            <numerusform>%n Datei des Ordners, dem Namen nach keine %1-Eingabe, übergangen: %2</numerusform>
            <numerusform>%n Dateien des Ordners, dem Namen nach keine %1-Eingabe, übergangen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWriter</name>
    <message>
        <source>cannot record which events were counted: %1</source>
        <translation>kann nicht festhalten, welche Ereignisse gezählt wurden: %1</translation>
    </message>
    <message>
        <source>%1: this input lists %2 and leaves out %3 that the store knows there; that looks like a filtered or partial answer, so nothing was retired. Retire them by hand if they are gone.</source>
        <translation>%1: Diese Eingabe listet %2 und lässt %3 aus, die der Bestand dort kennt; das sieht nach einer gefilterten oder unvollständigen Antwort aus, daher wurde nichts außer Betrieb genommen. Nehmen Sie sie von Hand außer Betrieb, wenn es sie nicht mehr gibt.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) appeared more than once in the input (same event id) and were counted once</source>
        <translation>
            <numerusform>%n Ereignis kam mehrfach in der Eingabe vor (gleiche Ereignis-ID) und wurde einmal gezählt</numerusform>
            <numerusform>%n Ereignisse kamen mehrfach in der Eingabe vor (gleiche Ereignis-ID) und wurden je einmal gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is retired; a webhook delivery that still describes it leaves it so (GitHub gives a reinstalled App or a key added again a new id)</source>
        <translation>%1 ist stillgelegt; eine Webhook-Zustellung, die es noch beschreibt, ändert daran nichts (GitHub gibt einer neu installierten App oder einem erneut hinzugefügten Schlüssel eine neue ID)</translation>
    </message>
    <message>
        <source>%1 now names a principal with id %2; the one the store knew by that name (id %3) was deleted and made again, and is retired</source>
        <translation>%1 benennt jetzt einen Prinzipal mit der ID %2; der unter diesem Namen bekannte (ID %3) wurde gelöscht und neu angelegt und wird stillgelegt</translation>
    </message>
    <message>
        <source>%1 × IAM users seen only signing in to the console and working in it, people rather than non-human identities, not added: %2</source>
        <translation>%1 × IAM-Benutzer, die sich nur an der Konsole angemeldet und darin gearbeitet haben, also Menschen statt nicht-menschlicher Identitäten, nicht aufgenommen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n identities stored by an earlier version are no longer kept (people&apos;s sign-in roles, Microsoft&apos;s own service principals): %1. They still exist at the source, so they were left as they were; retire them by hand.</source>
        <translation>
            <numerusform>%n von einer früheren Version gespeicherte Identität wird nicht mehr geführt (Anmelderollen von Menschen, Microsofts eigene Dienstprinzipale): %1. Sie besteht an der Quelle weiter und blieb daher, wie sie war; setzen Sie sie von Hand außer Dienst.</numerusform>
            <numerusform>%n von einer früheren Version gespeicherte Identitäten werden nicht mehr geführt (Anmelderollen von Menschen, Microsofts eigene Dienstprinzipale): %1. Sie bestehen an der Quelle weiter und blieben daher, wie sie waren; setzen Sie sie von Hand außer Dienst.</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts as %2 in this input and names %3 in the store: counted as that identity, as the id says, though IAM never gives a user and a role one id; the logs mix two principals up</source>
        <translation>Die ID %1 handelt in dieser Eingabe als %2 und bezeichnet im Bestand %3: gezählt als diese Identität, wie die ID sagt, obwohl IAM einem Benutzer und einer Rolle nie dieselbe ID gibt; die Protokolle verwechseln zwei Principals</translation>
    </message>
    <message>
        <source>%1 × IAM users with a console password and no access key or certificate, people rather than non-human identities, not added: %2</source>
        <translation>%1 × IAM-Benutzer mit einem Konsolenpasswort und ohne Zugriffsschlüssel oder Zertifikat, Menschen statt nicht-menschlicher Identitäten, nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Server: expected a host name or address, got &quot;%1&quot;</source>
        <translation>Server: Hostname oder Adresse erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Port: expected 1 to 65535, got %1</source>
        <translation>Port: 1 bis 65535 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>Database: expected a database name, got &quot;%1&quot;</source>
        <translation>Datenbank: Datenbankname erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Login: expected a database login, got &quot;%1&quot;</source>
        <translation>Login: Datenbank-Login erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1 is not a team server address</source>
        <translation>%1 ist keine Team-Server-Adresse</translation>
    </message>
    <message>
        <source>A password never goes into the settings; keep it in the keychain</source>
        <translation>Ein Passwort gehört nie in die Einstellungen; es gehört in den Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>governance manager</source>
        <translation>Governance-Manager</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>keine Teamrolle</translation>
    </message>
    <message>
        <source>Expected the member&apos;s email address, got &quot;%1&quot;</source>
        <translation>E-Mail-Adresse des Mitglieds erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>team mode needs a PostgreSQL store (postgresql://user@host:port/dbname)</source>
        <translation>der Teammodus braucht einen PostgreSQL-Speicher (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>expected manager, reviewer or auditor</source>
        <translation>manager, reviewer oder auditor erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database login (lower-case letters, digits and _)</source>
        <translation>„%1“ ist kein gültiges Datenbank-Login (Kleinbuchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <source>%1 is a privileged login; team members sign in with logins of their own</source>
        <translation>%1 ist ein privilegiertes Login; Teammitglieder melden sich mit eigenen Logins an</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Cannot create the login %1: %2</source>
        <translation>Die Anmeldung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot grant %1 to %2 (run team init first): %3</source>
        <translation>%1 kann %2 nicht zugewiesen werden (zuerst team init ausführen): %3</translation>
    </message>
    <message>
        <source>Cannot tell who is signed in</source>
        <translation>Es lässt sich nicht feststellen, wer angemeldet ist</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The template was not stored</source>
        <translation>Die Vorlage wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
    <message>
        <source>No campaign template with id %1</source>
        <translation>Keine Kampagnenvorlage mit der ID %1</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>expected a number of days of at least 1, got %1</source>
        <translation>mindestens 1 Tag erwartet, erhalten %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation>technical oder manager erwartet, erhalten „%1“</translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; exists already</source>
        <translation>eine Vorlage namens „%1“ gibt es bereits</translation>
    </message>
</context>
<context>
    <name>TriggerService</name>
    <message>
        <source>started by a trigger: it acted outside its declared scope since the last sync</source>
        <translation>von einem Auslöser gestartet: sie handelte seit der letzten Synchronisierung außerhalb ihres erklärten Umfangs</translation>
    </message>
    <message>
        <source>started by a trigger: its owner left or is no longer in the directory</source>
        <translation>von einem Auslöser gestartet: ihr Eigentümer ist gegangen oder nicht mehr im Verzeichnis</translation>
    </message>
    <message>
        <source>started by a trigger: a credential expires soon; renew it or let it go</source>
        <translation>von einem Auslöser gestartet: ein Berechtigungsnachweis läuft bald ab; erneuern oder auslaufen lassen</translation>
    </message>
    <message>
        <source>started by a trigger: its trust debt crossed the threshold</source>
        <translation>von einem Auslöser gestartet: ihre Vertrauensschuld hat die Schwelle überschritten</translation>
    </message>
    <message>
        <source>started by the %1 trigger</source>
        <translation>vom Auslöser %1 gestartet</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; expected one of %2</source>
        <translation>Unbekannter Auslöser „%1“; erwartet einer von %2</translation>
    </message>
    <message>
        <source>Triggered: %1, %2</source>
        <translation>Ausgelöst: %1, %2</translation>
    </message>
    <message>
        <source>Trigger %1: %2</source>
        <translation>Auslöser %1: %2</translation>
    </message>
    <message>
        <source>a trigger needs an email address for what no active owner can review</source>
        <translation>ein Auslöser braucht eine E-Mail-Adresse für das, was kein aktiver Eigentümer prüfen kann</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>positive Zahl erwartet</translation>
    </message>
</context>
<context>
    <name>TrustDebtWeights</name>
    <message>
        <source>No accountable owner: missing, unknown or departed</source>
        <translation>Kein verantwortlicher Eigentümer: fehlt, unbekannt oder ausgeschieden</translation>
    </message>
    <message>
        <source>Past its expiry or retirement date, yet still enabled</source>
        <translation>Ablauf- oder Stilllegungsdatum überschritten, aber weiterhin aktiviert</translation>
    </message>
    <message>
        <source>Did or tried something outside its granted or declared scope</source>
        <translation>Hat außerhalb ihrer Berechtigungen oder ihres erklärten Umfangs gehandelt oder es versucht</translation>
    </message>
    <message>
        <source>A person used this machine identity interactively</source>
        <translation>Eine Person hat diese Maschinenidentität interaktiv genutzt</translation>
    </message>
    <message>
        <source>A credential older than the rotation policy, or unused for long</source>
        <translation>Zugangsdaten, die älter sind, als die Rotationsrichtlinie erlaubt, oder lange ungenutzt</translation>
    </message>
    <message>
        <source>Gained grants since it was last certified</source>
        <translation>Hat seit der letzten Zertifizierung Berechtigungen hinzugewonnen</translation>
    </message>
    <message>
        <source>Grants not used within the observation window</source>
        <translation>Berechtigungen, die im Beobachtungszeitraum nicht genutzt wurden</translation>
    </message>
    <message>
        <source>Enabled but not used within the observation window</source>
        <translation>Aktiviert, aber im Beobachtungszeitraum nicht genutzt</translation>
    </message>
    <message>
        <source>Enabled and never used</source>
        <translation>Aktiviert und nie genutzt</translation>
    </message>
    <message>
        <source>Not recertified within the review interval</source>
        <translation>Nicht innerhalb des Überprüfungsintervalls rezertifiziert</translation>
    </message>
    <message>
        <source>No expiry date or retirement condition</source>
        <translation>Kein Ablaufdatum und keine Stilllegungsbedingung</translation>
    </message>
    <message>
        <source>No documented purpose</source>
        <translation>Kein dokumentierter Zweck</translation>
    </message>
    <message>
        <source>A credential expires soon</source>
        <translation>Zugangsdaten laufen bald ab</translation>
    </message>
    <message>
        <source>Anyone, or an account outside its own, may assume it</source>
        <translation>Jeder oder ein Konto außerhalb des eigenen kann sie übernehmen</translation>
    </message>
    <message>
        <source>Holds a policy or role whose content the input did not include</source>
        <translation>Besitzt eine Richtlinie oder Rolle, deren Inhalt nicht in der Eingabe enthalten war</translation>
    </message>
    <message>
        <source>Holds a grant a reviewer asked to remove</source>
        <translation>Hat eine Berechtigung, deren Entfernung ein Prüfer angefordert hat</translation>
    </message>
    <message>
        <source>Admin grant</source>
        <translation>Admin-Berechtigung</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Expired, still active</source>
        <translation>Abgelaufen, noch aktiv</translation>
    </message>
    <message>
        <source>Out-of-scope action</source>
        <translation>Aktion außerhalb des Zwecks</translation>
    </message>
    <message>
        <source>Human use</source>
        <translation>Nutzung durch Menschen</translation>
    </message>
    <message>
        <source>Open trust</source>
        <translation>Offenes Vertrauen</translation>
    </message>
    <message>
        <source>Destructive tool</source>
        <translation>Destruktives Werkzeug</translation>
    </message>
    <message>
        <source>Stale credential</source>
        <translation>Veraltete Zugangsdaten</translation>
    </message>
    <message>
        <source>Scope creep</source>
        <translation>Schleichende Ausweitung</translation>
    </message>
    <message>
        <source>Removal pending</source>
        <translation>Entfernung ausstehend</translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation>Ungenutzte Berechtigung</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie genutzt</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>No purpose</source>
        <translation>Kein Zweck</translation>
    </message>
    <message>
        <source>Expiring credential</source>
        <translation>Ablaufende Zugangsdaten</translation>
    </message>
    <message>
        <source>Unresolved grant</source>
        <translation>Unaufgelöste Berechtigung</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Holds an administrator or wildcard-everything grant, or one that lets it make itself administrator</source>
        <translation>Hat eine Administrator- oder Alles-Platzhalter-Berechtigung oder eine, mit der es sich selbst zum Administrator machen kann</translation>
    </message>
    <message>
        <source>Offered a tool that may change or delete data: marked destructive, or not marked read-only</source>
        <translation>Bietet ein Werkzeug an, das Daten ändern oder löschen kann: als zerstörend gekennzeichnet oder nicht als nur lesend</translation>
    </message>
    <message>
        <source>Sensitive grant</source>
        <translation>Sensible Berechtigung</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s mail, files or chats, deletes at large across a cluster, reaches a namespace&apos;s Secrets and service accounts or its Pod Security level, or writes to every repository of a GitHub account, without being administrator</source>
        <translation>Liest oder ändert E-Mails, Dateien oder Chats aller Benutzer, löscht im großen Stil clusterweit, erreicht die Secrets und Dienstkonten eines Namespace oder seine Pod-Security-Stufe oder schreibt in jedes Repository eines GitHub-Kontos, ohne Administrator zu sein</translation>
    </message>
</context>
<context>
    <name>TrustedSigners</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot remove the trusted key %1</source>
        <translation>Der vertrauenswürdige Schlüssel %1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>YamlInput</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation>%1: Zeile %2: tiefer als %3 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: line %2: a mapping key that is not text</source>
        <translation>%1: Zeile %2: ein Mapping-Schlüssel, der kein Text ist</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid YAML: %4</source>
        <translation>%1: Zeile %2, Spalte %3: ungültiges YAML: %4</translation>
    </message>
    <message>
        <source>%1: line %2: an escape YAML does not have in a quoted string</source>
        <translation>%1: Zeile %2: eine Escape-Sequenz, die YAML in einer Zeichenkette in Anführungszeichen nicht kennt</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted string that never ends</source>
        <translation>%1: Zeile %2: eine Zeichenkette in Anführungszeichen, die nie endet</translation>
    </message>
    <message>
        <source>%1: line %2: a [ or { that never closes</source>
        <translation>%1: Zeile %2: eine [ oder {, die nie geschlossen wird</translation>
    </message>
    <message>
        <source>%1: the YAML could not be read within %2 seconds; it is not YAML kubectl writes</source>
        <translation>%1: Das YAML konnte nicht innerhalb von %2 Sekunden gelesen werden; so schreibt kubectl kein YAML</translation>
    </message>
    <message>
        <source>%1: the YAML reader stopped without an answer</source>
        <translation>%1: Der YAML-Leser hat ohne Antwort aufgehört</translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}, as in a Helm chart), not a manifest: render it first (helm template RELEASE CHART &gt; manifest.yaml) or take what kubectl get -o yaml gives, and import that</source>
        <translation>%1: Zeile %2: eine Vorlage ({{ … }}, wie in einem Helm-Chart), kein Manifest: erst rendern (helm template RELEASE CHART &gt; manifest.yaml) oder die Ausgabe von kubectl get -o yaml nehmen und diese importieren</translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}) whose values are not filled in, not data: import what the program it belongs to writes when it runs</source>
        <translation>%1: Zeile %2: eine Vorlage ({{ … }}) ohne eingesetzte Werte, keine Daten: importieren Sie, was das zugehörige Programm beim Ausführen schreibt</translation>
    </message>
</context>
<context>
    <name>recertify::AwsSourceDialog</name>
    <message>
        <source>Ask IAM when each service was &amp;last used (one job per role and user)</source>
        <translation>Bei IAM abfragen, wann jeder Dienst &amp;zuletzt genutzt wurde (ein Job pro Rolle und Benutzer)</translation>
    </message>
    <message>
        <source>Connect an AWS account</source>
        <translation>AWS-Konto verbinden</translation>
    </message>
    <message>
        <source>Production account</source>
        <translation>Produktionskonto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS CLI profile</source>
        <translation>AWS-CLI-Profil</translation>
    </message>
    <message>
        <source>The environment&apos;s keys, else $AWS_PROFILE or default</source>
        <translation>Schlüssel aus der Umgebung, sonst $AWS_PROFILE oder default</translation>
    </message>
    <message>
        <source>The profile&apos;s region</source>
        <translation>Region des Profils</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Do not read CloudTrail</source>
        <translation>CloudTrail nicht lesen</translation>
    </message>
    <message>
        <source> days back on the first sync</source>
        <translation> Tage zurück bei der ersten Synchronisierung</translation>
    </message>
    <message>
        <source>CloudTrail days to read on the first sync</source>
        <translation>Bei der ersten Synchronisierung zu lesende CloudTrail-Tage</translation>
    </message>
    <message>
        <source>Default: AWS&apos;s IAM and STS endpoints</source>
        <translation>Standard: die IAM- und STS-Endpunkte von AWS</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Recertify finds credentials the way the AWS CLI does, assuming the profile&apos;s role when it names one; it stores only the profile&apos;s name. The policy it needs is in the README (iam:GetAccountAuthorizationDetails, the last-accessed calls and cloudtrail:LookupEvents).</source>
        <translation>Recertify findet Zugangsdaten so wie die AWS CLI und übernimmt die Rolle des Profils, wenn es eine nennt; gespeichert wird nur der Name des Profils. Die benötigte Richtlinie steht in der README (iam:GetAccountAuthorizationDetails, die Last-Accessed-Aufrufe und cloudtrail:LookupEvents).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;CloudTrail:</source>
        <translation>&amp;CloudTrail:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Endpoint: expected a URL such as https://iam.amazonaws.com/</source>
        <translation>Endpunkt: erwartet wird eine URL wie https://iam.amazonaws.com/</translation>
    </message>
</context>
<context>
    <name>recertify::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Kampagne abschließen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>No campaign yet. Start one with New campaign…: choose which identities, a due date and a fallback reviewer for those nobody owns.</source>
        <translation>Noch keine Kampagne vorhanden. Starten Sie eine mit „Neue Kampagne…“: Wählen Sie die Identitäten, ein Fälligkeitsdatum und einen Ersatzprüfer für die Identitäten, die niemandem gehören.</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>alle nicht stillgelegten Identitäten</translation>
    </message>
    <message>
        <source>done, seen in the last sync</source>
        <translation>erledigt, bei der letzten Synchronisierung bestätigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? Undecided items expire, and decisions become remediation tasks that the next sync verifies.</source>
        <translation>„%1“ abschließen? Unentschiedene Elemente verfallen, und Entscheidungen werden zu Behebungsaufgaben, die bei der nächsten Synchronisierung überprüft werden.</translation>
    </message>
    <message>
        <source>Escalate overdue</source>
        <translation>Überfällige eskalieren</translation>
    </message>
    <message>
        <source>Moves each undecided item of an overdue campaign to its reviewer&apos;s manager, once</source>
        <translation>Übergibt jeden offenen Eintrag einer überfälligen Kampagne einmalig an den Vorgesetzten des Prüfers</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 decided (%4%), %5 overdue, %6 decisions flagged as rubber-stamping; handed on: %13.&lt;br&gt;Decisions: %7 certified, %8 reduced in scope, %9 revoked, %10 retired, %11 reassigned. Scope: %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 von %3 entschieden (%4 %), %5 überfällig, %6 Entscheidungen als Durchwinken markiert; weitergegeben: %13.&lt;br&gt;Entscheidungen: %7 zertifiziert, %8 im Umfang reduziert, %9 entzogen, %10 stillgelegt, %11 neu zugewiesen. Umfang: %12</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided items moved to the reviewers&apos; managers.</source>
        <translation>
            <numerusform>%n offener Eintrag an die Vorgesetzten der Prüfer übergeben.</numerusform>
            <numerusform>%n offene Einträge an die Vorgesetzten der Prüfer übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers…</source>
        <translation>Auslöser…</translation>
    </message>
    <message>
        <source>Which events start a micro-campaign by themselves after a sync</source>
        <translation>Welche Ereignisse nach einer Synchronisierung von selbst eine Mikro-Kampagne starten</translation>
    </message>
    <message>
        <source>Recurring…</source>
        <translation>Wiederkehrend…</translation>
    </message>
    <message>
        <source>Campaigns that start again by themselves, every so many days</source>
        <translation>Kampagnen, die alle paar Tage von selbst erneut starten</translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation on scope followed it (%3%).</source>
        <translation>%1 von %2 Entscheidungen mit einer Empfehlung zum Umfang sind ihr gefolgt (%3 %).</translation>
    </message>
    <message>
        <source>Remediation tasks</source>
        <translation>Behebungsaufgaben</translation>
    </message>
    <message>
        <source>Start a campaign (%1)</source>
        <translation>Eine Kampagne starten (%1)</translation>
    </message>
    <message>
        <source>Send reminders…</source>
        <translation>Erinnerungen senden…</translation>
    </message>
    <message>
        <source>Every reviewer</source>
        <translation>Alle Prüfer</translation>
    </message>
    <message>
        <source>Saves a reminder per reviewer with pending items (with a ready e-mail link) for your mailer, and records it</source>
        <translation>Speichert je Prüfer mit offenen Elementen eine Erinnerung (mit fertigem E-Mail-Link) für Ihr Mailprogramm und protokolliert sie</translation>
    </message>
    <message>
        <source>Undecided at close</source>
        <translation>Beim Abschluss offen</translation>
    </message>
    <message>
        <source>Most left to do</source>
        <translation>Am meisten offen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Save reminders for your mailer</source>
        <translation>Erinnerungen für Ihr Mailprogramm speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reminders for %n reviewer(s) saved to %1, each with a ready e-mail link; recorded in the audit log.</source>
        <translation>
            <numerusform>Erinnerung für %n Prüfer in %1 gespeichert, mit fertigem E-Mail-Link; im Prüfprotokoll vermerkt.</numerusform>
            <numerusform>Erinnerungen für %n Prüfer in %1 gespeichert, jeweils mit fertigem E-Mail-Link; im Prüfprotokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision of this campaign asked for a change.</source>
        <translation>Keine Entscheidung dieser Kampagne verlangte eine Änderung.</translation>
    </message>
    <message>
        <source>Closing the campaign turns its decisions into remediation tasks (remove a grant, disable, retire, reassign); they appear here, and the next sync marks each one done.</source>
        <translation>Beim Abschluss der Kampagne werden ihre Entscheidungen zu Behebungsaufgaben (Berechtigung entfernen, deaktivieren, stilllegen, neu zuweisen); sie erscheinen hier, und die nächste Synchronisierung markiert jede als erledigt.</translation>
    </message>
    <message>
        <source>Flagged decisions</source>
        <translation>Markierte Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions flagged as possible rubber-stamping; Enter or a double click opens one with its evidence</source>
        <translation>Als mögliches Durchwinken markierte Entscheidungen; Eingabe oder Doppelklick öffnet eine mit ihren Nachweisen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Grund der Markierung</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Markiert (%1)</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>under %n second(s) on the evidence</source>
        <translation>
            <numerusform>weniger als %n Sekunde für die Nachweise</numerusform>
            <numerusform>weniger als %n Sekunden für die Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certify-everything decisions in a row</source>
        <translation>
            <numerusform>%n Alles-zertifizieren-Entscheidung in Folge</numerusform>
            <numerusform>%n Alles-zertifizieren-Entscheidungen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: the decision with the evidence its reviewer saw</source>
        <translation>Eingabe oder Doppelklick: die Entscheidung mit den Nachweisen, die der prüfenden Person vorlagen</translation>
    </message>
    <message>
        <source>Flagged decision: %1</source>
        <translation>Markierte Entscheidung: %1</translation>
    </message>
    <message>
        <source>The decision and the evidence its reviewer saw</source>
        <translation>Die Entscheidung und die Nachweise, die der prüfenden Person vorlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Entschieden&lt;/b&gt; am %1 von %2</translation>
    </message>
    <message>
        <source>Why flagged: %1</source>
        <translation>Grund der Markierung: %1</translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation>Eigentümerschaft: %1 · Aufgabenumfang: %2 · Geschäftlicher Bedarf: %3</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) amended by the reviewer; the amendments count, the earlier decisions stay on record.</source>
        <translation>
            <numerusform>%n Entscheidung von der prüfenden Person geändert; es zählt die Änderung, die frühere Entscheidung bleibt erhalten.</numerusform>
            <numerusform>%n Entscheidungen von den prüfenden Personen geändert; es zählen die Änderungen, die früheren Entscheidungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s signed evidence bundle (decisions, what each reviewer saw, the audit chain, a PDF report) for auditors</source>
        <translation>Schreibt das signierte Nachweispaket der Kampagne (Entscheidungen, was jede prüfende Person sah, die Prüfkette, ein PDF-Bericht) für die Revision</translation>
    </message>
    <message>
        <source>Export the signed evidence bundle</source>
        <translation>Signiertes Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Nachweispakete (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>Writing and signing the evidence bundle…</source>
        <translation>Nachweispaket wird geschrieben und signiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1, signed. Auditors open it in Evidence, or check it with openssl as the README shows.</source>
        <translation>
            <numerusform>%n Element nach %1 exportiert, signiert. Die Revision öffnet es unter Nachweise oder prüft es mit openssl wie in der README beschrieben.</numerusform>
            <numerusform>%n Elemente nach %1 exportiert, signiert. Die Revision öffnet sie unter Nachweise oder prüft sie mit openssl wie in der README beschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
</context>
<context>
    <name>recertify::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>governance-db.example.com</source>
        <translation>governance-db.example.com</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>Ihr Datenbank-Login</translation>
    </message>
    <message>
        <source>Reviewers on many desktops work in one shared store on PostgreSQL. What you may see and decide is set by your database login&apos;s team role.</source>
        <translation>Prüfer an vielen Arbeitsplätzen arbeiten in einem gemeinsamen Datenbestand auf PostgreSQL. Was Sie sehen und entscheiden dürfen, legt die Teamrolle Ihres Datenbank-Logins fest.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>recertify::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · estate trust debt %6 (mean %7 per identity) · %n snapshots</source>
        <translation>
            <numerusform>%1 Identitäten · %2 Berechtigungen, davon %3 in den letzten 90 Tagen genutzt und %4 ungenutzt · %5 Aktionen außerhalb des Umfangs · Vertrauensschuld des Bestands %6 (im Mittel %7 je Identität) · %n Snapshot</numerusform>
            <numerusform>%1 Identitäten · %2 Berechtigungen, davon %3 in den letzten 90 Tagen genutzt und %4 ungenutzt · %5 Aktionen außerhalb des Umfangs · Vertrauensschuld des Bestands %6 (im Mittel %7 je Identität) · %n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Privilege drift of the estate</source>
        <translation>Rechtedrift des Bestands</translation>
    </message>
    <message>
        <source>Estate trust debt over time</source>
        <translation>Vertrauensschuld des Bestands im Zeitverlauf</translation>
    </message>
    <message>
        <source>No analysis has run yet. Bring identities in from files or a live source; the charts of privilege drift and trust debt fill in after the first import.</source>
        <translation>Noch keine Analyse gelaufen. Holen Sie Identitäten aus Dateien oder einer Live-Quelle herein; die Diagramme zu Berechtigungsdrift und Vertrauensschuld füllen sich nach dem ersten Import.</translation>
    </message>
    <message>
        <source>Go to Sources</source>
        <translation>Zu den Quellen</translation>
    </message>
</context>
<context>
    <name>recertify::EntraSourceDialog</name>
    <message>
        <source>Connect Microsoft Entra ID</source>
        <translation>Microsoft Entra ID verbinden</translation>
    </message>
    <message>
        <source>Contoso production tenant</source>
        <translation>Contoso-Produktionsmandant</translation>
    </message>
    <message>
        <source>Tenant id or domain</source>
        <translation>Mandanten-ID oder Domäne</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation>Nur im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Default: the tenant&apos;s endpoint on login.microsoftonline.com</source>
        <translation>Standard: der Endpunkt des Mandanten auf login.microsoftonline.com</translation>
    </message>
    <message>
        <source>The app needs the application permissions Application.Read.All, Directory.Read.All and AuditLog.Read.All. Its secret goes to the OS keychain; Recertify stores only the name of the keychain entry.</source>
        <translation>Die App benötigt die Anwendungsberechtigungen Application.Read.All, Directory.Read.All und AuditLog.Read.All. Ihr Geheimnis kommt in den Schlüsselbund des Betriebssystems; Recertify speichert nur den Namen des Schlüsselbundeintrags.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Graph URL:</source>
        <translation>Graph-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Name, tenant, client id and client secret are all needed.</source>
        <translation>Name, Mandant, Client-ID und Client-Geheimnis werden alle benötigt.</translation>
    </message>
    <message>
        <source>Graph URL: expected a URL such as https://graph.microsoft.com</source>
        <translation>Graph-URL: erwartet wird eine URL wie https://graph.microsoft.com</translation>
    </message>
</context>
<context>
    <name>recertify::EvidencePage</name>
    <message>
        <source>Open evidence bundle…</source>
        <translation>Nachweispaket öffnen…</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Diesem Unterzeichner vertrauen…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Open a signed evidence bundle (.zip) exported by Recertify. It is verified as it opens: every file against SHA256SUMS, and SHA256SUMS against its Ed25519 signature. Nothing here needs the database.</source>
        <translation>Öffnen Sie ein von Recertify exportiertes, signiertes Nachweispaket (.zip). Es wird beim Öffnen verifiziert: jede Datei gegen SHA256SUMS und SHA256SUMS gegen seine Ed25519-Signatur. Hierfür wird keine Datenbank benötigt.</translation>
    </message>
    <message>
        <source>Identity, reviewer or justification…</source>
        <translation>Identität, Prüfer oder Begründung…</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation>Umfang reduziert</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Diesem Unterzeichner vertrauen</translation>
    </message>
    <message>
        <source>Trust the key %1 for future bundles? Give it a name:</source>
        <translation>Dem Schlüssel %1 für künftige Pakete vertrauen? Geben Sie ihm einen Namen:</translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Nachweispakete (*.zip)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt; Every file matches SHA256SUMS, and SHA256SUMS carries a valid signature by &lt;b&gt;%1&lt;/b&gt;, a trusted signer (key %2).</source>
        <translation>&lt;b&gt;Verifiziert.&lt;/b&gt; Jede Datei stimmt mit SHA256SUMS überein, und SHA256SUMS trägt eine gültige Signatur von &lt;b&gt;%1&lt;/b&gt;, einem vertrauenswürdigen Unterzeichner (Schlüssel %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 decided · due %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 von %3 entschieden · fällig am %4 · %5</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (durch %2)</translation>
    </message>
    <message>
        <source> · flagged: %1</source>
        <translation> · markiert: %1</translation>
    </message>
    <message>
        <source>What %1 saw when deciding (%2):</source>
        <translation>Was %1 bei der Entscheidung gesehen hat (%2):</translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 · trust debt %4</source>
        <translation>Gewährt %1 · genutzt %2 · ungenutzt %3 · Vertrauensschuld %4</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>Trusted signers…</source>
        <translation>Vertrauenswürdige Unterzeichner…</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Vertrauenswürdige Unterzeichner</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Bundles signed by these keys open with a green banner. Keys are public halves only.</source>
        <translation>Mit diesen Schlüsseln signierte Pakete öffnen mit einem grünen Banner. Gespeichert sind nur die öffentlichen Hälften.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Entscheidungen durchsuchen</translation>
    </message>
    <message>
        <source>Decisions in the bundle</source>
        <translation>Entscheidungen im Paket</translation>
    </message>
    <message>
        <source>Evidence of the selected decision</source>
        <translation>Nachweise der gewählten Entscheidung</translation>
    </message>
    <message>
        <source>Can be relied on: %1. Cannot: %2; what comes from them is marked on every row.</source>
        <translation>Verlässlich: %1. Nicht verlässlich: %2; was daraus stammt, ist in jeder Zeile markiert.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Nothing in it can be relied on: its signature does not hold, so no file is known to be as signed.</source>
        <translation>Nichts darin ist verlässlich: Die Signatur hält nicht, also ist von keiner Datei bekannt, dass sie so signiert wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not verify: this bundle was changed after it was signed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verifizierung fehlgeschlagen: Dieses Paket wurde nach dem Signieren geändert.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The reviewer figures are withheld: they come from campaign.json, which does not verify.</source>
        <translation>Die Zahlen je Prüfer werden nicht gezeigt: Sie stammen aus campaign.json, das sich nicht verifizieren lässt.</translation>
    </message>
    <message>
        <source>From a file that does not verify (decisions.csv): do not rely on it.</source>
        <translation>Aus einer Datei, die sich nicht verifizieren lässt (decisions.csv): nicht verlässlich.</translation>
    </message>
    <message>
        <source>From a file that does not verify (%1): do not rely on what follows.</source>
        <translation>Aus einer Datei, die sich nicht verifizieren lässt (%1): Das Folgende ist nicht verlässlich.</translation>
    </message>
    <message>
        <source>Open the report (PDF)</source>
        <translation>Bericht öffnen (PDF)</translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer</source>
        <translation>Öffnet die report.pdf des Pakets in Ihrem PDF-Betrachter</translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer; it does not verify, so do not rely on it</source>
        <translation>Öffnet die report.pdf des Pakets in Ihrem PDF-Betrachter; sie lässt sich nicht verifizieren, verlassen Sie sich nicht darauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Entschieden&lt;/b&gt; am %1 von %2</translation>
    </message>
    <message>
        <source>, on behalf of %1</source>
        <translation>, im Auftrag von %1</translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation>Eigentümerschaft: %1 · Aufgabenumfang: %2 · Geschäftlicher Bedarf: %3</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Flags: %1 · Time spent on the evidence: %2</source>
        <translation>Markierungen: %1 · Zeit für die Nachweise: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded: %1</source>
        <translation>ersetzt: %1</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amended&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Geändert&lt;/b&gt; am %1 von %2</translation>
    </message>
    <message>
        <source>superseded by the amendment below, not in force</source>
        <translation>durch die Änderung unten ersetzt, nicht mehr gültig</translation>
    </message>
    <message>
        <source>Ownership holds until %1 · task scope until %2</source>
        <translation>Eigentümerschaft gilt bis %1 · Aufgabenumfang bis %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht erfragt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified, by a signer you have not trusted yet.&lt;/b&gt; Every file matches SHA256SUMS and the signature is valid for the key %1 (the bundle names its signer: %2). Compare the fingerprint with the one the signer gave you, then trust it.</source>
        <translation>&lt;b&gt;Verifiziert, aber von einem Unterzeichner, dem Sie noch nicht vertrauen.&lt;/b&gt; Jede Datei stimmt mit SHA256SUMS überein, und die Signatur ist für den Schlüssel %1 gültig (das Paket nennt als Unterzeichner: %2). Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Unterzeichner genannt hat, und vertrauen Sie ihm dann.</translation>
    </message>
    <message>
        <source>No evidence bundle is open. Open one a campaign exported, or one an auditor sent you, to see who decided what and the evidence they saw.</source>
        <translation>Kein Nachweispaket geöffnet. Öffnen Sie eines, das eine Kampagne exportiert oder ein Prüfer Ihnen geschickt hat, um zu sehen, wer was entschieden hat und welche Nachweise vorlagen.</translation>
    </message>
    <message>
        <source>Open a bundle…</source>
        <translation>Paket öffnen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>recertify::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>recertify::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>%n offener Befund</numerusform>
            <numerusform>%n offene Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity, finding or detail…</source>
        <translation>Identität, Befund oder Detail…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>No open findings. They appear once identities are imported or synced (Sources) and analysed: unused or out-of-scope grants, missing owners, old credentials, reviews overdue.</source>
        <translation>Keine offenen Befunde. Sie erscheinen, sobald Identitäten importiert oder synchronisiert (Quellen) und analysiert sind: ungenutzte oder über den Zweck hinausgehende Berechtigungen, fehlende Eigentümer, alte Zugangsdaten, überfällige Überprüfungen.</translation>
    </message>
    <message>
        <source>No open finding matches the search and filters.</source>
        <translation>Kein offener Befund passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>Select a finding to read it in full here; Enter opens its identity.</source>
        <translation>Wählen Sie einen Befund, um ihn hier vollständig zu lesen; Eingabe öffnet seine Identität.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4), since %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4), seit %5&lt;br&gt;%6</translation>
    </message>
</context>
<context>
    <name>recertify::GitHubSourceDialog</name>
    <message>
        <source>As a GitHub &amp;App (recommended: it can read fine-grained tokens)</source>
        <translation>Als GitHub &amp;App (empfohlen: kann fein abgestimmte Token lesen)</translation>
    </message>
    <message>
        <source>With a &amp;token</source>
        <translation>Mit einem &amp;Token</translation>
    </message>
    <message>
        <source>Connect a GitHub organisation</source>
        <translation>GitHub-Organisation verbinden</translation>
    </message>
    <message>
        <source>Contoso on GitHub</source>
        <translation>Contoso auf GitHub</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The organisation&apos;s login, as in github.com/LOGIN</source>
        <translation>Login der Organisation, wie in github.com/LOGIN</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>REST API URL</source>
        <translation>REST-API-URL</translation>
    </message>
    <message>
        <source>The App&apos;s id, from its settings page</source>
        <translation>ID der App, von ihrer Einstellungsseite</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>The .pem file GitHub let you download</source>
        <translation>Die .pem-Datei, die Sie bei GitHub heruntergeladen haben</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation>Nur im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The App needs read access to Administration, Members and Personal access tokens (and requests) of the organisation, and to Administration of its repositories for deploy keys; the audit log needs GitHub Enterprise Cloud. The key or token goes to the OS keychain; Recertify stores only the keychain entry&apos;s name.</source>
        <translation>Die App benötigt Lesezugriff auf Administration, Members und Personal access tokens (samt Personal access token requests) der Organisation sowie auf Administration ihrer Repositorys für die Deploy-Schlüssel; das Auditprotokoll erfordert GitHub Enterprise Cloud. Der Schlüssel bzw. das Token kommt in den Schlüsselbund des Betriebssystems; Recertify speichert nur den Namen des Schlüsselbundeintrags.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei des privaten Schlüssels auswählen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>GitHub App private key</source>
        <translation>Privater Schlüssel der GitHub App</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Name the organisation.</source>
        <translation>Geben Sie die Organisation an.</translation>
    </message>
    <message>
        <source>API URL: expected a URL such as https://api.github.com</source>
        <translation>API-URL: erwartet wird eine URL wie https://api.github.com</translation>
    </message>
    <message>
        <source>Give the App&apos;s id.</source>
        <translation>Geben Sie die ID der App an.</translation>
    </message>
    <message>
        <source>Private key: cannot read %1</source>
        <translation>Privater Schlüssel: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Private key: not a PEM private key</source>
        <translation>Privater Schlüssel: kein privater Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>Give the token.</source>
        <translation>Geben Sie das Token an.</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>To&amp;ken:</translation>
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
        <translation>Außer­betrieb­nahme</translation>
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
    <message>
        <source>Details of the selected identity</source>
        <translation>Details der gewählten Identität</translation>
    </message>
    <message numerus="yes">
        <source>Recent activity (%n day aggregate(s))</source>
        <translation>
            <numerusform>Letzte Aktivität (%n Tagesaggregat)</numerusform>
            <numerusform>Letzte Aktivität (%n Tagesaggregate)</numerusform>
        </translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
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
        <source>Trust debt, 0 to 100: what stays unresolved about this identity, with interest</source>
        <translation>Vertrauensschuld, 0 bis 100: was an dieser Identität ungeklärt bleibt, samt Zinsen</translation>
    </message>
    <message>
        <source>Trust debt (0–100): what its open findings add up to</source>
        <translation>Vertrauensschuld (0–100): was ihre offenen Befunde zusammen ausmachen</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <comment>column title, as short as possible</comment>
        <translation>Schuld</translation>
    </message>
    <message>
        <source>Business owner</source>
        <comment>column title, as short as possible</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>column title, as short as possible</comment>
        <translation>Zuletzt genutzt</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityWindow</name>
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
        <source>Retire on</source>
        <translation>Stilllegen am</translation>
    </message>
    <message>
        <source>Save ownership</source>
        <translation>Eigentümerschaft speichern</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Stilllegen…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>Gewährt über</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>name@example.com — accountable for it</source>
        <translation>name@example.com — ist dafür verantwortlich</translation>
    </message>
    <message>
        <source>name@example.com — runs it</source>
        <translation>name@example.com — betreibt sie</translation>
    </message>
    <message>
        <source>What it is for, in one sentence</source>
        <translation>Wozu sie dient, in einem Satz</translation>
    </message>
    <message>
        <source>Permissions or tools it needs, comma-separated</source>
        <translation>Benötigte Berechtigungen oder Tools, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Or an event: &quot;when the Q3 migration ends&quot;</source>
        <translation>Oder ein Ereignis: „wenn die Q3-Migration abgeschlossen ist“</translation>
    </message>
    <message>
        <source>Ownership and purpose</source>
        <translation>Eigentümerschaft und Zweck</translation>
    </message>
    <message>
        <source>Business owner:</source>
        <translation>Fachlicher Eigentümer:</translation>
    </message>
    <message>
        <source>Technical owner:</source>
        <translation>Technischer Eigentümer:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation>Erklärter Umfang:</translation>
    </message>
    <message>
        <source>Retirement:</source>
        <translation>Stilllegung:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Vertrauensschuld</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Wirkungsradius</translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation>Diese Identität kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation>%1 — Recertify</translation>
    </message>
    <message>
        <source>%1 from %2 · %3 · %4</source>
        <translation>%1 aus %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · discovered from activity</source>
        <translation> · aus Aktivität entdeckt</translation>
    </message>
    <message>
        <source> · delegated by %1</source>
        <translation> · delegiert von %1</translation>
    </message>
    <message>
        <source>Trust debt %1</source>
        <translation>Vertrauensschuld %1</translation>
    </message>
    <message>
        <source>Privilege drift of this identity</source>
        <translation>Rechtedrift dieser Identität</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Administrator or wildcard-everything grant</source>
        <translation>Administratorberechtigung oder Berechtigung mit Platzhalter für alles</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>Grants (%1, %2 unused)</source>
        <translation>Berechtigungen (%1, davon %2 ungenutzt)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Zugangsdaten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>It reaches no other identity: its own %n permissions are its whole reach.</source>
        <translation>
            <numerusform>Sie erreicht keine andere Identität: Ihre eigene %n Berechtigung ist ihre gesamte Reichweite.</numerusform>
            <numerusform>Sie erreicht keine andere Identität: Ihre eigenen %n Berechtigungen sind ihre gesamte Reichweite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through delegation and role assumption it reaches %1 other identities and %2 distinct permissions in all.</source>
        <translation>Über Delegierung und Rollenübernahme erreicht sie %1 weitere Identitäten und insgesamt %2 verschiedene Berechtigungen.</translation>
    </message>
    <message>
        <source>Saved; recorded in the audit log.</source>
        <translation>Gespeichert; im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>Why is %1 becoming %2?</source>
        <translation>Warum wechselt %1 in den Status „%2“?</translation>
    </message>
    <message>
        <source>Read only: your team role does not change ownership or lifecycle.</source>
        <translation>Nur lesen: Ihre Team-Rolle ändert weder Eigentümerschaft noch Lebenszyklus.</translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation>Aktivitätsdaten decken %1 der letzten 90 Tage für %2 ab</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: import its activity (CloudTrail, audit logs, sign-ins) to tell used from unused grants</source>
        <translation>Keine Aktivitätsdaten für %1 in den letzten 90 Tagen: Aktivität importieren (CloudTrail, Auditprotokolle, Anmeldungen), um genutzte von ungenutzten Berechtigungen zu unterscheiden</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>Nutzung unbekannt</translation>
    </message>
    <message>
        <source>Grants (%1, usage unknown)</source>
        <translation>Berechtigungen (%1, Nutzung unbekannt)</translation>
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
    <message>
        <source>Search identities</source>
        <translation>Identitäten durchsuchen</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
</context>
<context>
    <name>recertify::K8sSourceDialog</name>
    <message>
        <source>Connect a Kubernetes cluster</source>
        <translation>Kubernetes-Cluster verbinden</translation>
    </message>
    <message>
        <source>Production cluster</source>
        <translation>Produktionscluster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default: $KUBECONFIG, else ~/.kube/config</source>
        <translation>Standard: $KUBECONFIG, sonst ~/.kube/config</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Kubeconfig-Datei</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Recertify reaches the cluster as kubectl does, with the context&apos;s certificate authority, token, client certificate or credential plugin; it stores only the file&apos;s path and the context&apos;s name. The user needs to list service accounts, pods, secrets (read by metadata only) and the RBAC roles and bindings: the README has the ClusterRole.</source>
        <translation>Recertify erreicht den Cluster wie kubectl, mit der Zertifizierungsstelle, dem Token, dem Client-Zertifikat oder dem Anmeldedaten-Plugin des Kontexts; gespeichert werden nur der Pfad der Datei und der Name des Kontexts. Der Benutzer muss Dienstkonten, Pods, Secrets (nur deren Metadaten werden gelesen) sowie die RBAC-Rollen und -Bindungen auflisten dürfen: Die ClusterRole steht in der README.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file</source>
        <translation>kubeconfig-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>K&amp;ontext:</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation>Geben Sie dem Cluster einen Namen.</translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Eigentümer &amp; Verwaiste</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Meine Überprüfungen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
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
    <message>
        <source>&amp;Open evidence bundle…</source>
        <translation>&amp;Nachweispaket öffnen…</translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Nachweispakete (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>&amp;Signaturschlüssel…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Evidence bundles are signed with the Ed25519 key whose fingerprint is:

%1

Give it to your auditors so they can trust it.</source>
        <translation>Nachweispakete werden mit dem Ed25519-Schlüssel mit diesem Fingerabdruck signiert:

%1

Geben Sie ihn Ihren Auditoren, damit sie ihm vertrauen können.</translation>
    </message>
    <message>
        <source>No signing key yet: the first export makes one and keeps it in the OS keychain.

%1</source>
        <translation>Noch kein Signaturschlüssel: Der erste Export erzeugt einen und legt ihn im Schlüsselbund des Betriebssystems ab.

%1</translation>
    </message>
    <message>
        <source>Signed in as %1, who is not on the team: ask the store&apos;s owner to add this login</source>
        <translation>Angemeldet als %1, nicht Mitglied des Teams: Bitten Sie den Eigentümer des Datenbestands, dieses Login hinzuzufügen</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>Updated with changes made on another desktop</source>
        <translation>Mit Änderungen von einem anderen Arbeitsplatz aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation>Mit Team-Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open a &amp;local store…</source>
        <translation>&amp;Lokalen Datenbestand öffnen…</translation>
    </message>
    <message>
        <source>Open or create a local store</source>
        <translation>Lokalen Datenbestand öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Recertify stores (*.sqlite)</source>
        <translation>Recertify-Datenbestände (*.sqlite)</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Wer bin ich…</translation>
    </message>
    <message>
        <source>The demo estate could not be written: %1</source>
        <translation>Der Demo-Bestand konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo estate: %n identities</source>
        <translation>
            <numerusform>Demo-Bestand geladen: %n Identität</numerusform>
            <numerusform>Demo-Bestand geladen: %n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation>%1 — Recertify</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The demo estate written on %1</source>
        <translation>Der am %1 geschriebene Demo-Bestand</translation>
    </message>
    <message>
        <source>The import of %1 on %2</source>
        <translation>Der Import von %1 am %2</translation>
    </message>
    <message>
        <source>Findings may be out of date: %1 ended before its analysis. The next import or sync by a governance manager recomputes them.</source>
        <translation>Die Befunde sind möglicherweise veraltet: %1 endete vor seiner Analyse. Der nächste Import oder die nächste Synchronisierung durch eine Governance-Verantwortliche berechnet sie neu.</translation>
    </message>
    <message>
        <source>Bringing findings up to date: %1 ended before its analysis…</source>
        <translation>Befunde werden aktualisiert: %1 endete vor seiner Analyse…</translation>
    </message>
    <message>
        <source>Findings could not be brought up to date: %1</source>
        <translation>Die Befunde konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings are up to date again: %n open</source>
        <translation>
            <numerusform>Die Befunde sind wieder aktuell: %n offen</numerusform>
            <numerusform>Die Befunde sind wieder aktuell: %n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::NewCampaignDialog</name>
    <message>
        <source>Quarterly recertification</source>
        <translation>Vierteljährliche Rezertifizierung</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>e.g. kind=ai-agent debt&gt;=40 — empty: every identity that is not retired</source>
        <translation>z. B. kind=ai-agent debt&gt;=40 — leer: alle nicht stillgelegten Identitäten</translation>
    </message>
    <message>
        <source>governance@example.com — reviews what nobody active owns</source>
        <translation>governance@example.com — prüft, was keinem aktiven Eigentümer gehört</translation>
    </message>
    <message>
        <source>None: one reviewer decides</source>
        <translation>Keine: Ein Prüfer entscheidet</translation>
    </message>
    <message>
        <source>The technical owner confirms</source>
        <translation>Der technische Eigentümer bestätigt</translation>
    </message>
    <message>
        <source>The reviewer&apos;s manager confirms</source>
        <translation>Die Führungskraft des Prüfers bestätigt</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Fallback reviewer:</source>
        <translation>&amp;Ersatzprüfer:</translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation>&amp;Zweite Stufe:</translation>
    </message>
    <message>
        <source>What it will do:</source>
        <translation>Was sie tun wird:</translation>
    </message>
    <message>
        <source>Ask only the attestations whose certification has run out</source>
        <translation>Nur Bestätigungen erfragen, deren Zertifizierung abgelaufen ist</translation>
    </message>
    <message>
        <source>Ownership, task scope and business need are each certified until their own date; with this, an identity is asked only what has run out, and one still certified for all three is left out</source>
        <translation>Eigentümerschaft, Aufgabenumfang und geschäftlicher Bedarf sind jeweils bis zu einem eigenen Datum zertifiziert; damit wird eine Identität nur zu Abgelaufenem befragt, und eine für alle drei noch zertifizierte bleibt außen vor</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every month (30 days)</source>
        <translation>Jeden Monat (30 Tage)</translation>
    </message>
    <message>
        <source>Every quarter (90 days)</source>
        <translation>Jedes Quartal (90 Tage)</translation>
    </message>
    <message>
        <source>Every half year (182 days)</source>
        <translation>Jedes Halbjahr (182 Tage)</translation>
    </message>
    <message>
        <source>Every year (365 days)</source>
        <translation>Jedes Jahr (365 Tage)</translation>
    </message>
    <message>
        <source>Repeating keeps a recurring template: the next campaigns start by themselves and ask only what has run out</source>
        <translation>Wiederholen legt eine wiederkehrende Vorlage an: Die nächsten Kampagnen starten von selbst und fragen nur Abgelaufenes</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Campaign started, but it will not repeat: %1. Define the recurrence in Recurring….</source>
        <translation>Kampagne gestartet, sie wiederholt sich aber nicht: %1. Legen Sie die Wiederholung unter Wiederkehrend… fest.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>recertify::OrphansPage</name>
    <message>
        <source>Import people directory…</source>
        <translation>Personenverzeichnis importieren…</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Eigentümer &amp; Verwaiste</translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation>CSV mit der Kopfzeile email,name,manager,active</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no owner, an owner the people directory does not know, or an owner who has left. Open one to assign an owner; every change goes into the audit log.</source>
        <translation>
            <numerusform>%n Identität hat keinen Eigentümer, einen dem Personenverzeichnis unbekannten Eigentümer oder einen ausgeschiedenen Eigentümer. Öffnen Sie sie, um einen Eigentümer zuzuweisen; jede Änderung wird im Audit-Protokoll erfasst.</numerusform>
            <numerusform>%n Identitäten haben keinen Eigentümer, einen dem Personenverzeichnis unbekannten Eigentümer oder einen ausgeschiedenen Eigentümer. Öffnen Sie eine davon, um einen Eigentümer zuzuweisen; jede Änderung wird im Audit-Protokoll erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Identities without a current owner</source>
        <translation>Identitäten ohne aktuellen Eigentümer</translation>
    </message>
</context>
<context>
    <name>recertify::ReviewQueuePage</name>
    <message>
        <source>Confirm the owner</source>
        <translation>Eigentümer bestätigen</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Neu zuweisen an</translation>
    </message>
    <message>
        <source>Keep the scope</source>
        <translation>Umfang beibehalten</translation>
    </message>
    <message>
        <source>Reduce: remove the grants ticked below</source>
        <translation>Reduzieren: die unten angekreuzten Berechtigungen entfernen</translation>
    </message>
    <message>
        <source>Certify until</source>
        <translation>Zertifizieren bis</translation>
    </message>
    <message>
        <source>Revoke (disable)</source>
        <translation>Widerrufen (deaktivieren)</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Decide and next (Ctrl+Enter)</source>
        <translation>Entscheiden und weiter (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Meine Überprüfungen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Why: required to revoke, to reduce, and to certify with open high-severity findings</source>
        <translation>Begründung: erforderlich zum Widerrufen, zum Reduzieren und zum Zertifizieren trotz offener Befunde mit hohem Schweregrad</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Prüfen als:</translation>
    </message>
    <message>
        <source>1. Ownership</source>
        <translation>1. Eigentümerschaft</translation>
    </message>
    <message>
        <source>2. Task scope</source>
        <translation>2. Aufgabenumfang</translation>
    </message>
    <message>
        <source>3. Business need</source>
        <translation>3. Geschäftlicher Bedarf</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig am %2)</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>Vertrauensschuld %1</translation>
    </message>
    <message>
        <source> · unchanged since last review</source>
        <translation> · unverändert seit der letzten Überprüfung</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation>Entschieden am %1.</translation>
    </message>
    <message>
        <source>Why it is here:</source>
        <translation>Grund für die Aufnahme:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>keiner dokumentiert</translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation>Erklärter Umfang:</translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 in the last 90 days</source>
        <translation>Gewährt %1 · genutzt %2 · ungenutzt %3 in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Vertrauensschuld</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n days old</source>
        <translation>
            <numerusform>%1 %2, %n Tag alt</numerusform>
            <numerusform>%1 %2, %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt genutzt:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Hand on…</source>
        <translation>Weitergeben…</translation>
    </message>
    <message>
        <source>Give this item to someone who knows the identity better; recorded in the audit log</source>
        <translation>Diesen Eintrag an jemanden geben, der die Identität besser kennt; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Hand on</source>
        <translation>Weitergeben</translation>
    </message>
    <message>
        <source>Email address of the reviewer who takes this item over:</source>
        <translation>E-Mail-Adresse des Prüfers, der diesen Eintrag übernimmt:</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>An %1 übergeben.</translation>
    </message>
    <message>
        <source>Decide all selected</source>
        <translation>Alle ausgewählten entscheiden</translation>
    </message>
    <message>
        <source>Applies this answer to every selected item (Ctrl+click or Shift+click in the queue); each decision is checked, audited and timed on its own</source>
        <translation>Wendet diese Antwort auf jeden ausgewählten Eintrag an (Strg+Klick oder Umschalt+Klick in der Liste); jede Entscheidung wird einzeln geprüft, protokolliert und gemessen</translation>
    </message>
    <message>
        <source>Reducing scope picks grants per identity; decide those one at a time, or keep the scope for all.</source>
        <translation>Beim Reduzieren werden Berechtigungen je Identität gewählt; entscheiden Sie diese einzeln oder behalten Sie den Umfang für alle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions recorded</source>
        <translation>
            <numerusform>%n Entscheidung gespeichert</numerusform>
            <numerusform>%n Entscheidungen gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n flagged to your manager</source>
        <translation>
            <numerusform>; %n an Ihren Vorgesetzten gemeldet</numerusform>
            <numerusform>; %n an Ihren Vorgesetzten gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>This item was just decided on another desktop; nothing you entered was recorded. Move on to the next one.</source>
        <translation>Dieses Element wurde gerade an einem anderen Arbeitsplatz entschieden; Ihre Eingaben wurden nicht gespeichert. Fahren Sie mit dem nächsten fort.</translation>
    </message>
    <message>
        <source>Apply the recommendation</source>
        <translation>Empfehlung übernehmen</translation>
    </message>
    <message>
        <source>No recommendation on scope: no activity data covers this identity (%1), so nothing is known to be unused.</source>
        <translation>Keine Empfehlung zum Umfang: Für diese Identität liegen keine Aktivitätsdaten vor (%1), daher ist nichts als ungenutzt bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: reduce: %n grant(s) unused in the last 90 days (%1).</source>
        <translation>
            <numerusform>Empfohlen: reduzieren: %n Berechtigung in den letzten 90 Tagen ungenutzt (%1).</numerusform>
            <numerusform>Empfohlen: reduzieren: %n Berechtigungen in den letzten 90 Tagen ungenutzt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: keep the scope: every grant was used in the last 90 days.</source>
        <translation>Empfohlen: Umfang beibehalten: Jede Berechtigung wurde in den letzten 90 Tagen genutzt.</translation>
    </message>
    <message>
        <source>Answer %1 first</source>
        <translation>Zuerst %1 beantworten</translation>
    </message>
    <message>
        <source>Nothing was recorded: answer %1 first.</source>
        <translation>Nichts wurde erfasst: zuerst %1 beantworten.</translation>
    </message>
    <message>
        <source>Nobody to confirm: it has no owner, or its owner left. Name a new owner or revoke.</source>
        <translation>Niemand zu bestätigen: Es gibt keinen Verantwortlichen, oder er hat das Unternehmen verlassen. Benennen Sie einen neuen oder entziehen Sie den Zugang.</translation>
    </message>
    <message>
        <source>No owner to confirm: name a new owner, or revoke.</source>
        <translation>Kein Verantwortlicher zu bestätigen: Benennen Sie einen neuen oder entziehen Sie den Zugang.</translation>
    </message>
    <message>
        <source>All open campaigns</source>
        <translation>Alle offenen Kampagnen</translation>
    </message>
    <message>
        <source>Your queue, %1, or that of someone who reports to you</source>
        <translation>Ihre Warteschlange, %1, oder die einer Person, die an Sie berichtet</translation>
    </message>
    <message>
        <source>on behalf of %1: each decision records you as the one who decided</source>
        <translation>im Auftrag von %1: jede Entscheidung nennt Sie als entscheidende Person</translation>
    </message>
    <message>
        <source>owner now %1</source>
        <translation>Verantwortlicher jetzt %1</translation>
    </message>
    <message>
        <source>owner confirmed</source>
        <translation>Verantwortlicher bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) to remove</source>
        <translation>
            <numerusform>%n Berechtigung zu entfernen</numerusform>
            <numerusform>%n Berechtigungen zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>scope kept</source>
        <translation>Umfang beibehalten</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>to be retired</source>
        <translation>wird stillgelegt</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>zertifiziert bis %1</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>zertifiziert</translation>
    </message>
    <message>
        <source>Decided by you on behalf of %1.</source>
        <translation>Von Ihnen im Auftrag von %1 entschieden.</translation>
    </message>
    <message>
        <source>Flagged to your manager: %1.</source>
        <translation>An Ihre Führungskraft gemeldet: %1.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Reviewing as</source>
        <translation>Überprüfen als</translation>
    </message>
    <message>
        <source>Identities to review</source>
        <translation>Zu überprüfende Identitäten</translation>
    </message>
    <message>
        <source>Evidence for the selected identity</source>
        <translation>Nachweise zur gewählten Identität</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Grants to remove</source>
        <translation>Zu entfernende Berechtigungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No open campaign has items for you. A governance manager starts campaigns in &lt;b&gt;Campaigns&lt;/b&gt; (&lt;i&gt;New campaign…&lt;/i&gt;); each identity goes to its owner, and yours appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine offene Kampagne hat Elemente für Sie. Governance-Verantwortliche starten Kampagnen unter &lt;b&gt;Kampagnen&lt;/b&gt; (&lt;i&gt;Neue Kampagne…&lt;/i&gt;); jede Identität geht an ihren Eigentümer, und Ihre erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Answer this item again until the campaign closes: the new decision supersedes the one recorded, and both stay on record</source>
        <translation>Dieses Element bis zum Abschluss der Kampagne neu beantworten: Die neue Entscheidung ersetzt die erfasste, beide bleiben erhalten</translation>
    </message>
    <message>
        <source>Amended on %1: %2.</source>
        <translation>Geändert am %1: %2.</translation>
    </message>
    <message>
        <source>Decided on %1: %2.</source>
        <translation>Entschieden am %1: %2.</translation>
    </message>
    <message>
        <source>Record the amendment (Ctrl+Enter)</source>
        <translation>Änderung erfassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Amending the decision of %1 (%2). Answer all three again; the new decision supersedes it and both stay on record.</source>
        <translation>Sie ändern die Entscheidung vom %1 (%2). Beantworten Sie alle drei Fragen neu; die neue Entscheidung ersetzt die alte, beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>Amendment recorded for %1: %2. The earlier decision stays on record, superseded.</source>
        <translation>Änderung für %1 erfasst: %2. Die frühere Entscheidung bleibt als ersetzt erhalten.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Erfasst für %1: %2.</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <source>Search names, ids, campaigns (Ctrl+F)</source>
        <translation>Namen, IDs, Kampagnen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Sort the queue by</source>
        <translation>Warteschlange sortieren nach</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Trust debt, highest first</source>
        <translation>Vertrauensschuld, höchste zuerst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>S&amp;ortieren nach:</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>Ownership holds until</source>
        <translation>Eigentümerschaft gilt bis</translation>
    </message>
    <message>
        <source>Task scope holds until</source>
        <translation>Aufgabenumfang gilt bis</translation>
    </message>
    <message>
        <source>Business need certified until</source>
        <translation>Geschäftlicher Bedarf zertifiziert bis</translation>
    </message>
    <message>
        <source>holds until</source>
        <translation>gilt bis</translation>
    </message>
    <message>
        <source>The task scope answer holds until</source>
        <translation>Die Antwort zum Aufgabenumfang gilt bis</translation>
    </message>
    <message>
        <source>The task scope is still certified; this item does not ask about it.</source>
        <translation>Der Aufgabenumfang ist noch zertifiziert; dieses Element fragt nicht danach.</translation>
    </message>
    <message>
        <source>%1 — not asked: certified until %2</source>
        <translation>%1 — nicht erfragt: zertifiziert bis %2</translation>
    </message>
    <message>
        <source>a later date</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Not asked in this item</source>
        <translation>In diesem Element nicht erfragt</translation>
    </message>
    <message>
        <source>ownership not asked</source>
        <translation>Eigentümerschaft nicht erfragt</translation>
    </message>
    <message>
        <source>task scope not asked</source>
        <translation>Aufgabenumfang nicht erfragt</translation>
    </message>
    <message>
        <source>business need not asked</source>
        <translation>geschäftlicher Bedarf nicht erfragt</translation>
    </message>
    <message>
        <source>answer %1 first</source>
        <translation>zuerst %1 beantworten</translation>
    </message>
    <message>
        <source>%1 %2, age unknown</source>
        <translation>%1 %2, Alter unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation>
            <numerusform>an %n Tag mit Aktivitätsdaten nicht gesehen</numerusform>
            <numerusform>an %n Tagen mit Aktivitätsdaten nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation>unbekannt: keine Aktivitätsdaten</translation>
    </message>
    <message>
        <source>Granted %1 · usage unknown: no activity data for %2 in the last 90 days</source>
        <translation>Gewährt %1 · Nutzung unbekannt: keine Aktivitätsdaten für %2 in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>Nutzung unbekannt</translation>
    </message>
</context>
<context>
    <name>recertify::SourcesPage</name>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Import from files</source>
        <translation>Aus Dateien importieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Zu importierender Ordner</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 changed, %3 removed, %4 unchanged.</source>
        <translation>Fertig: %1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert.</translation>
    </message>
    <message>
        <source>%1 activity events in %2 day aggregates; %3 identities discovered from activity; %4 records without a principal skipped.</source>
        <translation>%1 Aktivitätsereignisse in %2 Tagesaggregaten; %3 Identitäten aus Aktivität entdeckt; %4 Datensätze ohne Prinzipal übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been imported before; their activity was not counted again.</source>
        <translation>
            <numerusform>%n Datei war bereits importiert; ihre Aktivität wurde nicht erneut gezählt.</numerusform>
            <numerusform>%n Dateien waren bereits importiert; ihre Aktivität wurde nicht erneut gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID…</source>
        <translation>Microsoft Entra ID verbinden…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Live sources</source>
        <translation>Live-Quellen</translation>
    </message>
    <message>
        <source>Secret in the keychain as %1</source>
        <translation>Geheimnis im Schlüsselbund als %1</translation>
    </message>
    <message>
        <source>Detect from the files</source>
        <translation>Aus den Dateien erkennen</translation>
    </message>
    <message>
        <source>Complete for %1; identities elsewhere were left alone.</source>
        <translation>Vollständig für %1; Identitäten anderswo blieben unberührt.</translation>
    </message>
    <message>
        <source>Connect Kubernetes…</source>
        <translation>Kubernetes verbinden…</translation>
    </message>
    <message>
        <source>Connect live sources to be synced on a schedule, or import identities, credentials, grants and activity from the files your systems export. Each sync or import is one transaction: a bad input changes nothing, and the same data again changes nothing.</source>
        <translation>Verbinden Sie Live-Quellen, die nach Zeitplan synchronisiert werden, oder importieren Sie Identitäten, Zugangsdaten, Berechtigungen und Aktivität aus den Dateien, die Ihre Systeme exportieren. Jede Synchronisierung und jeder Import ist eine Transaktion: Fehlerhafte Eingaben ändern nichts, und dieselben Daten ein zweites Mal ändern ebenfalls nichts.</translation>
    </message>
    <message>
        <source>How often the selected source is synced</source>
        <translation>Wie oft die ausgewählte Quelle synchronisiert wird</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anfrage</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronisierung:</translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation>Synchronisierung alle %1</translation>
    </message>
    <message>
        <source>synced when asked</source>
        <translation>Synchronisierung nur auf Anfrage</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>never synced yet</source>
        <translation>noch nie synchronisiert</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Syncing %1 (scheduled)…</source>
        <translation>%1 wird synchronisiert (geplant)…</translation>
    </message>
    <message>
        <source>%1 synced: %2 added, %3 changed, %4 removed</source>
        <translation>%1 synchronisiert: %2 hinzugefügt, %3 geändert, %4 entfernt</translation>
    </message>
    <message>
        <source>%1 could not be synced: %2</source>
        <translation>%1 konnte nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>Connect GitHub…</source>
        <translation>GitHub verbinden…</translation>
    </message>
    <message>
        <source>Connect AWS…</source>
        <translation>AWS verbinden…</translation>
    </message>
    <message>
        <source>Exports (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;All files (*)</source>
        <translation>Exporte (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connected sources</source>
        <translation>Verbundene Quellen</translation>
    </message>
    <message>
        <source>Passed over most often: %1.</source>
        <translation>Am häufigsten übergangen: %1.</translation>
    </message>
    <message>
        <source>Namespace of the manifests</source>
        <translation>Namespace der Manifeste</translation>
    </message>
    <message>
        <source>These manifests name no namespace; they are applied with kubectl apply -n.
Namespace they are applied to:</source>
        <translation>Diese Manifeste nennen keinen Namespace; sie werden mit kubectl apply -n angewendet.
Namespace, in dem sie angewendet werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import and were not counted again.</source>
        <translation>
            <numerusform>%n Ereignis war schon von einem früheren Import gezählt worden und wurde nicht erneut gezählt.</numerusform>
            <numerusform>%n Ereignisse waren schon von einem früheren Import gezählt worden und wurden nicht erneut gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No live source is connected yet. Connect one below to keep its identities current on a schedule.</source>
        <translation>Noch keine Live-Quelle verbunden. Verbinden Sie unten eine, damit ihre Identitäten planmäßig aktuell bleiben.</translation>
    </message>
    <message>
        <source>No files chosen. Add exports with Add files… or Add folder…, then Import.</source>
        <translation>Keine Dateien gewählt. Fügen Sie Exporte mit „Dateien hinzufügen…“ oder „Ordner hinzufügen…“ hinzu und wählen Sie dann „Importieren“.</translation>
    </message>
    <message>
        <source>Nothing was imported or synced yet. Every run, good or failed, is listed here.</source>
        <translation>Noch nichts importiert oder synchronisiert. Jeder Lauf, erfolgreich oder fehlgeschlagen, wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1 Then this import failed and changed nothing: %2</source>
        <translation>%1 Danach schlug dieser Import fehl und änderte nichts: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Telling the files apart…</source>
        <translation>Dateien werden unterschieden…</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Further changes: %n more.</source>
        <translation>
            <numerusform>Weitere Änderungen: %n weitere.</numerusform>
            <numerusform>Weitere Änderungen: %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file had been imported before, so nothing was retired: what it leaves out may have come since from another input.</source>
        <translation>Jede Datei war schon einmal importiert, daher wurde nichts stillgelegt: Was sie auslässt, kann seither aus einer anderen Eingabe gekommen sein.</translation>
    </message>
</context>
<context>
    <name>recertify::SyncRunTableModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Inputs or error</source>
        <translation>Eingaben oder Fehler</translation>
    </message>
    <message>
        <source>Complete for no scope: nothing could be retired by this run.</source>
        <translation>Für keinen Geltungsbereich vollständig: Dieser Lauf konnte nichts stilllegen.</translation>
    </message>
    <message>
        <source>Complete for: %1 (only there could identities be retired)</source>
        <translation>Vollständig für: %1 (nur dort konnten Identitäten stillgelegt werden)</translation>
    </message>
    <message>
        <source>Complete for</source>
        <translation>Vollständig für</translation>
    </message>
</context>
<context>
    <name>recertify::TemplatesDialog</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Recurring campaigns</source>
        <translation>Wiederkehrende Kampagnen</translation>
    </message>
    <message>
        <source>A template starts the same review again and again: after every sync, each template whose time has come starts its campaign. A run missed for several periods starts one campaign, not a backlog.</source>
        <translation>Eine Vorlage startet dieselbe Überprüfung immer wieder: Nach jeder Synchronisierung startet jede fällige Vorlage ihre Kampagne. Ein über mehrere Perioden verpasster Lauf startet eine Kampagne, keinen Rückstau.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Fällig nach</translation>
    </message>
    <message>
        <source>Next start</source>
        <translation>Nächster Start</translation>
    </message>
    <message>
        <source>Quarterly AI agent review</source>
        <translation>Vierteljährliche Überprüfung der KI-Agenten</translation>
    </message>
    <message>
        <source>kind=ai-agent source=aws-iam; empty for every identity that is not retired</source>
        <translation>kind=ai-agent source=aws-iam; leer für jede nicht stillgelegte Identität</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation>governance@example.com</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Eigentümer</translation>
    </message>
    <message>
        <source>Reviewer&apos;s manager</source>
        <translation>Vorgesetzte(r) des Prüfers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Start &amp;every:</source>
        <translation>Starten &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;Fällig nach:</translation>
    </message>
    <message>
        <source>&amp;First start:</source>
        <translation>&amp;Erster Start:</translation>
    </message>
    <message>
        <source>Fa&amp;llback reviewer:</source>
        <translation>Ersatz&amp;prüfer:</translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation>&amp;Zweite Stufe:</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Start due now</source>
        <translation>Fällige jetzt starten</translation>
    </message>
    <message>
        <source>Starts the campaigns of every template whose time has come, without waiting for the next sync</source>
        <translation>Startet die Kampagnen aller fälligen Vorlagen, ohne auf die nächste Synchronisierung zu warten</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>alle nicht stillgelegten Identitäten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; added; its first campaign starts on %2.</source>
        <translation>Vorlage „%1“ hinzugefügt; ihre erste Kampagne startet am %2.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay.</source>
        <translation>Vorlage „%1“ beendet; die von ihr gestarteten Kampagnen bleiben bestehen.</translation>
    </message>
    <message>
        <source>No template is due yet.</source>
        <translation>Noch ist keine Vorlage fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n campaign(s).</source>
        <translation>
            <numerusform>%n Kampagne gestartet.</numerusform>
            <numerusform>%n Kampagnen gestartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::TriggersDialog</name>
    <message>
        <source>Acted outside its declared scope</source>
        <translation>Außerhalb des erklärten Umfangs gehandelt</translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation>Eigentümer ausgeschieden</translation>
    </message>
    <message>
        <source>Credential expiring within (days)</source>
        <translation>Berechtigungsnachweis läuft ab in (Tagen)</translation>
    </message>
    <message>
        <source>Trust debt crossing (points)</source>
        <translation>Vertrauensschuld überschreitet (Punkte)</translation>
    </message>
    <message>
        <source>Campaign triggers</source>
        <translation>Kampagnen-Auslöser</translation>
    </message>
    <message>
        <source>After every sync, each trigger that is on starts a small campaign, due in a week, for the identities it newly finds. What no active owner can review goes to the fallback reviewer.</source>
        <translation>Nach jeder Synchronisierung startet jeder aktive Auslöser eine kleine Kampagne, fällig in einer Woche, für die Identitäten, die er neu findet. Was kein aktiver Eigentümer prüfen kann, geht an den Ersatzprüfer.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Fallback reviewer</source>
        <translation>Ersatzprüfer</translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation>governance@example.com</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>recertify::WelcomePage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Connect a live source…</source>
        <translation>Live-Quelle &amp;verbinden…</translation>
    </message>
    <message>
        <source>Load the &amp;demo estate</source>
        <translation>&amp;Demo-Bestand laden</translation>
    </message>
    <message>
        <source>&amp;Open an evidence bundle…</source>
        <translation>Nachweispaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Welcome to Recertify</source>
        <translation>Willkommen bei Recertify</translation>
    </message>
    <message>
        <source>This store holds no identities yet. Bring in the non-human identities of your estate — AI agents, service accounts, roles, keys and tokens — and Recertify shows who owns each, what it may do and what it actually does.</source>
        <translation>Dieser Datenbestand enthält noch keine Identitäten. Holen Sie die nicht-menschlichen Identitäten Ihrer Umgebung herein – KI-Agenten, Dienstkonten, Rollen, Schlüssel und Token –, und Recertify zeigt, wem jede gehört, was sie darf und was sie tatsächlich tut.</translation>
    </message>
    <message>
        <source>Exports you already have: AWS IAM and CloudTrail, kubectl output and audit logs, Microsoft Graph responses, GitHub and MCP files. Each file&apos;s format is told from its content.</source>
        <translation>Exporte, die Sie schon haben: AWS IAM und CloudTrail, kubectl-Ausgaben und Audit-Logs, Microsoft-Graph-Antworten, GitHub- und MCP-Dateien. Das Format jeder Datei wird an ihrem Inhalt erkannt.</translation>
    </message>
    <message>
        <source>Kubernetes, GitHub, AWS or Microsoft Entra ID, read straight from their APIs and kept current on a schedule. Credentials stay in your keychain or kubeconfig.</source>
        <translation>Kubernetes, GitHub, AWS oder Microsoft Entra ID, direkt über ihre APIs gelesen und nach Zeitplan aktuell gehalten. Zugangsdaten bleiben in Ihrem Schlüsselbund oder Ihrer kubeconfig.</translation>
    </message>
    <message>
        <source>300 made-up identities with owners, grants, usage and findings, to try every screen. Your own imports can replace them later.</source>
        <translation>300 erfundene Identitäten mit Eigentümern, Berechtigungen, Nutzung und Befunden, um jede Ansicht auszuprobieren. Ihre eigenen Importe können sie später ersetzen.</translation>
    </message>
    <message>
        <source>Check a signed review export you received: its signature, its signer and every file in it.</source>
        <translation>Einen erhaltenen, signierten Überprüfungsexport prüfen: seine Signatur, seinen Unterzeichner und jede Datei darin.</translation>
    </message>
    <message>
        <source>Writing the demo estate</source>
        <translation>Demo-Bestand wird geschrieben</translation>
    </message>
    <message>
        <source>This store holds no identities yet, and your sign-in may only read it. Ask a governance manager to import or connect the estate; meanwhile you can check an evidence bundle.</source>
        <translation>Dieser Datenbestand enthält noch keine Identitäten, und Ihre Anmeldung darf ihn nur lesen. Bitten Sie eine Governance-Verantwortliche oder einen Governance-Verantwortlichen, die Umgebung zu importieren oder zu verbinden; bis dahin können Sie ein Nachweispaket prüfen.</translation>
    </message>
</context>
<context>
    <name>recertify::WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Recertify records who made every decision. Choose yourself from the people directory, or type your email address; it is remembered for this store.</source>
        <translation>Recertify hält fest, wer jede Entscheidung getroffen hat. Wählen Sie sich im Personenverzeichnis aus oder geben Sie Ihre E-Mail-Adresse ein; sie wird für diesen Speicher gemerkt.</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Sie sind:</translation>
    </message>
    <message>
        <source>Choose a person, or type an email address such as ada@example.com.</source>
        <translation>Wählen Sie eine Person oder geben Sie eine E-Mail-Adresse wie ada@example.com ein.</translation>
    </message>
</context>
</TS>
