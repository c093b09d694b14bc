<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AccessAdvisorImporter</name>
    <message>
        <source>a get-service-last-accessed-details response with JobStatus</source>
        <translation>une réponse de get-service-last-accessed-details avec JobStatus</translation>
    </message>
    <message>
        <source>an Access Advisor response</source>
        <translation>une réponse Access Advisor</translation>
    </message>
    <message>
        <source>COMPLETED, got &quot;%1&quot;</source>
        <translation>COMPLETED, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation>une date et heure, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a service namespace</source>
        <translation>un espace de noms de service</translation>
    </message>
    <message>
        <source>no LastAuthenticatedEntity</source>
        <translation>LastAuthenticatedEntity absent</translation>
    </message>
    <message>
        <source>the entity&apos;s id</source>
        <translation>l&apos;ID de l&apos;entité</translation>
    </message>
    <message>
        <source>entity type %1</source>
        <translation>type d&apos;entité %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a get-service-last-accessed-details-with-entities response does not name its service: the last use of %n identities is kept, but not which service they used; keep the command with the response to record it</source>
        <translation>
            <numerusform>%1&#xa0;: une réponse de get-service-last-accessed-details-with-entities ne nomme pas son service&#xa0;: la dernière utilisation de %n identité est conservée, mais pas le service utilisé&#xa0;; gardez la commande avec la réponse pour l&apos;enregistrer</numerusform>
            <numerusform>%1&#xa0;: une réponse de get-service-last-accessed-details-with-entities ne nomme pas son service&#xa0;: la dernière utilisation de %n identités est conservée, mais pas les services utilisés&#xa0;; gardez la commande avec la réponse pour l&apos;enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an AWS Organizations access report (get-organizations-access-report): it counts the principals of each account that used a service but names none of them; run generate-service-last-accessed-details for each role or user and import its answer instead</source>
        <translation>%1&#xa0;: un rapport d’accès d’AWS Organizations (get-organizations-access-report)&#xa0;: il compte les principaux de chaque compte qui ont utilisé un service, mais n’en nomme aucun&#xa0;; exécutez plutôt generate-service-last-accessed-details pour chaque rôle ou utilisateur et importez sa réponse</translation>
    </message>
</context>
<context>
    <name>AfterChange</name>
    <message>
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Findings could not be recomputed: %1</source>
        <translation>Les constats n’ont pas pu être recalculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings of identity %1 could not be recomputed: %2</source>
        <translation>Les constats de l’identité %1 n’ont pas pu être recalculés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remediation could not be checked: %1</source>
        <translation>La remédiation n’a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Campaign triggers did not run: %1</source>
        <translation>Les déclencheurs de campagne ne se sont pas exécutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recurring campaigns did not start: %1</source>
        <translation>Les campagnes récurrentes n’ont pas démarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Gouvernance des agents IA et des autres identités non humaines.</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql:// URL (default: $RECERTIFY_DB, else %1)</source>
        <translation>Fichier de base de données SQLite ou URL postgresql:// (par défaut&#xa0;: $RECERTIFY_DB, sinon %1)</translation>
    </message>
    <message>
        <source>User interface language, such as de or fr (default: the system&apos;s)</source>
        <translation>Langue de l&apos;interface, par exemple de ou fr (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it shows data, then exit</source>
        <translation>Enregistrer une image PNG de la fenêtre principale dès qu&apos;elle affiche des données, puis quitter</translation>
    </message>
    <message>
        <source>Recertify</source>
        <translation>Recertify</translation>
    </message>
    <message>
        <source>Open this section: inventory, sources, owners, findings, dashboard, reviews, campaigns or evidence</source>
        <translation>Ouvrir cette section&#xa0;: inventory, sources, owners, findings, dashboard, reviews, campaigns ou evidence</translation>
    </message>
    <message>
        <source>--section: no section called &quot;%1&quot;</source>
        <translation>--section&#xa0;: aucune section nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Open the page of this identity (id or native id)</source>
        <translation>Ouvrir la page de cette identité (ID ou ID natif)</translation>
    </message>
    <message>
        <source>Colour scheme: system (default), light or dark</source>
        <translation>Jeu de couleurs&#xa0;: system (par défaut), light ou dark</translation>
    </message>
    <message>
        <source>An evidence bundle (.zip) to verify and browse</source>
        <translation>Un lot de preuves (.zip) à vérifier et à parcourir</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain; you will be asked again next time.

%1</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau&#xa0;; il vous sera redemandé la prochaine fois.

%1</translation>
    </message>
    <message>
        <source>Use the app as this person (email) on a local store, without asking or remembering</source>
        <translation>Utiliser l&apos;application en tant que cette personne (e-mail) sur un magasin local, sans demander ni mémoriser</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>%1: cannot read the audit checkpoint: %2</source>
        <translation>%1&#xa0;: impossible de lire le point de contrôle du journal d’audit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint (too large)</source>
        <translation>%1&#xa0;: pas un point de contrôle du journal d’audit (trop volumineux)</translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint</source>
        <translation>%1&#xa0;: pas un point de contrôle du journal d’audit</translation>
    </message>
    <message>
        <source>%1: cannot write the audit checkpoint: %2</source>
        <translation>%1&#xa0;: impossible d’écrire le point de contrôle du journal d’audit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no signed checkpoint of the audit chain, so rows removed from its end could not be noticed</source>
        <translation>%1&#xa0;: aucun point de contrôle signé de la chaîne d’audit&#xa0;; des lignes retirées à sa fin passeraient inaperçues</translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s signature does not verify with the signing key %2 (the file was changed, or another key signed it)</source>
        <translation>%1&#xa0;: la signature du point de contrôle ne se vérifie pas avec la clé de signature %2 (le fichier a été modifié, ou une autre clé l’a signé)</translation>
    </message>
    <message>
        <source>rows 1 to %1 were removed: the chain is empty, but the checkpoint of %2 signed row %1</source>
        <translation>les lignes 1 à %1 ont été retirées&#xa0;: la chaîne est vide, mais le point de contrôle du %2 a signé la ligne %1</translation>
    </message>
    <message>
        <source>row %1: rows after it were removed: the checkpoint of %2 signed row %3 as the end</source>
        <translation>ligne %1&#xa0;: les lignes suivantes ont été retirées&#xa0;: le point de contrôle du %2 a signé la ligne %3 comme fin</translation>
    </message>
    <message>
        <source>row %1: removed: the checkpoint of %2 signed it as the end of the chain</source>
        <translation>ligne %1&#xa0;: retirée&#xa0;: le point de contrôle du %2 l’a signée comme fin de la chaîne</translation>
    </message>
    <message>
        <source>row %1: not the row the checkpoint of %2 signed (the chain was rewritten up to here)</source>
        <translation>ligne %1&#xa0;: pas la ligne signée par le point de contrôle du %2 (la chaîne a été réécrite jusqu’ici)</translation>
    </message>
    <message>
        <source>rows %1 to %2: added after the last signed checkpoint (%3), not by Recertify or while it could not sign</source>
        <translation>lignes %1 à %2&#xa0;: ajoutées après le dernier point de contrôle signé (%3), pas par Recertify ou pendant qu’il ne pouvait pas signer</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>row %1: the chain does not start at the first row (a row before it was deleted)</source>
        <translation>ligne %1&#xa0;: la chaîne ne commence pas à la première ligne (une ligne antérieure a été supprimée)</translation>
    </message>
    <message>
        <source>row %1: does not follow row %2 (a row between them was deleted, or row %2 was changed)</source>
        <translation>ligne %1&#xa0;: ne suit pas la ligne %2 (une ligne intermédiaire a été supprimée, ou la ligne %2 a été modifiée)</translation>
    </message>
    <message>
        <source>row %1: its content does not match its hash (the row was edited)</source>
        <translation>ligne %1&#xa0;: son contenu ne correspond pas à son hachage (la ligne a été modifiée)</translation>
    </message>
    <message>
        <source>row %1: its time is not written the way Recertify writes it (the row was edited)</source>
        <translation>ligne %1&#xa0;: son heure n’est pas écrite comme Recertify l’écrit (la ligne a été modifiée)</translation>
    </message>
</context>
<context>
    <name>AwsIamImporter</name>
    <message>
        <source>the output of aws iam get-account-authorization-details</source>
        <translation>la sortie de aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>a policy ARN</source>
        <translation>un ARN de stratégie</translation>
    </message>
    <message>
        <source>the immutable id</source>
        <translation>l&apos;ID immuable</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>un horodatage, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: one page of a longer listing (IsTruncated): roles and users it leaves out are retired only when the run also holds the last page</source>
        <translation>%1&#xa0;: une page d&apos;une liste plus longue (IsTruncated)&#xa0;: les rôles et utilisateurs qu&apos;elle omet ne sont mis hors service que si l&apos;exécution contient aussi la dernière page</translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; kept as an unresolved grant</source>
        <translation>la stratégie %1 est attachée mais son document ne figure pas dans l&apos;entrée&#xa0;; conservée comme autorisation non résolue</translation>
    </message>
    <message>
        <source>%1: %2: %3 expands to more than %L4 grants through its groups; the limit is %L4</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 donne plus de %L4 autorisations par ses groupes&#xa0;; la limite est de %L4</translation>
    </message>
    <message>
        <source>account %1: the input lists no users, but it also leaves out policies that are attached (an export with --filter?): no user was retired</source>
        <translation>compte %1&#xa0;: l&apos;entrée ne liste aucun utilisateur, mais elle omet aussi des stratégies attachées (un export avec --filter&#xa0;?)&#xa0;: aucun utilisateur n&apos;a été retiré</translation>
    </message>
    <message>
        <source>account %1: the input lists no roles, but it also leaves out policies that are attached (an export with --filter?): no role was retired</source>
        <translation>compte %1&#xa0;: l&apos;entrée ne liste aucun rôle, mais elle omet aussi des stratégies attachées (un export avec --filter&#xa0;?)&#xa0;: aucun rôle n&apos;a été retiré</translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 is not in the input; its grants are shown as its policies give them, though the boundary may allow less</source>
        <translation>%1&#xa0;: sa limite d’autorisations %2 n’est pas dans l’entrée&#xa0;; ses autorisations sont montrées telles que ses stratégies les donnent, bien que la limite puisse en permettre moins</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grant(s) lie outside its permissions boundary %2 and are not counted: %3</source>
        <translation>
            <numerusform>%1&#xa0;: %n autorisation est hors de sa limite d’autorisations %2 et n’est pas comptée&#xa0;: %3</numerusform>
            <numerusform>%1&#xa0;: %n autorisations sont hors de sa limite d’autorisations %2 et ne sont pas comptées&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; AWS publishes it as every action on every resource, and it is kept so</source>
        <translation>la stratégie %1 est attachée mais son document n’est pas dans l’entrée&#xa0;; AWS la publie comme toute action sur toute ressource, et elle est conservée ainsi</translation>
    </message>
    <message>
        <source>%1: %2: not shown as grants, because a Deny statement refuses them: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: non affichées comme autorisations, car une instruction Deny les refuse&#xa0;: %3</translation>
    </message>
    <message>
        <source>an IAM Identity Center permission-set role (people sign in through it)</source>
        <translation>un rôle d’ensemble d’autorisations d’IAM Identity Center (des personnes s’y connectent)</translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 allows some actions only under conditions; the grants it lets through are shown as its policies give them, though the boundary may allow less</source>
        <translation>%1&#xa0;: sa limite d’autorisations %2 n’autorise certaines actions que sous conditions&#xa0;; les autorisations qu’elle laisse passer sont affichées telles que ses stratégies les donnent, bien que la limite puisse en permettre moins</translation>
    </message>
    <message>
        <source>%1: %2: %3 is in group %4, which the input does not describe (an export with --filter User?); what the group grants was left as an earlier import found it</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 est dans le groupe %4, que l’entrée ne décrit pas (un export avec --filter User&#xa0;?)&#xa0;; ce que le groupe accorde est resté tel qu’un import précédent l’a trouvé</translation>
    </message>
    <message>
        <source>%1 and %2 both list account %3 whole (two exports of one account?): they are read as one, so what only one of them leaves out is not taken away; import them one at a time, the older first</source>
        <translation>%1 et %2 listent tous deux le compte %3 en entier (deux exports d’un même compte&#xa0;?)&#xa0;: ils sont lus comme un seul, donc ce que l’un seul omet n’est pas retiré&#xa0;; importez-les un par un, le plus ancien d’abord</translation>
    </message>
    <message>
        <source>%1: %2: id %3 is listed for both %4 and %5; each is kept apart, under its ARN</source>
        <translation>%1&#xa0;: %2&#xa0;: l&apos;identifiant %3 figure pour %4 et pour %5&#xa0;; chacun est gardé à part, sous son ARN</translation>
    </message>
    <message>
        <source>policy %1 has one default version in %2 and another in %3: the one updated later (in %4) is used for every identity it is attached to</source>
        <translation>la stratégie %1 a une version par défaut dans %2 et une autre dans %3&#xa0;: celle mise à jour le plus tard (dans %4) vaut pour chaque identité à laquelle elle est attachée</translation>
    </message>
</context>
<context>
    <name>AwsLiveImporter</name>
    <message>
        <source>%1: cannot reach AWS: %2</source>
        <translation>%1&#xa0;: impossible de joindre AWS&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: %4</source>
        <translation>%1&#xa0;: %2 a été refusé (identifiants&#xa0;: %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: HTTP %4 %5: %6</source>
        <translation>%1&#xa0;: %2 a été refusé (identifiants&#xa0;: %3)&#xa0;: HTTP %4 %5&#xa0;: %6</translation>
    </message>
    <message>
        <source>GetServiceLastAccessedDetails for %1</source>
        <translation>GetServiceLastAccessedDetails pour %1</translation>
    </message>
    <message>
        <source>last-accessed job for %1 ended as %2: %3</source>
        <translation>la tâche de dernier accès pour %1 s&apos;est terminée avec l&apos;état %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>LookupEvents page %1</source>
        <translation>LookupEvents, page %1</translation>
    </message>
    <message>
        <source>role %1 (assumed with %2)</source>
        <translation>rôle %1 (assumé via %2)</translation>
    </message>
    <message>
        <source>%1: AssumeRole of %2 returned no credentials</source>
        <translation>%1&#xa0;: AssumeRole pour %2 n&apos;a renvoyé aucun identifiant</translation>
    </message>
    <message>
        <source>%1: a page says more follow (IsTruncated) but gives no Marker</source>
        <translation>%1&#xa0;: une page annonce une suite (IsTruncated) mais ne fournit pas de Marker</translation>
    </message>
    <message>
        <source>%1 GetAccountAuthorizationDetails page %2</source>
        <translation>%1 GetAccountAuthorizationDetails, page %2</translation>
    </message>
</context>
<context>
    <name>AwsProfiles</name>
    <message>
        <source>the environment</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>profile %1: source_profile chain is longer than %2 (a loop?)</source>
        <translation>profil %1&#xa0;: la chaîne de source_profile est plus longue que %2 (une boucle&#xa0;?)</translation>
    </message>
    <message>
        <source>no AWS profile named &quot;%1&quot; in %2 or %3</source>
        <translation>aucun profil AWS nommé «&#xa0;%1&#xa0;» dans %2 ou %3</translation>
    </message>
    <message>
        <source>profile %1: source_profile is itself but it holds no aws_access_key_id</source>
        <translation>profil %1&#xa0;: source_profile désigne le profil lui-même, mais celui-ci ne contient pas d&apos;aws_access_key_id</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>profile %1: its source_profile %2 assumes a role itself; chained roles are not supported yet</source>
        <translation>profil %1&#xa0;: son source_profile %2 assume lui-même un rôle&#xa0;; les rôles chaînés ne sont pas encore pris en charge</translation>
    </message>
    <message>
        <source>profile %1: credential_source is Environment but AWS_ACCESS_KEY_ID is not set</source>
        <translation>profil %1&#xa0;: credential_source vaut Environment, mais AWS_ACCESS_KEY_ID n&apos;est pas défini</translation>
    </message>
    <message>
        <source>profile %1: role_arn needs source_profile (or credential_source = Environment); %2 is not supported</source>
        <translation>profil %1&#xa0;: role_arn nécessite source_profile (ou credential_source = Environment)&#xa0;; non pris en charge&#xa0;: %2</translation>
    </message>
    <message>
        <source>neither is set</source>
        <translation>aucun des deux n&apos;est défini</translation>
    </message>
    <message>
        <source>profile %1: credential_process is not supported; export the credentials it prints as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN</source>
        <translation>profil %1&#xa0;: credential_process n&apos;est pas pris en charge&#xa0;; exportez les identifiants qu&apos;il affiche dans AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY et AWS_SESSION_TOKEN</translation>
    </message>
    <message>
        <source>profile %1: IAM Identity Center (SSO) profiles are not supported yet; run `aws configure export-credentials --profile %1 --format env` and sync with those</source>
        <translation>profil %1&#xa0;: les profils IAM Identity Center (SSO) ne sont pas encore pris en charge&#xa0;; exécutez `aws configure export-credentials --profile %1 --format env` et synchronisez avec ces identifiants</translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id and aws_secret_access_key (in %2)</source>
        <translation>le profil %1 ne contient pas aws_access_key_id et aws_secret_access_key (dans %2)</translation>
    </message>
    <message>
        <source>no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile (aws configure) and name it</source>
        <translation>aucun identifiant AWS&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou configurez un profil (aws configure) et indiquez-le</translation>
    </message>
</context>
<context>
    <name>AwsQueryXml</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: imbrication de plus de %3 niveaux</translation>
    </message>
    <message>
        <source>%1: line %2: invalid XML: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: XML non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the answer holds no %2</source>
        <translation>%1&#xa0;: la réponse ne contient aucun élément %2</translation>
    </message>
</context>
<context>
    <name>BundleContents</name>
    <message>
        <source>%1: decisions.csv: expected its header on line 1</source>
        <translation>%1&#xa0;: decisions.csv&#xa0;: en-tête attendu à la ligne 1</translation>
    </message>
    <message>
        <source>%1: decisions.csv: line %2: expected 13 fields</source>
        <translation>%1&#xa0;: decisions.csv&#xa0;: ligne %2&#xa0;: 13 champs attendus</translation>
    </message>
</context>
<context>
    <name>CampaignPreview</name>
    <message>
        <source>No identity matches this scope.</source>
        <translation>Aucune identité ne correspond à ce périmètre.</translation>
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
            <numerusform>%n identité correspond.</numerusform>
            <numerusform>%n identités correspondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers get items; most: %1.</source>
        <translation>
            <numerusform>%n réviseur reçoit des éléments&#xa0;; le plus chargé&#xa0;: %1.</numerusform>
            <numerusform>%n réviseurs reçoivent des éléments&#xa0;; les plus chargés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner and go to the fallback reviewer.</source>
        <translation>
            <numerusform>%n n’a pas de propriétaire actif et va au réviseur de repli.</numerusform>
            <numerusform>%n n’ont pas de propriétaire actif et vont au réviseur de repli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner: name a fallback reviewer, or the campaign cannot start.</source>
        <translation>
            <numerusform>%n n’a pas de propriétaire actif&#xa0;: désignez un réviseur de repli, sinon la campagne ne peut pas démarrer.</numerusform>
            <numerusform>%n n’ont pas de propriétaire actif&#xa0;: désignez un réviseur de repli, sinon la campagne ne peut pas démarrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every identity in this scope is still certified for ownership, task scope and business need.</source>
        <translation>Chaque identité de ce périmètre est encore certifiée pour la propriété, le périmètre des tâches et le besoin métier.</translation>
    </message>
    <message numerus="yes">
        <source>%n still certified for all three are left out.</source>
        <translation>
            <numerusform>%n identité encore certifiée pour les trois est laissée de côté.</numerusform>
            <numerusform>%n identités encore certifiées pour les trois sont laissées de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignScope</name>
    <message>
        <source>&quot;%1&quot;: expected a number after debt&gt;=</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: nombre attendu après debt&gt;=</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected source=, kind=, status=, finding=, debt&gt;= or orphaned</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: attendu&#xa0;: source=, kind=, status=, finding=, debt&gt;= ou orphaned</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a value after =</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: valeur attendue après =</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ids= is not an identity id</source>
        <translation>«&#xa0;%1&#xa0;» dans ids= n’est pas un identifiant d’identité</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown finding type &quot;%1&quot;</source>
        <translation>type de constat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown term &quot;%1&quot;; expected source=, kind=, status=, finding=, ids=, debt&gt;= or orphaned</source>
        <translation>terme inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu source=, kind=, status=, finding=, ids=, debt&gt;= ou orphaned</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>in scope of %1</source>
        <translation>dans le périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>business owner</source>
        <translation>propriétaire métier</translation>
    </message>
    <message>
        <source>orphaned: no owner, routed to the fallback reviewer</source>
        <translation>orpheline&#xa0;: aucun propriétaire, transmise au réviseur de repli</translation>
    </message>
    <message>
        <source>orphaned: %1 has left or is unknown, routed to the fallback reviewer</source>
        <translation>orpheline&#xa0;: %1 a quitté l&apos;organisation ou est inconnu, transmise au réviseur de repli</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>Aucune campagne avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>Cannot count the items of campaign %1</source>
        <translation>Impossible de compter les éléments de la campagne %1</translation>
    </message>
    <message>
        <source>Campaign %1 is already closed</source>
        <translation>La campagne %1 est déjà clôturée</translation>
    </message>
    <message>
        <source>Campaign %1 is closed; there is nobody to remind</source>
        <translation>La campagne %1 est close&#xa0;; personne à relancer</translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation>une campagne doit avoir un nom</translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31</source>
        <translation>date attendue, par exemple 2026-12-31</translation>
    </message>
    <message>
        <source>%1 has already passed</source>
        <translation>la date %1 est déjà passée</translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation>adresse e-mail attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation>technical ou manager attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no identity matches &quot;%1&quot;</source>
        <translation>aucune identité ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer</source>
        <translation>
            <numerusform>%n identité n&apos;a ni responsable actif ni réviseur de repli (première&#xa0;: %1)&#xa0;; désignez un réviseur de repli</numerusform>
            <numerusform>%n identités n&apos;ont ni responsable actif ni réviseur de repli (première&#xa0;: %1)&#xa0;; désignez un réviseur de repli</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no campaign was created.</source>
        <translation>Annulé&#xa0;: aucune campagne n’a été créée.</translation>
    </message>
    <message>
        <source>in scope of every identity that is not retired</source>
        <translation>dans le périmètre&#xa0;: toute identité non retirée</translation>
    </message>
    <message>
        <source>every identity matching &quot;%1&quot; is still certified for ownership, task scope and business need</source>
        <translation>chaque identité correspondant à «&#xa0;%1&#xa0;» est encore certifiée pour la propriété, le périmètre des tâches et le besoin métier</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordées</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisées</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Grants / actions</source>
        <translation>Autorisations / actions</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Dette de confiance</translation>
    </message>
    <message>
        <source>Trust debt (points)</source>
        <translation>Dette de confiance (points)</translation>
    </message>
    <message>
        <source>Trust-debt distribution</source>
        <translation>Répartition de la dette de confiance</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Trust debt, in bands of 10 points</source>
        <translation>Dette de confiance, par tranches de 10 points</translation>
    </message>
    <message numerus="yes">
        <source>Debt %1: %n identities</source>
        <translation>
            <numerusform>Dette %1&#xa0;: %n identité</numerusform>
            <numerusform>Dette %1&#xa0;: %n identités</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest trust debt</source>
        <translation>Dette de confiance la plus élevée</translation>
    </message>
    <message>
        <source>Trust debt (0–100)</source>
        <translation>Dette de confiance (0–100)</translation>
    </message>
    <message>
        <source>Completion burndown</source>
        <translation>Courbe d&apos;avancement</translation>
    </message>
    <message>
        <source>Undecided items</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Rythme prévu</translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation>Avancement par réviseur</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>Aucun instantané pour l’instant.</translation>
    </message>
    <message>
        <source>On %1: %2 granted, %3 used, %4 unused, %5 out of scope.</source>
        <translation>Le %1&#xa0;: %2 accordées, %3 utilisées, %4 inutilisées, %5 hors périmètre.</translation>
    </message>
    <message>
        <source>Trust debt %1 on %2, %3 on %4.</source>
        <translation>Dette de confiance %1 le %2, %3 le %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n identities</source>
        <translation>
            <numerusform>%1 à %2&#xa0;: %n identité</numerusform>
            <numerusform>%1 à %2&#xa0;: %n identités</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Rien à décider.</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided on %1; due %2.</source>
        <translation>
            <numerusform>%n en attente le %1&#xa0;; échéance le %2.</numerusform>
            <numerusform>%n en attente le %1&#xa0;; échéance le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 decided</source>
        <translation>%1&#xa0;: %2 sur %3 décidées</translation>
    </message>
    <message>
        <source>Progress per reviewer (@%1)</source>
        <translation>Avancement par réviseur (@%1)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>List the inventory of non-human identities</source>
        <translation>Lister l&apos;inventaire des identités non humaines</translation>
    </message>
    <message>
        <source>Show one identity with owners, credentials, grants, usage and lifecycle</source>
        <translation>Afficher une identité avec ses propriétaires, identifiants, autorisations, son utilisation et son cycle de vie</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate</source>
        <translation>Remplir la base de données avec un parc synthétique réaliste</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] &lt;command&gt; [args]</source>
        <translation>Utilisation&#xa0;: recertify-cli [--db PATH] [--json] &lt;commande&gt; [arguments]</translation>
    </message>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Gouvernance des agents IA et des autres identités non humaines.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql://user@host:port/dbname URL</source>
        <translation>Fichier de base de données SQLite ou URL postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>(default: $RECERTIFY_DB, else %1)</source>
        <translation>(par défaut&#xa0;: $RECERTIFY_DB, sinon %1)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s</source>
        <translation>afficher cette aide&#xa0;; &apos;&lt;commande&gt; --help&apos; affiche l&apos;aide d&apos;une commande</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verification failed.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 échec de la vérification.</translation>
    </message>
    <message>
        <source>--db: expected a path or URL</source>
        <translation>--db&#xa0;: chemin ou URL attendu</translation>
    </message>
    <message>
        <source>Unknown option %1; see recertify-cli --help</source>
        <translation>Option inconnue %1&#xa0;; voir recertify-cli --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see recertify-cli --help</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir recertify-cli --help</translation>
    </message>
    <message>
        <source>Show this command&apos;s help</source>
        <translation>Afficher l&apos;aide de cette commande</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] %1 [options]</source>
        <translation>Utilisation&#xa0;: recertify-cli [--db PATH] [--json] %1 [options]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (a quitté)</translation>
    </message>
    <message>
        <source>Only identities of this kind (%1)</source>
        <translation>Uniquement les identités de ce type (%1)</translation>
    </message>
    <message>
        <source>Only identities from this source</source>
        <translation>Uniquement les identités de cette source</translation>
    </message>
    <message>
        <source>Only names, native ids or owners containing TEXT</source>
        <translation>Uniquement les noms, ID natifs ou propriétaires contenant TEXT</translation>
    </message>
    <message>
        <source>List the inventory.</source>
        <translation>Lister l&apos;inventaire.</translation>
    </message>
    <message>
        <source>identities: unexpected argument &quot;%1&quot;</source>
        <translation>identities&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--kind: unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>--kind&#xa0;: type inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>BUSINESS OWNER</source>
        <translation>PROPRIÉTAIRE MÉTIER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message>
        <source>Numeric id or native id of the identity</source>
        <translation>ID numérique ou ID natif de l&apos;identité</translation>
    </message>
    <message>
        <source>Show one identity in full.</source>
        <translation>Afficher une identité en détail.</translation>
    </message>
    <message>
        <source>show: expected exactly one ID</source>
        <translation>show&#xa0;: exactement un ID attendu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>ID natif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>, discovered from activity</source>
        <translation>, découverte à partir de l&apos;activité</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Propriétaire métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Propriétaire technique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Périmètre déclaré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Déléguée par</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message>
        <source>created %1, expires %2, last used %3</source>
        <translation>création %1, expiration %2, dernière utilisation %3</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Autorisations (%1)</translation>
    </message>
    <message>
        <source>Usage (%1 day aggregates)</source>
        <translation>Utilisation (%1 agrégats journaliers)</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sous-agents (%1)</translation>
    </message>
    <message>
        <source>How many identities (default 300)</source>
        <translation>Nombre d&apos;identités (par défaut&#xa0;: 300)</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same estate (default 1)</source>
        <translation>Graine aléatoire&#xa0;; la même graine produit le même parc (par défaut&#xa0;: 1)</translation>
    </message>
    <message>
        <source>Replace an estate that is already in the database</source>
        <translation>Remplacer un parc déjà présent dans la base de données</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate.</source>
        <translation>Remplir la base de données avec un parc synthétique réaliste.</translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation>demo&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--identities: expected a positive number, got &quot;%1&quot;</source>
        <translation>--identities&#xa0;: nombre positif attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number, got &quot;%1&quot;</source>
        <translation>--seed&#xa0;: nombre positif ou nul attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Demo estate written to %1: %2 identities (%3 sub-agents), %4 people, %5 credentials, %6 grants, %7 usage rows in %8 s</source>
        <translation>Parc de démonstration écrit dans %1&#xa0;: %2 identités (%3 sous-agents), %4 personnes, %5 identifiants, %6 autorisations, %7 lignes d&apos;utilisation en %8 s</translation>
    </message>
    <message>
        <source>Import identities, grants and activity from files (one transaction)</source>
        <translation>Importer des identités, des autorisations et l&apos;activité depuis des fichiers (une seule transaction)</translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain (set reads standard input)</source>
        <translation>Conserver les secrets des connecteurs dans le trousseau du système (set lit l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Files or folders to import, all in one transaction</source>
        <translation>Fichiers ou dossiers à importer, tous dans une seule transaction</translation>
    </message>
    <message>
        <source>import: expected FORMAT and at least one PATH</source>
        <translation>import&#xa0;: FORMAT et au moins un PATH attendus</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 modifiées, %4 supprimées, %5 inchangées</translation>
    </message>
    <message>
        <source>activity: %1 events in %2 day aggregates, %3 records skipped (no principal, or not a non-human identity), %4 identities discovered from activity</source>
        <translation>activité&#xa0;: %1 événements dans %2 agrégats journaliers, %3 enregistrements ignorés (sans principal, ou pas une identité non humaine), %4 identités découvertes à partir de l&apos;activité</translation>
    </message>
    <message>
        <source>%1: imported before; its activity was not counted again</source>
        <translation>%1&#xa0;: déjà importé&#xa0;; son activité n&apos;a pas été comptée à nouveau</translation>
    </message>
    <message>
        <source>set (reads the secret from standard input), check, or delete</source>
        <translation>set (lit le secret sur l&apos;entrée standard), check ou delete</translation>
    </message>
    <message>
        <source>The secret&apos;s name, such as entra:TENANT:CLIENT_ID</source>
        <translation>Le nom du secret, par exemple entra:TENANT:CLIENT_ID</translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain. Secrets are never taken from the command line and never printed.</source>
        <translation>Conserver les secrets des connecteurs dans le trousseau du système. Les secrets ne sont jamais lus depuis la ligne de commande ni affichés.</translation>
    </message>
    <message>
        <source>secrets: expected ACTION and KEY</source>
        <translation>secrets&#xa0;: ACTION et KEY attendus</translation>
    </message>
    <message>
        <source>secrets set: cannot read standard input</source>
        <translation>secrets set&#xa0;: impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>secrets set: expected the secret on standard input</source>
        <translation>secrets set&#xa0;: secret attendu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the keychain</source>
        <translation>«&#xa0;%1&#xa0;» est présent dans le trousseau</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the keychain</source>
        <translation>«&#xa0;%1&#xa0;» supprimé du trousseau</translation>
    </message>
    <message>
        <source>secrets: unknown action &quot;%1&quot;; expected set, check or delete</source>
        <translation>secrets&#xa0;: action inconnue «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: set, check ou delete</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant id or domain</source>
        <translation>ID ou domaine du locataire Microsoft Entra</translation>
    </message>
    <message>
        <source>Application (client) id; its secret is read from the keychain entry entra:TENANT:CLIENT_ID</source>
        <translation>ID d&apos;application (client)&#xa0;; son secret est lu dans l&apos;entrée de trousseau entra:TENANT:CLIENT_ID</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL (national clouds, tests)</source>
        <translation>URL de base de Microsoft Graph (clouds nationaux, tests)</translation>
    </message>
    <message>
        <source>OAuth 2 token endpoint (default: the tenant&apos;s on login.microsoftonline.com)</source>
        <translation>Point de terminaison de jeton OAuth 2 (par défaut&#xa0;: celui du locataire sur login.microsoftonline.com)</translation>
    </message>
    <message>
        <source>sync entra: --tenant and --client-id are required</source>
        <translation>sync entra&#xa0;: --tenant et --client-id sont obligatoires</translation>
    </message>
    <message>
        <source>--graph-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--graph-url&#xa0;: URL attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>entra %1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 requests)</source>
        <translation>entra %1&#xa0;: %2 ajoutées, %3 modifiées, %4 supprimées, %5 inchangées (%6 requêtes)</translation>
    </message>
    <message>
        <source>Set an identity&apos;s owners, purpose, declared scope and retirement</source>
        <translation>Définir les propriétaires, la finalité, le périmètre déclaré et la mise hors service d&apos;une identité</translation>
    </message>
    <message>
        <source>Import the people directory (CSV email,name,manager,active)</source>
        <translation>Importer l&apos;annuaire des personnes (CSV email,name,manager,active)</translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle (audited)</source>
        <translation>Faire évoluer une identité dans son cycle de vie (audité)</translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings with OWASP NHI codes</source>
        <translation>Constats de dérive des privilèges et d&apos;hygiène, avec codes OWASP NHI</translation>
    </message>
    <message>
        <source>Trust debt per identity, its factors, and the estate total</source>
        <translation>Dette de confiance par identité, ses facteurs et le total du parc</translation>
    </message>
    <message>
        <source>Verify the hash-chained audit log</source>
        <translation>Vérifier le journal d&apos;audit chaîné par hachage</translation>
    </message>
    <message>
        <source>Trust debt: %1 of 100</source>
        <translation>Dette de confiance&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Also analyse the estate as it stood each week for this many weeks, so charts have a history (default 0)</source>
        <translation>Analyser aussi le parc tel qu&apos;il était chaque semaine, sur ce nombre de semaines, afin que les graphiques aient un historique (par défaut&#xa0;: 0)</translation>
    </message>
    <message>
        <source>--history: expected 0 to 104 weeks, got &quot;%1&quot;</source>
        <translation>--history&#xa0;: de 0 à 104 semaines attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Analysis: %1 findings, estate trust debt %2, in %3 s</source>
        <translation>Analyse&#xa0;: %1 constats, dette de confiance du parc %2, en %3 s</translation>
    </message>
    <message>
        <source>Only findings of this type</source>
        <translation>Uniquement les constats de ce type</translation>
    </message>
    <message>
        <source>Only this identity (id or native id)</source>
        <translation>Uniquement cette identité (ID ou ID natif)</translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings, each with its OWASP NHI code.</source>
        <translation>Constats de dérive des privilèges et d&apos;hygiène, chacun avec son code OWASP NHI.</translation>
    </message>
    <message>
        <source>--type: unknown finding type &quot;%1&quot;; expected one of %2</source>
        <translation>--type&#xa0;: type de constat inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>IDENTITÉ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the N highest scores (text output; default 25)</source>
        <translation>Afficher uniquement les N scores les plus élevés (sortie texte&#xa0;; par défaut&#xa0;: 25)</translation>
    </message>
    <message>
        <source>Trust debt per identity with its factors, and the estate total.</source>
        <translation>Dette de confiance par identité avec ses facteurs, et le total du parc.</translation>
    </message>
    <message numerus="yes">
        <source>Estate trust debt: %1 over %n identities with open findings</source>
        <translation>
            <numerusform>Dette de confiance du parc&#xa0;: %1 sur %n identité ayant des constats ouverts</numerusform>
            <numerusform>Dette de confiance du parc&#xa0;: %1 sur %n identités ayant des constats ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>The action: set</source>
        <translation>L&apos;action&#xa0;: set</translation>
    </message>
    <message>
        <source>Identity id or native id</source>
        <translation>ID ou ID natif de l&apos;identité</translation>
    </message>
    <message>
        <source>Business owner (accountable)</source>
        <translation>Propriétaire métier (responsable)</translation>
    </message>
    <message>
        <source>What the identity is for</source>
        <translation>À quoi sert l&apos;identité</translation>
    </message>
    <message>
        <source>Declared task scope: permissions or tools, comma-separated</source>
        <translation>Périmètre de tâches déclaré&#xa0;: permissions ou outils, séparés par des virgules</translation>
    </message>
    <message>
        <source>Retirement date</source>
        <translation>Date de mise hors service</translation>
    </message>
    <message>
        <source>Retirement condition (an event)</source>
        <translation>Condition de mise hors service (un événement)</translation>
    </message>
    <message>
        <source>Set ownership, purpose, declared scope and retirement.</source>
        <translation>Définir la propriété, la finalité, le périmètre déclaré et la mise hors service.</translation>
    </message>
    <message>
        <source>owners: expected: owners set ID --business EMAIL</source>
        <translation>owners&#xa0;: attendu&#xa0;: owners set ID --business EMAIL</translation>
    </message>
    <message>
        <source>owners set: --business is required</source>
        <translation>owners set&#xa0;: --business est obligatoire</translation>
    </message>
    <message>
        <source>--expires: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation>--expires&#xa0;: date attendue, par exemple 2026-12-31, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: business owner %2</source>
        <translation>%1&#xa0;: propriétaire métier %2</translation>
    </message>
    <message>
        <source>The action: import</source>
        <translation>L&apos;action&#xa0;: import</translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation>CSV avec l&apos;en-tête email,name,manager,active</translation>
    </message>
    <message>
        <source>Import the people directory; an identity whose owner is missing, unknown or inactive is orphaned.</source>
        <translation>Importer l&apos;annuaire des personnes&#xa0;; une identité dont le propriétaire est absent, inconnu ou inactif est orpheline.</translation>
    </message>
    <message>
        <source>people: expected: people import PATH</source>
        <translation>people&#xa0;: attendu&#xa0;: people import PATH</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the directory</source>
        <translation>
            <numerusform>%n personne dans l&apos;annuaire</numerusform>
            <numerusform>%n personnes dans l&apos;annuaire</numerusform>
        </translation>
    </message>
    <message>
        <source>The new state: active, under-review, suspended or retired</source>
        <translation>Le nouvel état&#xa0;: active, under-review, suspended ou retired</translation>
    </message>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation>Motif (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle; every change is audited.</source>
        <translation>Faire évoluer une identité dans son cycle de vie&#xa0;; chaque changement est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>lifecycle: expected: lifecycle ID --to STATE --reason TEXT</source>
        <translation>lifecycle&#xa0;: attendu&#xa0;: lifecycle ID --to STATE --reason TEXT</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns</source>
        <translation>Créer, lister, suivre et clôturer des campagnes de revue</translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them</source>
        <translation>Lister les éléments de revue avec leurs preuves, et statuer sur chacun</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle</source>
        <translation>Écrire le lot de preuves signé d&apos;une campagne</translation>
    </message>
    <message>
        <source>Check an evidence bundle&apos;s hashes and signature (exit 3 when broken)</source>
        <translation>Vérifier les hachages et la signature d&apos;un lot de preuves (code de sortie 3 en cas d&apos;altération)</translation>
    </message>
    <message>
        <source>The signing key&apos;s fingerprint and public half</source>
        <translation>Empreinte et partie publique de la clé de signature</translation>
    </message>
    <message>
        <source>%1: expected a numeric id, got &quot;%2&quot;</source>
        <translation>%1&#xa0;: ID numérique attendu, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>Le nom de la campagne</translation>
    </message>
    <message>
        <source>When every item must be decided</source>
        <translation>Date à laquelle tous les éléments doivent être décidés</translation>
    </message>
    <message>
        <source>Which identities: source=, kind=, status=, finding=, debt&gt;=, orphaned (all must hold)</source>
        <translation>Quelles identités&#xa0;: source=, kind=, status=, finding=, debt&gt;=, orphaned (toutes les conditions doivent être remplies)</translation>
    </message>
    <message>
        <source>Reviews what no active owner can</source>
        <translation>Examine ce qu&apos;aucun propriétaire actif ne peut examiner</translation>
    </message>
    <message>
        <source>A second review by the technical owner or the manager</source>
        <translation>Une seconde revue par le propriétaire technique ou le responsable hiérarchique</translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns.</source>
        <translation>Créer, lister, suivre et clôturer des campagnes de revue.</translation>
    </message>
    <message>
        <source>campaign create: --name and --due are required</source>
        <translation>campaign create&#xa0;: --name et --due sont obligatoires</translation>
    </message>
    <message>
        <source>--due: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation>--due&#xa0;: date attendue, par exemple 2026-12-31, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>campaign %1: expected the campaign ID</source>
        <translation>campaign %1&#xa0;: ID de campagne attendu</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>The campaign (list)</source>
        <translation>La campagne (list)</translation>
    </message>
    <message>
        <source>confirm, or reassign=EMAIL</source>
        <translation>confirm, ou reassign=EMAIL</translation>
    </message>
    <message>
        <source>keep, or reduce=PERM[,PERM…]</source>
        <translation>keep, ou reduce=PERM[,PERM…]</translation>
    </message>
    <message>
        <source>certify[=DATE], revoke or retire</source>
        <translation>certify[=DATE], revoke ou retire</translation>
    </message>
    <message>
        <source>Why; required for revoke, reduce, and certifying with high-severity findings</source>
        <translation>Justification&#xa0;; obligatoire pour revoke, reduce, et pour certifier malgré des constats de gravité élevée</translation>
    </message>
    <message>
        <source>How long the reviewer looked at the evidence</source>
        <translation>Durée pendant laquelle le réviseur a examiné les preuves</translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them.</source>
        <translation>Lister les éléments de revue avec leurs preuves, et statuer sur chacun.</translation>
    </message>
    <message>
        <source>review list: --campaign is required</source>
        <translation>review list&#xa0;: --campaign est obligatoire</translation>
    </message>
    <message>
        <source>granted %1, used %2, debt %3</source>
        <translation>accordées %1, utilisées %2, dette %3</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>--need: expected certify=DATE such as certify=2027-06-30, got &quot;%1&quot;</source>
        <translation>--need&#xa0;: certify=DATE attendu, par exemple certify=2027-06-30, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Item %1 decided</source>
        <translation>Élément %1 décidé</translation>
    </message>
    <message>
        <source> (flagged to the manager: %1)</source>
        <translation> (signalé au responsable hiérarchique&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The campaign to export</source>
        <translation>La campagne à exporter</translation>
    </message>
    <message>
        <source>The bundle to write (.zip)</source>
        <translation>Le lot à écrire (.zip)</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 private key (PEM) instead of the keychain&apos;s</source>
        <translation>Signer avec cette clé privée Ed25519 (PEM) au lieu de celle du trousseau</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle: decisions, what each reviewer saw, the audit chain and a PDF report.</source>
        <translation>Écrire le lot de preuves signé d&apos;une campagne&#xa0;: décisions, ce que chaque réviseur a vu, la chaîne d&apos;audit et un rapport PDF.</translation>
    </message>
    <message>
        <source>export: expected a campaign id</source>
        <translation>export&#xa0;: ID de campagne attendu</translation>
    </message>
    <message>
        <source>export: --out is required</source>
        <translation>export&#xa0;: --out est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 bytes, signed by %4</source>
        <translation>%1&#xa0;: %2 éléments, %3 octets, signé par %4</translation>
    </message>
    <message>
        <source>The evidence bundle (.zip)</source>
        <translation>Le lot de preuves (.zip)</translation>
    </message>
    <message>
        <source>Also require that this public key (PEM) signed it</source>
        <translation>Exiger en outre qu&apos;il ait été signé avec cette clé publique (PEM)</translation>
    </message>
    <message>
        <source>verify: expected the bundle file</source>
        <translation>verify&#xa0;: fichier du lot attendu</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Valid: every file matches SHA256SUMS, signed by %1 (%2)</source>
        <translation>Valide&#xa0;: chaque fichier correspond à SHA256SUMS, signé par %1 (%2)</translation>
    </message>
    <message>
        <source>show, or export-public</source>
        <translation>show, ou export-public</translation>
    </message>
    <message>
        <source>Where to write the public key (export-public)</source>
        <translation>Où écrire la clé publique (export-public)</translation>
    </message>
    <message>
        <source>Use this private key (PEM) instead of the keychain&apos;s</source>
        <translation>Utiliser cette clé privée (PEM) au lieu de celle du trousseau</translation>
    </message>
    <message>
        <source>The signing key: its fingerprint, and its public half for auditors.</source>
        <translation>La clé de signature&#xa0;: son empreinte, et sa partie publique destinée aux auditeurs.</translation>
    </message>
    <message>
        <source>keys: expected show or export-public</source>
        <translation>keys&#xa0;: attendu&#xa0;: show ou export-public</translation>
    </message>
    <message>
        <source>Ed25519 signing key, fingerprint %1</source>
        <translation>Clé de signature Ed25519, empreinte %1</translation>
    </message>
    <message>
        <source>keys export-public: --out is required</source>
        <translation>keys export-public&#xa0;: --out est obligatoire</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: public key %2</source>
        <translation>%1&#xa0;: clé publique %2</translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns</source>
        <translation>Configurer et exécuter les déclencheurs de micro-campagnes</translation>
    </message>
    <message>
        <source>Started micro-campaign %1 for what this import found</source>
        <translation>Micro-campagne %1 lancée pour ce que cet import a trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue items moved to the reviewers&apos; managers</source>
        <translation>
            <numerusform>%n élément en retard transmis aux responsables des réviseurs</numerusform>
            <numerusform>%n éléments en retard transmis aux responsables des réviseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3%), %4 overdue, %5 flagged, %6 handed on</source>
        <translation>%1 sur %2 décidés (%3 %), %4 en retard, %5 signalés, %6 transmis</translation>
    </message>
    <message>
        <source>Who takes the item over (delegate)</source>
        <translation>Qui reprend l’élément (delegate)</translation>
    </message>
    <message>
        <source>review delegate: expected the ITEM id</source>
        <translation>review delegate&#xa0;: identifiant de l’élément attendu</translation>
    </message>
    <message>
        <source>review delegate: --reviewer and --to are required</source>
        <translation>review delegate&#xa0;: --reviewer et --to sont obligatoires</translation>
    </message>
    <message>
        <source>Item %1 handed to %2</source>
        <translation>Élément %1 transmis à %2</translation>
    </message>
    <message>
        <source>list, set KIND or run</source>
        <translation>list, set TYPE ou run</translation>
    </message>
    <message>
        <source>Days before expiry (credential-expiring) or trust-debt points (debt-threshold)</source>
        <translation>Jours avant expiration (credential-expiring) ou points de dette de confiance (debt-threshold)</translation>
    </message>
    <message>
        <source>Turn the trigger off</source>
        <translation>Désactiver le déclencheur</translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns.</source>
        <translation>Configurer et exécuter les déclencheurs de micro-campagnes.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>triggers set: expected the KIND, one of %1</source>
        <translation>triggers set&#xa0;: TYPE attendu, parmi %1</translation>
    </message>
    <message>
        <source>--threshold: expected a positive number, got &quot;%1&quot;</source>
        <translation>--threshold&#xa0;: nombre positif attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Trigger %1 is on</source>
        <translation>Le déclencheur %1 est actif</translation>
    </message>
    <message>
        <source>Trigger %1 is off</source>
        <translation>Le déclencheur %1 est inactif</translation>
    </message>
    <message numerus="yes">
        <source>%n micro-campaigns started</source>
        <translation>
            <numerusform>%n micro-campagne lancée</numerusform>
            <numerusform>%n micro-campagnes lancées</numerusform>
        </translation>
    </message>
    <message>
        <source>triggers: expected list, set KIND or run</source>
        <translation>triggers&#xa0;: attendu list, set TYPE ou run</translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due</source>
        <translation>Définir des campagnes récurrentes et lancer celles qui sont dues</translation>
    </message>
    <message>
        <source>Started recurring campaign %1, which was due</source>
        <translation>Campagne récurrente %1 lancée, elle était due</translation>
    </message>
    <message>
        <source>--%1: expected a number of days, got &quot;%2&quot;</source>
        <translation>--%1&#xa0;: nombre de jours attendu, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The template&apos;s name; each campaign is named after it and its start date</source>
        <translation>Nom du modèle&#xa0;; chaque campagne porte ce nom et sa date de début</translation>
    </message>
    <message>
        <source>Days between two campaigns (default 90)</source>
        <translation>Jours entre deux campagnes (90 par défaut)</translation>
    </message>
    <message>
        <source>Days each campaign runs before it is due (default 14)</source>
        <translation>Jours de chaque campagne avant son échéance (14 par défaut)</translation>
    </message>
    <message>
        <source>When the first campaign starts (default: now)</source>
        <translation>Début de la première campagne (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>Which identities, as for campaign create</source>
        <translation>Quelles identités, comme pour campaign create</translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due.</source>
        <translation>Définir des campagnes récurrentes et lancer celles qui sont dues.</translation>
    </message>
    <message>
        <source>templates create: --name is required</source>
        <translation>templates create&#xa0;: --name est obligatoire</translation>
    </message>
    <message>
        <source>--first: expected a date such as 2027-01-05, got &quot;%1&quot;</source>
        <translation>--first&#xa0;: date attendue, par exemple 2027-01-05, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>every %1 days, next %2</source>
        <translation>tous les %1 jours, prochaine %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recurring campaigns started</source>
        <translation>
            <numerusform>%n campagne récurrente lancée</numerusform>
            <numerusform>%n campagnes récurrentes lancées</numerusform>
        </translation>
    </message>
    <message>
        <source>create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation>create, list, status ID, remind ID, escalate ID ou close ID</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items waiting</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément en attente</numerusform>
            <numerusform>%1&#xa0;: %n éléments en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers to remind</source>
        <translation>
            <numerusform>%n réviseur à relancer</numerusform>
            <numerusform>%n réviseurs à relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign: expected create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation>campaign&#xa0;: attendu create, list, status ID, remind ID, escalate ID ou close ID</translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security, members</source>
        <translation>Mode équipe sur PostgreSQL&#xa0;: rôles, sécurité au niveau des lignes, membres</translation>
    </message>
    <message>
        <source>Copy a SQLite store into an empty PostgreSQL one, verified</source>
        <translation>Copier une base SQLite dans une base PostgreSQL vide, avec vérification</translation>
    </message>
    <message>
        <source>init, add EMAIL, list or whoami</source>
        <translation>init, add EMAIL, list ou whoami</translation>
    </message>
    <message>
        <source>manager, reviewer or auditor</source>
        <translation>manager, reviewer ou auditor</translation>
    </message>
    <message>
        <source>The database login (default: from the email)</source>
        <translation>Le compte de base de données (par défaut&#xa0;: déduit de l&apos;adresse e-mail)</translation>
    </message>
    <message>
        <source>Read the login&apos;s password from standard input</source>
        <translation>Lire le mot de passe du compte sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security and who each login is.</source>
        <translation>Mode équipe sur PostgreSQL&#xa0;: rôles, sécurité au niveau des lignes et identité de chaque compte.</translation>
    </message>
    <message>
        <source>Team roles recertify_manager, recertify_reviewer and recertify_auditor are ready; reviewers now see only their own items</source>
        <translation>Les rôles d&apos;équipe recertify_manager, recertify_reviewer et recertify_auditor sont prêts&#xa0;; les réviseurs ne voient désormais que leurs propres éléments</translation>
    </message>
    <message>
        <source>team add: expected the member&apos;s EMAIL</source>
        <translation>team add&#xa0;: EMAIL du membre attendu</translation>
    </message>
    <message>
        <source>--role: expected manager, reviewer or auditor, got &quot;%1&quot;</source>
        <translation>--role&#xa0;: manager, reviewer ou auditor attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>team add: cannot read standard input</source>
        <translation>team add&#xa0;: impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--password-stdin: expected the password on standard input</source>
        <translation>--password-stdin&#xa0;: mot de passe attendu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>%1 signs in as %2 with the %3 role</source>
        <translation>%1 se connecte en tant que %2 avec le rôle %3</translation>
    </message>
    <message>
        <source>team: expected init, add, list or whoami</source>
        <translation>team&#xa0;: init, add, list ou whoami attendu</translation>
    </message>
    <message>
        <source>The store to copy (a SQLite file)</source>
        <translation>La base à copier (un fichier SQLite)</translation>
    </message>
    <message>
        <source>The empty store to fill (postgresql://user@host:port/dbname)</source>
        <translation>La base vide à remplir (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>Copy a store into an empty one, verified by row counts and the audit chain.</source>
        <translation>Copier une base dans une base vide, avec vérification du nombre de lignes et de la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>migrate: expected --from FILE and --to URL</source>
        <translation>migrate&#xa0;: --from FILE et --to URL attendus</translation>
    </message>
    <message>
        <source>--from: %1 does not exist</source>
        <translation>--from&#xa0;: %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n&apos;a été copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; counts match and the audit chain (%5 rows) verifies</source>
        <translation>%1 lignes de %2 tables copiées vers %3 en %4 s&#xa0;; les nombres concordent et la chaîne d&apos;audit (%5 lignes) est vérifiée</translation>
    </message>
    <message>
        <source>create, list, run or remove NAME</source>
        <translation>create, list, run ou remove NAME</translation>
    </message>
    <message>
        <source>templates remove: expected the template&apos;s NAME</source>
        <translation>templates remove&#xa0;: NAME du modèle attendu</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay</source>
        <translation>Modèle «&#xa0;%1&#xa0;» arrêté&#xa0;; les campagnes qu&apos;il a lancées restent</translation>
    </message>
    <message>
        <source>templates remove: no template called &quot;%1&quot;</source>
        <translation>templates remove&#xa0;: aucun modèle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>templates: expected create, list, run or remove</source>
        <translation>templates&#xa0;: create, list, run ou remove attendu</translation>
    </message>
    <message>
        <source>complete for: %1 (identities elsewhere were left alone)</source>
        <translation>complet pour&#xa0;: %1 (les identités situées ailleurs n&apos;ont pas été modifiées)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>One of: %1; or auto, to tell each file&apos;s format from its content</source>
        <translation>L&apos;une des valeurs&#xa0;: %1&#xa0;; ou auto, pour déterminer le format de chaque fichier d&apos;après son contenu</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot;; expected auto or one of %2</source>
        <translation>import&#xa0;: format inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: auto ou l&apos;une des suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check every hash and the signature of an evidence bundle; exit 3 when anything does not match, naming the file, and 4 when the signature is valid but its key is neither given nor a trusted signer.</source>
        <translation>Vérifier chaque hachage et la signature d&apos;un lot de preuves&#xa0;; code de sortie 3 si quelque chose ne correspond pas, en nommant le fichier, et 4 si la signature est valide mais que sa clé n&apos;est ni fournie ni celle d&apos;un signataire de confiance.</translation>
    </message>
    <message>
        <source>signature valid, signer not trusted: %1 (give its public key with --trusted-key, or add it to the trusted signers in the app)</source>
        <translation>signature valide, signataire qui n&apos;est pas de confiance&#xa0;: %1 (indiquez sa clé publique avec --trusted-key, ou ajoutez-le aux signataires de confiance dans l&apos;application)</translation>
    </message>
    <message>
        <source>Signed the audit chain&apos;s end: row %1, %2, by %3</source>
        <translation>Fin de la chaîne d’audit signée&#xa0;: ligne %1, %2, par %3</translation>
    </message>
    <message>
        <source>verify, or checkpoint</source>
        <translation>verify ou checkpoint</translation>
    </message>
    <message>
        <source>Check the checkpoint with this public key (PEM) instead of the keychain&apos;s signing key</source>
        <translation>Vérifier le point de contrôle avec cette clé publique (PEM) au lieu de la clé de signature du trousseau</translation>
    </message>
    <message>
        <source>verify: check the hash chain of the audit log and its signed checkpoint; exit 3 when a row was edited, deleted or added outside Recertify. checkpoint: sign the chain&apos;s end as it stands, once you have checked it.</source>
        <translation>verify&#xa0;: vérifier la chaîne de hachage du journal d’audit et son point de contrôle signé&#xa0;; code de sortie 3 quand une ligne a été modifiée, supprimée ou ajoutée hors de Recertify. checkpoint&#xa0;: signer la fin de la chaîne telle qu’elle est, une fois vérifiée.</translation>
    </message>
    <message>
        <source>audit: expected: audit verify, or audit checkpoint</source>
        <translation>audit&#xa0;: attendu&#xa0;: audit verify ou audit checkpoint</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be checked: no signing key in the keychain; give its public half with --trusted-key</source>
        <translation>%1&#xa0;: le point de contrôle ne peut pas être vérifié&#xa0;: aucune clé de signature dans le trousseau&#xa0;; donnez sa moitié publique avec --trusted-key</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds: %n rows, every link and hash intact, its end as last signed</source>
        <translation>
            <numerusform>La chaîne d’audit tient&#xa0;: %n ligne, chaque lien et chaque hachage intacts, sa fin telle que signée en dernier</numerusform>
            <numerusform>La chaîne d’audit tient&#xa0;: %n lignes, chaque lien et chaque hachage intacts, sa fin telle que signée en dernier</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked the rows named, &apos;recertify-cli audit checkpoint&apos; signs the chain&apos;s end as it stands.</source>
        <translation>Une fois les lignes nommées vérifiées, &apos;recertify-cli audit checkpoint&apos; signe la fin de la chaîne telle qu’elle est.</translation>
    </message>
    <message>
        <source>export: the audit chain does not verify (see &apos;recertify-cli audit verify&apos;); nothing was written</source>
        <translation>export&#xa0;: la chaîne d’audit ne se vérifie pas (voir &apos;recertify-cli audit verify&apos;)&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Decide for this assigned reviewer; only their manager in the people directory may</source>
        <translation>Décider pour ce réviseur assigné&#xa0;; seul son responsable hiérarchique dans l&apos;annuaire le peut</translation>
    </message>
    <message>
        <source>Item %1 decided by %2 on behalf of %3</source>
        <translation>Élément %1 décidé par %2 pour le compte de %3</translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation followed it</source>
        <translation>%1 décisions sur %2 assorties d&apos;une recommandation l&apos;ont suivie</translation>
    </message>
    <message>
        <source>Read a live source (entra, kubernetes) now, or every due connected source (--due)</source>
        <translation>Lire maintenant une source en direct (entra, kubernetes), ou toutes les sources connectées à synchroniser (--due)</translation>
    </message>
    <message>
        <source>Connected sources and how often each is synced</source>
        <translation>Sources connectées et fréquence de synchronisation de chacune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no connected source named &quot;%1&quot;</source>
        <translation>aucune source connectée nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No source is due.</source>
        <translation>Aucune source n&apos;est à synchroniser.</translation>
    </message>
    <message>
        <source>Sync, once, every connected source whose interval has passed (for cron or a systemd timer)</source>
        <translation>Synchroniser, une fois, chaque source connectée dont l&apos;intervalle est écoulé (pour cron ou un timer systemd)</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation>kubernetes&#xa0;: le fichier kubeconfig (par défaut&#xa0;: $KUBECONFIG, sinon ~/.kube/config)</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig context (default: its current context)</source>
        <translation>kubernetes&#xa0;: le contexte du kubeconfig (par défaut&#xa0;: son contexte actuel)</translation>
    </message>
    <message>
        <source>Read a live source into the store, in one transaction. Credentials come from the OS keychain (see recertify-cli secrets) or, for Kubernetes, from the kubeconfig as kubectl reads it.</source>
        <translation>Lire une source en direct dans la base, en une seule transaction. Les identifiants proviennent du trousseau du système (voir recertify-cli secrets) ou, pour Kubernetes, du kubeconfig tel que kubectl le lit.</translation>
    </message>
    <message>
        <source>sync --due: takes no connector; it runs every due source</source>
        <translation>sync --due&#xa0;: n&apos;accepte pas de connecteur&#xa0;; synchronise toutes les sources arrivées à échéance</translation>
    </message>
    <message>
        <source>--context: %1</source>
        <translation>--context&#xa0;: %1</translation>
    </message>
    <message>
        <source>No connected sources. Add one with: recertify-cli sources add kubernetes NAME</source>
        <translation>Aucune source connectée. Ajoutez-en une avec&#xa0;: recertify-cli sources add kubernetes NOM</translation>
    </message>
    <message>
        <source>	due</source>
        <translation>	à synchroniser</translation>
    </message>
    <message>
        <source>list (the default), add KIND NAME, set NAME, or remove NAME</source>
        <translation>list (par défaut), add TYPE NOM, set NOM ou remove NOM</translation>
    </message>
    <message>
        <source>How often to sync: 30m, 6h, 1d, 1w, or off</source>
        <translation>Fréquence de synchronisation&#xa0;: 30m, 6h, 1d, 1w ou off</translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: kubectl&apos;s)</source>
        <translation>kubernetes&#xa0;: le fichier kubeconfig (par défaut&#xa0;: celui de kubectl)</translation>
    </message>
    <message>
        <source>kubernetes: the context (default: the current one)</source>
        <translation>kubernetes&#xa0;: le contexte (par défaut&#xa0;: le contexte actuel)</translation>
    </message>
    <message>
        <source>entra: tenant id or domain</source>
        <translation>entra&#xa0;: ID ou domaine du locataire</translation>
    </message>
    <message>
        <source>entra: application (client) id</source>
        <translation>entra&#xa0;: ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>entra: Microsoft Graph base URL</source>
        <translation>entra&#xa0;: URL de base de Microsoft Graph</translation>
    </message>
    <message>
        <source>Connected sources and their schedule. `recertify-cli sync --due` (cron, or the recertify-sync systemd user timer) syncs each one whose interval has passed. No credential is stored here.</source>
        <translation>Sources connectées et leur planification. `recertify-cli sync --due` (cron, ou le timer utilisateur systemd recertify-sync) synchronise chacune de celles dont l&apos;intervalle est écoulé. Aucun identifiant n&apos;est conservé ici.</translation>
    </message>
    <message>
        <source>--every: expected an interval of at least 5 minutes such as 30m, 6h, 1d, or off; got &quot;%1&quot;</source>
        <translation>--every&#xa0;: intervalle d&apos;au moins 5 minutes attendu, par exemple 30m, 6h, 1d ou off&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sources add: expected KIND (%1) and NAME</source>
        <translation>sources add&#xa0;: TYPE (%1) et NOM attendus</translation>
    </message>
    <message>
        <source>sources add entra: --tenant and --client-id are required</source>
        <translation>sources add entra&#xa0;: --tenant et --client-id sont obligatoires</translation>
    </message>
    <message>
        <source>Connected %1: %2, %3</source>
        <translation>Source %1 connectée&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation>synchronisation toutes les %1</translation>
    </message>
    <message>
        <source>synced when asked (recertify-cli sync %1)</source>
        <translation>synchronisation sur demande (recertify-cli sync %1)</translation>
    </message>
    <message>
        <source>Removed %1; what it synced stays in the store</source>
        <translation>Source %1 supprimée&#xa0;; les données déjà synchronisées restent dans la base</translation>
    </message>
    <message>
        <source>sources set: expected --every</source>
        <translation>sources set&#xa0;: --every attendu</translation>
    </message>
    <message>
        <source>%1 syncs every %2</source>
        <translation>%1&#xa0;: synchronisation toutes les %2</translation>
    </message>
    <message>
        <source>sources: expected list, add KIND NAME, set NAME or remove NAME</source>
        <translation>sources&#xa0;: attendu list, add TYPE NOM, set NOM ou remove NOM</translation>
    </message>
    <message>
        <source>--name: expected a name</source>
        <translation>--name&#xa0;: un nom est attendu</translation>
    </message>
    <message>
        <source>--name: only the mcp-tools format takes a name; %1 names its identities itself</source>
        <translation>--name&#xa0;: seul le format mcp-tools accepte un nom&#xa0;; %1 nomme lui-même ses identités</translation>
    </message>
    <message>
        <source>%1	%2	%3	last synced %4%5</source>
        <translation>%1	%2	%3	dernière synchronisation %4%5</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>intervalle %1</translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <source>%1 syncs only when asked</source>
        <translation>%1 n&apos;est synchronisée que sur demande</translation>
    </message>
    <message>
        <source>The live source: aws, entra, github or kubernetes, or the name of a connected source (see recertify-cli sources)</source>
        <translation>La source en direct&#xa0;: aws, entra, github ou kubernetes, ou le nom d&apos;une source connectée (voir recertify-cli sources)</translation>
    </message>
    <message>
        <source>github: the organisation</source>
        <translation>github&#xa0;: l&apos;organisation</translation>
    </message>
    <message>
        <source>github: the REST API (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>github&#xa0;: l&apos;API REST (GitHub Enterprise Server&#xa0;: https://HOST/api/v3)</translation>
    </message>
    <message>
        <source>github: authenticate as this GitHub App, its private key in the keychain entry github-app:ORG (default: a token in github:ORG)</source>
        <translation>github&#xa0;: s&apos;authentifier en tant que cette GitHub App, dont la clé privée se trouve dans l&apos;entrée du trousseau github-app:ORG (par défaut&#xa0;: un jeton dans github:ORG)</translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile (default: the environment, $AWS_PROFILE or default)</source>
        <translation>aws&#xa0;: le profil de l&apos;AWS CLI (par défaut&#xa0;: l&apos;environnement, $AWS_PROFILE ou default)</translation>
    </message>
    <message>
        <source>aws: the region for STS (default: the profile&apos;s)</source>
        <translation>aws&#xa0;: la région pour STS (par défaut&#xa0;: celle du profil)</translation>
    </message>
    <message>
        <source>aws: also run IAM&apos;s service-last-accessed job for every role and user (when each service was last used)</source>
        <translation>aws&#xa0;: exécuter aussi la tâche service-last-accessed d&apos;IAM pour chaque rôle et chaque utilisateur (date de dernière utilisation de chaque service)</translation>
    </message>
    <message>
        <source>aws: read CloudTrail LookupEvents, this many days back on the first run (at most 90), then from where the last run stopped</source>
        <translation>aws&#xa0;: lire les LookupEvents de CloudTrail, autant de jours en arrière lors de la première exécution (90 au plus), puis à partir de l&apos;endroit où la dernière exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>aws: send IAM and STS requests here instead (VPC endpoints, tests)</source>
        <translation>aws&#xa0;: envoyer plutôt ici les requêtes IAM et STS (points de terminaison VPC, tests)</translation>
    </message>
    <message>
        <source>sync: expected the connector name (aws, entra, github or kubernetes) or a connected source&apos;s name</source>
        <translation>sync&#xa0;: nom de connecteur (aws, entra, github ou kubernetes) ou nom d&apos;une source connectée attendu</translation>
    </message>
    <message>
        <source>--endpoint-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--endpoint-url&#xa0;: URL attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sync github: --org is required</source>
        <translation>sync github&#xa0;: --org est obligatoire</translation>
    </message>
    <message>
        <source>--api-url: expected a URL, got &quot;%1&quot;</source>
        <translation>--api-url&#xa0;: URL attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>github: the REST API</source>
        <translation>github&#xa0;: l&apos;API REST</translation>
    </message>
    <message>
        <source>github: the GitHub App&apos;s id (its key in the keychain entry github-app:ORG)</source>
        <translation>github&#xa0;: l&apos;ID de la GitHub App (sa clé se trouve dans l&apos;entrée du trousseau github-app:ORG)</translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile</source>
        <translation>aws&#xa0;: le profil de l&apos;AWS CLI</translation>
    </message>
    <message>
        <source>aws: the region for STS</source>
        <translation>aws&#xa0;: la région pour STS</translation>
    </message>
    <message>
        <source>aws: IAM and STS endpoint</source>
        <translation>aws&#xa0;: point de terminaison IAM et STS</translation>
    </message>
    <message>
        <source>sources add github: --org is required</source>
        <translation>sources add github&#xa0;: --org est obligatoire</translation>
    </message>
    <message>
        <source>Recompute findings and trust debt now and time it</source>
        <translation>Recalculer maintenant les constats et la dette de confiance, et mesurer la durée</translation>
    </message>
    <message>
        <source>analyse: takes no arguments</source>
        <translation>analyse&#xa0;: n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>%1 identities: %2 open findings (%3 new, %4 resolved), trust debt %5; %6 of %7 grants used. %8 s</source>
        <translation>%1 identités&#xa0;: %2 constats ouverts (%3 nouveaux, %4 résolus), dette de confiance %5&#xa0;; %6 droits utilisés sur %7. %8 s</translation>
    </message>
    <message>
        <source>%1 requests, %2 pages</source>
        <translation>%1 requêtes, %2 pages</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 closed: %2, %3</source>
        <translation>Campagne %1 clôturée&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation task(s)</source>
        <translation>
            <numerusform>%n tâche de remédiation</numerusform>
            <numerusform>%n tâches de remédiation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left undecided</source>
        <translation>
            <numerusform>%n élément resté sans décision</numerusform>
            <numerusform>%n éléments restés sans décision</numerusform>
        </translation>
    </message>
    <message>
        <source>list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation>list, decide ITEM, amend ITEM ou delegate ITEM</translation>
    </message>
    <message>
        <source>The reviewer: whose items (list), who decides (decide, amend)</source>
        <translation>Le réviseur&#xa0;: à qui sont les éléments (list), qui décide (decide, amend)</translation>
    </message>
    <message>
        <source>%1: expected the ITEM id</source>
        <translation>%1&#xa0;: identifiant ITEM attendu</translation>
    </message>
    <message>
        <source>%1: --reviewer, --ownership, --scope and --need are required</source>
        <translation>%1&#xa0;: --reviewer, --ownership, --scope et --need sont obligatoires</translation>
    </message>
    <message>
        <source>Item %1 amended; the earlier decision stays on record, superseded</source>
        <translation>Élément %1 modifié&#xa0;; la décision précédente reste enregistrée, remplacée</translation>
    </message>
    <message>
        <source>Item %1 amended by %2 on behalf of %3; the earlier decision stays on record, superseded</source>
        <translation>Élément %1 modifié par %2 pour le compte de %3&#xa0;; la décision précédente reste enregistrée, remplacée</translation>
    </message>
    <message>
        <source>review: expected list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation>review&#xa0;: list, decide ITEM, amend ITEM ou delegate ITEM attendu</translation>
    </message>
    <message>
        <source>Ask each identity only the attestations (ownership, task scope, business need) whose certification has run out</source>
        <translation>Ne demander à chaque identité que les attestations (propriété, périmètre des tâches, besoin métier) dont la certification a expiré</translation>
    </message>
    <message>
        <source>How long the ownership answer holds (default: a year)</source>
        <translation>Durée de validité de la réponse sur la propriété (par défaut&#xa0;: un an)</translation>
    </message>
    <message>
        <source>How long the task scope answer holds (default: a year)</source>
        <translation>Durée de validité de la réponse sur le périmètre des tâches (par défaut&#xa0;: un an)</translation>
    </message>
    <message>
        <source>%1: --reviewer is required, and an answer for each attestation item %2 asks: %3</source>
        <translation>%1&#xa0;: --reviewer est obligatoire, ainsi qu’une réponse à chaque attestation que demande l’élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2027-06-30, got &quot;%2&quot;</source>
        <translation>--%1&#xa0;: date attendue, par exemple 2027-06-30, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>k8s-rbac: the namespace of objects that name none, as kubectl apply -n NS would apply a manifest</source>
        <translation>k8s-rbac&#xa0;: l&apos;espace de noms des objets qui n&apos;en nomment pas, comme kubectl apply -n NS appliquerait un manifeste</translation>
    </message>
    <message>
        <source>--namespace: expected a namespace</source>
        <translation>--namespace&#xa0;: espace de noms attendu</translation>
    </message>
    <message>
        <source>--namespace: only the k8s-rbac format takes a namespace</source>
        <translation>--namespace&#xa0;: seul le format k8s-rbac accepte un espace de noms</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>First check of this server from this machine: the chain&apos;s end (row %1) is now signed here; later checks compare with it.</source>
        <translation>Première vérification de ce serveur depuis cette machine&#xa0;: la fin de la chaîne (ligne %1) est maintenant signée ici&#xa0;; les vérifications suivantes s’y comparent.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import (same event id) and were not counted again</source>
        <translation>
            <numerusform>%n événement avait déjà été compté par un import précédent (même identifiant d’événement) et n’a pas été compté de nouveau</numerusform>
            <numerusform>%n événements avaient déjà été comptés par un import précédent (même identifiant d’événement) et n’ont pas été comptés de nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Analyse every identity even when nothing changed since the last analysis</source>
        <translation>Analyser chaque identité même si rien n’a changé depuis la dernière analyse</translation>
    </message>
    <message>
        <source>Recompute privilege drift, findings and trust debt for the whole store now, in one transaction, and say how long it took. Imports, syncs and decisions do this on their own. When nothing changed since the last analysis (no change to the store, no date passed that turns a finding), it says so and keeps that analysis.</source>
        <translation>Recalculer maintenant la dérive des droits, les constats et la dette de confiance de toute la base, en une transaction, et dire combien de temps cela a pris. Les imports, synchronisations et décisions le font d’eux-mêmes. Si rien n’a changé depuis la dernière analyse (aucune modification de la base, aucune échéance passée qui change un constat), elle le dit et garde cette analyse.</translation>
    </message>
    <message>
        <source>Nothing changed since the last analysis (snapshot %1); its findings stand.</source>
        <translation>Rien n’a changé depuis la dernière analyse (instantané %1)&#xa0;; ses constats restent valables.</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) passed over:</source>
        <translation>
            <numerusform>%n élément laissé de côté&#xa0;:</numerusform>
            <numerusform>%n éléments laissés de côté&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, désactivé</translation>
    </message>
    <message>
        <source>mcp-tools: the agent&apos;s name when the files do not say (no serverInfo); default: the folder of a file with a name every dump shares (tools.json, tools-list.json, response.json…), else the file&apos;s name</source>
        <translation>mcp-tools&#xa0;: le nom de l’agent quand les fichiers ne le disent pas (pas de serverInfo)&#xa0;; par défaut&#xa0;: le dossier d’un fichier au nom que partagent tous les exports (tools.json, tools-list.json, response.json…), sinon le nom du fichier</translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation>Les données d&apos;activité couvrent %1 des 90 derniers jours pour %2</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days (it ends on %2): usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation>Aucune donnée d&apos;activité pour %1 sur les 90 derniers jours (elles s&apos;arrêtent le %2)&#xa0;: usage inconnu, donc aucune autorisation n&apos;est dite inutilisée, et l&apos;identité n&apos;est dite inactive que d&apos;après une dernière utilisation signalée par sa source</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation>Aucune donnée d&apos;activité pour %1 sur les 90 derniers jours&#xa0;: usage inconnu, donc aucune autorisation n&apos;est dite inutilisée, et l&apos;identité n&apos;est dite inactive que d&apos;après une dernière utilisation signalée par sa source</translation>
    </message>
    <message>
        <source>retired nothing: the input is no whole listing of an account, a namespace&apos;s service accounts, a tenant or an organisation, so what it leaves out is not taken as gone</source>
        <translation>rien retiré&#xa0;: l&apos;entrée n&apos;est la liste complète ni d&apos;un compte, ni des comptes de service d&apos;un espace de noms, ni d&apos;un locataire, ni d&apos;une organisation, donc ce qu&apos;elle omet n&apos;est pas considéré comme disparu</translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation>
            <numerusform>pas vu en %n jour de données d’activité</numerusform>
            <numerusform>pas vu en %n jours de données d’activité</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation>inconnu&#xa0;: aucune donnée d’activité</translation>
    </message>
    <message>
        <source>retired nothing: a credential report says how each user&apos;s password and keys are used; users it leaves out are retired by the account&apos;s export (aws iam get-account-authorization-details), which lists every user, role and policy</source>
        <translation>rien retiré&#xa0;: un rapport d’identifiants dit comment le mot de passe et les clés de chaque utilisateur sont utilisés&#xa0;; les utilisateurs qu’il omet sont retirés par l’export du compte (aws iam get-account-authorization-details), qui liste chaque utilisateur, rôle et stratégie</translation>
    </message>
    <message>
        <source>(Already imported by this run, each in its own transaction: %1. Nothing of %2 was.)</source>
        <translation>(Déjà importé par cette exécution, chacun dans sa propre transaction&#xa0;: %1. Rien de %2 ne l’a été.)</translation>
    </message>
    <message>
        <source>Import identities, credentials, grants and activity from files. One transaction per format: a bad file leaves the store as it was (with auto and files of several kinds, the kinds imported before it stay).</source>
        <translation>Importer des identités, identifiants, droits et activités depuis des fichiers. Une transaction par format&#xa0;: un fichier défectueux laisse la base telle quelle (avec auto et des fichiers de plusieurs sortes, les sortes importées avant lui restent).</translation>
    </message>
    <message>
        <source>(Not tried: %1.)</source>
        <translation>(Non tenté&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi connu comme</translation>
    </message>
    <message numerus="yes">
        <source>no call allowed; %n refused, the last on %1</source>
        <translation>
            <numerusform>aucun appel autorisé&#xa0;; %n refusé, le dernier le %1</numerusform>
            <numerusform>aucun appel autorisé&#xa0;; %n refusés, le dernier le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>retired nothing: every file had been imported before, and what it leaves out may have come since from another input; import a fresh export to retire what is gone</source>
        <translation>rien retiré&#xa0;: chaque fichier avait déjà été importé, et ce qu’il omet peut être venu depuis d’une autre entrée&#xa0;; importez un export récent pour retirer ce qui a disparu</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the demo estate written at %1</source>
        <translation>le parc de démonstration écrit à %1</translation>
    </message>
    <message>
        <source>the %1 import at %2</source>
        <translation>l’import %1 de %2</translation>
    </message>
    <message>
        <source>findings are out of date and could not be recomputed: %1</source>
        <translation>les constats ne sont pas à jour et n’ont pas pu être recalculés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings were out of date (%1 ended before its analysis); recomputed them first: %n open</source>
        <translation>
            <numerusform>Les constats n’étaient pas à jour (%1 s’est arrêté avant son analyse)&#xa0;; recalculés d’abord&#xa0;: %n ouvert</numerusform>
            <numerusform>Les constats n’étaient pas à jour (%1 s’est arrêté avant son analyse)&#xa0;; recalculés d’abord&#xa0;: %n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings are out of date: %1 ended before its analysis. &apos;recertify-cli analyse&apos;, an import or a sync recomputes them.</source>
        <translation>Les constats ne sont pas à jour&#xa0;: %1 s’est arrêté avant son analyse. «&#xa0;recertify-cli analyse&#xa0;», un import ou une synchronisation les recalcule.</translation>
    </message>
    <message>
        <source>Findings were last computed on %1; time-bound findings may have changed since. &apos;recertify-cli analyse&apos; recomputes them.</source>
        <translation>Les constats ont été calculés pour la dernière fois le %1&#xa0;; ceux qui dépendent du temps ont pu changer depuis. «&#xa0;recertify-cli analyse&#xa0;» les recalcule.</translation>
    </message>
    <message>
        <source>A campaign trigger started campaign %1</source>
        <translation>Un déclencheur a lancé la campagne %1</translation>
    </message>
    <message>
        <source>A recurring campaign fell due and started as campaign %1</source>
        <translation>Une campagne récurrente est arrivée à échéance et a démarré comme campagne %1</translation>
    </message>
</context>
<context>
    <name>CloudTrailImporter</name>
    <message>
        <source>no userIdentity (%1)</source>
        <translation>pas de userIdentity (%1)</translation>
    </message>
    <message>
        <source>principal type %1</source>
        <translation>type de principal %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no principal id or ARN</source>
        <translation>ni ID de principal ni ARN</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1: expected a CloudTrail log file: {&quot;Records&quot;: [...]}</source>
        <translation>%1&#xa0;: fichier journal CloudTrail attendu&#xa0;: {&quot;Records&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)</source>
        <translation>%1&#xa0;: %2&#xa0;: enregistrement CloudTrail attendu (eventVersion, eventName, userIdentity…)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: expected CloudTrail records as JSON ({&quot;Records&quot;: […]}, one record per line, or aws cloudtrail lookup-events output)</source>
        <translation>%1&#xa0;: enregistrements CloudTrail au format JSON attendus ({&quot;Records&quot;: […]}, un enregistrement par ligne, ou sortie de aws cloudtrail lookup-events)</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>%1: a single JSON document larger than %2 MB; expected one record per line</source>
        <translation>%1&#xa0;: un seul document JSON de plus de %2 Mo&#xa0;; un enregistrement par ligne attendu</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>ligne 1</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one record per line</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: plus de %3 Mo&#xa0;; un enregistrement par ligne attendu</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON record</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: enregistrement JSON attendu</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n CloudTrail digest file(s): they hold hashes of log files, not events</source>
        <translation>
            <numerusform>%n fichier de synthèse CloudTrail ignoré&#xa0;: il contient des hachages de fichiers journaux, pas des événements</numerusform>
            <numerusform>%n fichiers de synthèse CloudTrail ignorés&#xa0;: ils contiennent des hachages de fichiers journaux, pas des événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot parse: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation>%1&#xa0;: octet %2&#xa0;: imbriqué sur plus de %3 niveaux</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3%4</source>
        <translation>%1&#xa0;: octet %2&#xa0;: JSON invalide&#xa0;: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation>%1&#xa0;: octet %2&#xa0;: un enregistrement de plus de %3 Mo</translation>
    </message>
    <message numerus="yes">
        <source>%1: only CloudTrail digest files (%n): they hold hashes of log files, not events; give the log files instead (AWSLogs/ACCOUNT/CloudTrail/…)</source>
        <translation>
            <numerusform>%1&#xa0;: uniquement des fichiers de condensés CloudTrail (%n)&#xa0;: ils contiennent des empreintes de fichiers journaux, pas des événements&#xa0;; indiquez plutôt les fichiers journaux (AWSLogs/COMPTE/CloudTrail/…)</numerusform>
            <numerusform>%1&#xa0;: uniquement des fichiers de condensés CloudTrail (%n)&#xa0;: ils contiennent des empreintes de fichiers journaux, pas des événements&#xa0;; indiquez plutôt les fichiers journaux (AWSLogs/COMPTE/CloudTrail/…)</numerusform>
        </translation>
    </message>
    <message>
        <source>a network activity event (VPC endpoint), logged beside the call&apos;s own event</source>
        <translation>un événement d’activité réseau (point de terminaison VPC), journalisé à côté de l’événement propre à l’appel</translation>
    </message>
    <message>
        <source>an IAM Identity Center session (a person&apos;s permission set)</source>
        <translation>une session IAM Identity Center (le jeu d’autorisations d’une personne)</translation>
    </message>
    <message>
        <source>%1: AWS event notifications (S3, SQS, SNS: &quot;eventSource&quot;: &quot;aws:…&quot;), which name the resource that changed but not the identity that called; give the trail&apos;s log files instead</source>
        <translation>%1&#xa0;: notifications d’événements AWS (S3, SQS, SNS&#xa0;: &quot;eventSource&quot;: &quot;aws:…&quot;), qui nomment la ressource modifiée mais pas l’identité qui a appelé&#xa0;; fournissez plutôt les fichiers journaux du trail</translation>
    </message>
    <message>
        <source>%1: one page of aws cloudtrail lookup-events output (it ends with NextToken): more events exist; without --max-items the AWS CLI reads every page</source>
        <translation>%1&#xa0;: une page de la sortie de aws cloudtrail lookup-events (elle se termine par NextToken)&#xa0;: d’autres événements existent&#xa0;; sans --max-items, l’AWS CLI lit chaque page</translation>
    </message>
    <message>
        <source>%1: byte %2 of the compressed file: %3</source>
        <translation>%1&#xa0;: octet %2 du fichier compressé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2: expected CloudWatch Logs subscription data (base64 of gzip), as a Lambda receives it</source>
        <translation>%1&#xa0;: %2&#xa0;: données d’abonnement CloudWatch Logs attendues (base64 de gzip), telles qu’une fonction Lambda les reçoit</translation>
    </message>
    <message>
        <source>%1: line %2, batch %3</source>
        <translation>%1&#xa0;: ligne %2, lot %3</translation>
    </message>
    <message>
        <source>line %1, batch %2</source>
        <translation>ligne %1, lot %2</translation>
    </message>
    <message>
        <source>%1, results[%2]</source>
        <translation>%1, results[%2]</translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the CloudTrail record; run the query with fields @message</source>
        <translation>%1&#xa0;: %2&#xa0;: une ligne de CloudWatch Logs Insights sans @message, qui contient l’enregistrement CloudTrail&#xa0;; exécutez la requête avec fields @message</translation>
    </message>
    <message>
        <source>%1, %2[%3]</source>
        <translation>%1, %2[%3]</translation>
    </message>
    <message>
        <source>%1: a CloudWatch Logs Insights answer whose query is %2, not Complete: its records are read, but the query may have found more; save the answer once it is Complete</source>
        <translation>%1&#xa0;: une réponse de CloudWatch Logs Insights dont la requête est %2, pas Complete&#xa0;: ses enregistrements sont lus, mais la requête a peut-être trouvé davantage&#xa0;; enregistrez la réponse une fois qu’elle est Complete</translation>
    </message>
    <message>
        <source>%1: %2: eventTime: missing; every CloudTrail record has the time of its call (give the records as CloudTrail wrote them)</source>
        <translation>%1&#xa0;: %2&#xa0;: eventTime&#xa0;: absent&#xa0;; chaque enregistrement CloudTrail porte l’heure de son appel (fournissez les enregistrements tels que CloudTrail les a écrits)</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected an ISO 8601 time, got &quot;%4&quot;</source>
        <translation>%1&#xa0;: %2&#xa0;: %3&#xa0;: heure ISO 8601 attendue, reçu «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: a line break or other control character inside a string, which JSON writes escaped (\n)</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: JSON invalide&#xa0;: un saut de ligne ou autre caractère de contrôle dans une chaîne, que JSON écrit échappé (\n)</translation>
    </message>
    <message>
        <source>an AWS service&apos;s own role acting for the account (%1), no role the account owns</source>
        <translation>un rôle propre à un service AWS agissant pour le compte (%1), pas un rôle du compte</translation>
    </message>
    <message>
        <source>its principal is redacted (%1)</source>
        <translation>son principal est masqué (%1)</translation>
    </message>
</context>
<context>
    <name>ControlMapping</name>
    <message>
        <source>ownership attested</source>
        <translation>propriété attestée</translation>
    </message>
    <message>
        <source>task scope kept or reduced</source>
        <translation>périmètre des tâches conservé ou réduit</translation>
    </message>
    <message>
        <source>business need certified, revoked or retired</source>
        <translation>besoin métier certifié, révoqué ou mis hors service</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>clé d’accès</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>service account token</source>
        <translation>jeton de compte de service</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>jeton d’accès personnel</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>jeton OAuth</translation>
    </message>
    <message>
        <source>deploy key</source>
        <translation>clé de déploiement</translation>
    </message>
    <message>
        <source>federated credential</source>
        <translation>identifiant fédéré</translation>
    </message>
    <message>
        <source>console password</source>
        <translation>mot de passe de la console</translation>
    </message>
</context>
<context>
    <name>CredentialReportImporter</name>
    <message>
        <source>text/csv, got &quot;%1&quot;</source>
        <translation>text/csv, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the report in base64</source>
        <translation>le rapport en base64</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: empty; expected the credential report&apos;s header</source>
        <translation>%1&#xa0;: vide&#xa0;; l’en-tête du rapport d’identifiants était attendu</translation>
    </message>
    <message>
        <source>%1: line %2: no %3 column; the credential report&apos;s header starts user,arn,user_creation_time</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: pas de colonne %3&#xa0;; l’en-tête du rapport d’identifiants commence par user,arn,user_creation_time</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4 (a cut or edited report?)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3 champs, mais l’en-tête en a %4 (un rapport coupé ou modifié&#xa0;?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: the header has no rows after it; the report lists the root user at least</source>
        <translation>%1&#xa0;: aucune ligne ne suit l’en-tête&#xa0;; le rapport liste au moins l’utilisateur root</translation>
    </message>
    <message>
        <source>the account&apos;s root user (a person&apos;s sign-in, not a workload identity)</source>
        <translation>l’utilisateur root du compte (la connexion d’une personne, pas une identité de charge de travail)</translation>
    </message>
    <message>
        <source>%1: line %2: the root user of account %3 has an active access key (%4); AWS advises that the root user have none</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: l’utilisateur root du compte %3 a une clé d’accès active (%4)&#xa0;; AWS recommande que l’utilisateur root n’en ait aucune</translation>
    </message>
    <message>
        <source>an IAM user&apos;s ARN, got &quot;%1&quot;</source>
        <translation>l’ARN d’un utilisateur IAM, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation>une date, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>true or false, got &quot;%1&quot;</source>
        <translation>true ou false, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: expected %4</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: attendu %4</translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report: run aws iam generate-credential-report until it says COMPLETE, then get the report again</source>
        <translation>%1&#xa0;: une réponse d’erreur d’AWS (%2), pas un rapport&#xa0;: lancez aws iam generate-credential-report jusqu’à ce qu’il indique COMPLETE, puis récupérez de nouveau le rapport</translation>
    </message>
    <message>
        <source>the report (the answer of aws iam get-credential-report)</source>
        <translation>le rapport (la réponse de aws iam get-credential-report)</translation>
    </message>
    <message>
        <source>%1: line %2 lists %3 again (first on line %4); the second row was passed over</source>
        <translation>%1&#xa0;: la ligne %2 liste de nouveau %3 (d’abord à la ligne %4)&#xa0;; la seconde ligne a été ignorée</translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report</source>
        <translation>%1&#xa0;: une réponse d’erreur d’AWS (%2), pas un rapport</translation>
    </message>
    <message>
        <source>%1: starts as the report in base64, but is not base64 throughout (cut off?)</source>
        <translation>%1&#xa0;: commence comme le rapport en base64, mais n’est pas en base64 jusqu’au bout (coupé&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: empty; expected a header row</source>
        <translation>%1&#xa0;: vide&#xa0;; ligne d&apos;en-tête attendue</translation>
    </message>
    <message>
        <source>%1: line %2: unknown header; expected that of identities.csv (%3) or of activity.csv (%4)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: en-tête inconnu&#xa0;; attendu&#xa0;: celui de identities.csv (%3) ou celui de activity.csv (%4)</translation>
    </message>
    <message>
        <source>%1: line %2: missing column %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: colonne %3 manquante</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3 champs, mais l&apos;en-tête en compte %4</translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation>%1&#xa0;: annulé à la ligne %2</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>%1: line %2: no identity_id</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: identity_id manquant</translation>
    </message>
    <message>
        <source>allowed, denied or error, got &quot;%1&quot;</source>
        <translation>allowed, denied ou error, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: line %2: %3: expected %4</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3&#xa0;: attendu&#xa0;: %4</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>one of %1, got &quot;%2&quot;</source>
        <translation>l&apos;une des valeurs %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>true, false, yes, no, 1 or 0, got &quot;%1&quot;</source>
        <translation>true, false, yes, no, 1 ou 0, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an ISO 8601 time, got &quot;%1&quot;</source>
        <translation>une date et heure ISO 8601, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 MiB; is a quote left open?</source>
        <translation>ligne %1&#xa0;: enregistrement de plus de %2 Mio&#xa0;; un guillemet est-il resté ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>line %1: the quoted field that starts here is never closed</source>
        <translation>ligne %1&#xa0;: le champ entre guillemets qui commence ici n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement &quot;%1…&quot; failed: %2</source>
        <translation>L&apos;instruction de base de données «&#xa0;%1…&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: expected postgresql://user@host:port/dbname</source>
        <translation>%1&#xa0;: format attendu postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Impossible de valider la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Recertify understands (%2)</source>
        <translation>la base de données utilise la version de schéma %1, plus récente que celle prise en charge par cette version de Recertify (%2)</translation>
    </message>
    <message>
        <source>your database login is not allowed to do this (%1)</source>
        <translation>votre compte de base de données n&apos;est pas autorisé à effectuer cette opération (%1)</translation>
    </message>
</context>
<context>
    <name>DemoEstate</name>
    <message>
        <source>%1 for the %2 team</source>
        <translation>%1 pour l&apos;équipe %2</translation>
    </message>
    <message>
        <source>expected 1 to 5000000 identities, got %1</source>
        <translation>attendu de 1 à 5000000 identités, reçu %1</translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file, or replace the estate</source>
        <translation>
            <numerusform>la base contient déjà %n identité&#xa0;; utilisez un autre fichier de base, ou remplacez le parc</numerusform>
            <numerusform>la base contient déjà %n identités&#xa0;; utilisez un autre fichier de base, ou remplacez le parc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message numerus="yes">
        <source>%1 was not used in the last %n days</source>
        <translation>
            <numerusform>l&apos;autorisation %1 n&apos;a pas été utilisée depuis %n jour</numerusform>
            <numerusform>l&apos;autorisation %1 n&apos;a pas été utilisée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>%1 is outside the declared task scope</source>
        <translation>%1 est hors du périmètre de tâches déclaré</translation>
    </message>
    <message>
        <source>tried %1, which no grant allows (denied)</source>
        <translation>a tenté %1, qu&apos;aucune autorisation ne permet (refusé)</translation>
    </message>
    <message>
        <source>%1 was granted after the certification of %2</source>
        <translation>l&apos;autorisation %1 a été accordée après la certification du %2</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and is still enabled</source>
        <translation>%1 %2 a expiré le %3 et reste activé</translation>
    </message>
    <message>
        <source>%1 %2 expires on %3</source>
        <translation>%1 %2 expire le %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was issued %n days ago and never rotated</source>
        <translation>
            <numerusform>%1 %2 a été émis il y a %n jour et n&apos;a jamais fait l&apos;objet d&apos;une rotation</numerusform>
            <numerusform>%1 %2 a été émis il y a %n jours et n&apos;a jamais fait l&apos;objet d&apos;une rotation</numerusform>
        </translation>
    </message>
    <message>
        <source>its retirement date %1 has passed and it is still enabled</source>
        <translation>sa date de mise hors service (%1) est dépassée et elle est toujours activée</translation>
    </message>
    <message>
        <source>never used since it was created on %1</source>
        <translation>jamais utilisée depuis sa création le %1</translation>
    </message>
    <message numerus="yes">
        <source>last used %n days ago</source>
        <translation>
            <numerusform>dernière utilisation il y a %n jour</numerusform>
            <numerusform>dernière utilisation il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no business owner</source>
        <translation>aucun propriétaire métier</translation>
    </message>
    <message>
        <source>owner %1 is not in the people directory</source>
        <translation>le propriétaire %1 ne figure pas dans l&apos;annuaire des personnes</translation>
    </message>
    <message>
        <source>owner %1 has left</source>
        <translation>le propriétaire %1 a quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>no documented purpose</source>
        <translation>aucune finalité documentée</translation>
    </message>
    <message>
        <source>no expiry date or retirement condition</source>
        <translation>aucune date d&apos;expiration ni condition de mise hors service</translation>
    </message>
    <message>
        <source>last certified on %1</source>
        <translation>dernière certification le %1</translation>
    </message>
    <message>
        <source>never certified</source>
        <translation>jamais certifiée</translation>
    </message>
    <message>
        <source>interactive use: %1 on %2</source>
        <translation>utilisation interactive&#xa0;: %1 le %2</translation>
    </message>
    <message>
        <source>%1 is attached, but its content was not in the input</source>
        <translation>%1 est attaché, mais son contenu ne figurait pas dans l&apos;entrée</translation>
    </message>
    <message>
        <source>tool %1 may change or delete data (its server marks it destructive)</source>
        <translation>l&apos;outil %1 peut modifier ou supprimer des données (son serveur le marque comme destructif)</translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue since %3</source>
        <translation>retrait de %1 demandé le %2, en retard depuis le %3</translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue after %3</source>
        <translation>retrait de %1 demandé le %2, en retard après le %3</translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;), subject to a condition</source>
        <translation>n&apos;importe qui peut l&apos;assumer (principal «&#xa0;*&#xa0;» de la stratégie d&apos;approbation), sous condition</translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;)</source>
        <translation>n&apos;importe qui peut l&apos;assumer (principal «&#xa0;*&#xa0;» de la stratégie d&apos;approbation)</translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it, subject to a condition</source>
        <translation>%1, hors de son propre compte, peut l&apos;assumer, sous condition</translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it</source>
        <translation>%1, hors de son propre compte, peut l&apos;assumer</translation>
    </message>
    <message>
        <source>%1 through a direct grant</source>
        <translation>%1 via une autorisation directe</translation>
    </message>
    <message numerus="yes">
        <source>never used since it was created on %1; %n calls with it were denied, the last on %2</source>
        <translation>
            <numerusform>jamais utilisée depuis sa création le %1&#xa0;; %n appel avec elle a été refusé, le %2</numerusform>
            <numerusform>jamais utilisée depuis sa création le %1&#xa0;; %n appels avec elle ont été refusés, le dernier le %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools the input does not mark read-only or non-destructive may change or delete data, as MCP assumes of unmarked tools: %1</source>
        <translation>
            <numerusform>%n outil que l’entrée ne marque ni en lecture seule ni comme non destructif peut modifier ou supprimer des données, comme MCP le suppose des outils non marqués&#xa0;: %1</numerusform>
            <numerusform>%n outils que l’entrée ne marque ni en lecture seule ni comme non destructifs peuvent modifier ou supprimer des données, comme MCP le suppose des outils non marqués&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2 lets it give itself any permission (privilege escalation)</source>
        <translation>%1 via %2 lui permet de s’accorder n’importe quelle permission (élévation de privilèges)</translation>
    </message>
    <message>
        <source>never used from its creation on %1 to the credential report of %2</source>
        <translation>jamais utilisé depuis sa création le %1 jusqu’au rapport d’identifiants du %2</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and was never removed</source>
        <translation>%1 %2 a expiré le %3 et n&apos;a jamais été retiré</translation>
    </message>
    <message>
        <source>%1 acts on the data of every user in the tenant: an application permission needs no signed-in user</source>
        <translation>%1 agit sur les données de tous les utilisateurs du locataire&#xa0;: une autorisation d&apos;application n&apos;a besoin d&apos;aucun utilisateur connecté</translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): it may delete them across the whole cluster</source>
        <translation>%1 est accordé sur tout le cluster (via %2)&#xa0;: il peut les supprimer dans tout le cluster</translation>
    </message>
    <message>
        <source>not used from %1, when AWS began recording use, to the credential report of %2</source>
        <translation>non utilisé du %1, quand AWS a commencé à enregistrer l’usage, jusqu’au rapport d’identifiants du %2</translation>
    </message>
    <message>
        <source>never used from its creation on %1 to AWS&apos;s report of %2</source>
        <translation>jamais utilisé de sa création le %1 jusqu’au rapport d’AWS du %2</translation>
    </message>
    <message>
        <source>not used in the %1 days AWS tracks before its report of %2</source>
        <translation>non utilisé pendant les %1 jours qu’AWS suit avant son rapport du %2</translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): every Secret of that namespace can be read, service account tokens among them</source>
        <translation>%1 dans l’espace de noms %2 (via %3)&#xa0;: tous les Secrets de cet espace de noms peuvent être lus, jetons de comptes de service compris</translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): a pod it makes or changes may run as any service account of that namespace and read any of its Secrets</source>
        <translation>%1 dans l’espace de noms %2 (via %3)&#xa0;: un pod qu’elle crée ou modifie peut s’exécuter sous n’importe quel compte de service de cet espace de noms et lire n’importe lequel de ses Secrets</translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): a namespace&apos;s labels set its Pod Security level, so it may let privileged pods into any namespace</source>
        <translation>%1 est accordé sur tout le cluster (via %2)&#xa0;: les labels d’un namespace fixent son niveau Pod Security, il peut donc laisser entrer des pods privilégiés dans n’importe quel namespace</translation>
    </message>
    <message>
        <source>%1 on all repositories, those made later too: it may change the code or the workflows of every one of them</source>
        <translation>%1 sur tous les dépôts, y compris ceux créés plus tard&#xa0;: il peut modifier le code ou les workflows de chacun d’eux</translation>
    </message>
    <message>
        <source>%1 on all repositories of %2, those made later too: it may change the code or the workflows of every one of them</source>
        <translation>%1 sur tous les dépôts de %2, y compris ceux créés plus tard&#xa0;: il peut modifier le code ou les workflows de chacun d’eux</translation>
    </message>
    <message>
        <source>%1 on namespace %2 (through %3): its labels set its Pod Security level, so it may let privileged pods into it</source>
        <translation>%1 sur le namespace %2 (via %3)&#xa0;: ses labels fixent son niveau Pod Security, il peut donc y laisser entrer des pods privilégiés</translation>
    </message>
    <message numerus="yes">
        <source>%n admin permission(s) through %2: %1</source>
        <translation>
            <numerusform>%n permission d’administrateur via %2&#xa0;: %1</numerusform>
            <numerusform>%n permissions d’administrateur via %2&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntraGraphImporter</name>
    <message>
        <source>a Microsoft Graph response body</source>
        <translation>un corps de réponse Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: expected a Microsoft Graph response, or an object of responses keyed by request</source>
        <translation>%1&#xa0;: attendu&#xa0;: une réponse Microsoft Graph, ou un objet de réponses indexées par requête</translation>
    </message>
    <message>
        <source>%1: holds a Microsoft Graph error, not data: %2: %3. Export again once the request succeeds.</source>
        <translation>%1&#xa0;: contient une erreur Microsoft Graph, et non des données&#xa0;: %2&#xa0;: %3. Exportez à nouveau une fois la requête réussie.</translation>
    </message>
    <message>
        <source>%1: is Azure AD Graph output (graph.windows.net), which Microsoft has retired. Export from Microsoft Graph instead, for example: az rest --url https://graph.microsoft.com/v1.0/servicePrincipals</source>
        <translation>%1&#xa0;: est une sortie d&apos;Azure AD Graph (graph.windows.net), que Microsoft a retiré. Exportez plutôt depuis Microsoft Graph, par exemple&#xa0;: az rest --url https://graph.microsoft.com/v1.0/servicePrincipals</translation>
    </message>
    <message>
        <source>%1: record %2: a user&apos;s sign-in (%3), not a workload identity&apos;s</source>
        <translation>%1&#xa0;: enregistrement %2&#xa0;: la connexion d&apos;une personne (%3), pas d&apos;une identité de charge de travail</translation>
    </message>
    <message>
        <source>the service principal that signed in</source>
        <translation>le principal de service qui s&apos;est connecté</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sign-in(s) delivered more than once (same id) counted once</source>
        <translation>
            <numerusform>%1&#xa0;: %n connexion livrée plusieurs fois (même identifiant) comptée une fois</numerusform>
            <numerusform>%1&#xa0;: %n connexions livrées plusieurs fois (même identifiant) comptées une fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: record %2: not a sign-in log (category %3)</source>
        <translation>%1&#xa0;: enregistrement %2&#xa0;: pas un journal de connexion (catégorie %3)</translation>
    </message>
    <message>
        <source>%1: record %2: a sign-in of one of Microsoft&apos;s own service principals (MicrosoftServicePrincipalSignInLogs), not of the tenant&apos;s workloads</source>
        <translation>%1&#xa0;: enregistrement %2&#xa0;: une connexion d’un principal de service de Microsoft lui-même (MicrosoftServicePrincipalSignInLogs), pas d’une charge de travail du locataire</translation>
    </message>
    <message>
        <source>%1: line %2: a sign-in log record without the properties that hold the sign-in (and the operationName beside them), so nothing says who signed in</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un enregistrement de journal de connexion sans les properties qui contiennent la connexion (ni l’operationName à côté), donc rien ne dit qui s’est connecté</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: JSON invalide&#xa0;: %4%5</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>%1: diagnostic records of category %2, not a sign-in log: passed over</source>
        <translation>%1&#xa0;: enregistrements de diagnostic de la catégorie %2, pas un journal de connexions&#xa0;: ignorés</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of %2 only, none a sign-in log, so nothing says which workload identity was used; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1&#xa0;: uniquement des enregistrements de diagnostic Azure Monitor de %2, aucun journal de connexions, donc rien ne dit quelle identité de charge de travail a été utilisée&#xa0;; fournissez plutôt les journaux de connexions des charges de travail (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) ou des exports Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity: passed over</source>
        <translation>%1&#xa0;: le journal d’audit de l’annuaire Entra, qui enregistre les modifications de l’annuaire, non l’usage d’une identité&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1&#xa0;: le journal d’audit de l’annuaire Entra, qui enregistre les modifications de l’annuaire, non l’usage d’une identité&#xa0;; fournissez plutôt les journaux de connexion (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) ou des exports Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword): it holds the secret itself, which may still be valid; passed over, not stored: delete the file</source>
        <translation>%1&#xa0;: un nouveau secret client, tel que Microsoft Graph le renvoie une seule fois (addPassword)&#xa0;: il contient le secret lui-même, qui est peut-être encore valide&#xa0;; ignoré, non enregistré&#xa0;: supprimez le fichier</translation>
    </message>
</context>
<context>
    <name>EntraGraphMapper</name>
    <message>
        <source>an array of objects</source>
        <translation>un tableau d&apos;objets</translation>
    </message>
    <message>
        <source>%1: %2: not a Microsoft Graph object this importer reads</source>
        <translation>%1&#xa0;: %2&#xa0;: pas un objet Microsoft Graph lu par cet importateur</translation>
    </message>
    <message>
        <source>the object id</source>
        <translation>l&apos;ID d&apos;objet</translation>
    </message>
    <message>
        <source>%1: %2: an app role assigned to a %3, not to a workload identity</source>
        <translation>%1&#xa0;: %2&#xa0;: un rôle d&apos;application attribué à un principal de type %3, et non à une identité de charge de travail</translation>
    </message>
    <message>
        <source>the object id of the service principal</source>
        <translation>l&apos;ID d&apos;objet du principal de service</translation>
    </message>
    <message>
        <source>the id of an app role</source>
        <translation>l&apos;ID d&apos;un rôle d&apos;application</translation>
    </message>
    <message>
        <source>the object id of the client service principal</source>
        <translation>l&apos;ID d&apos;objet du principal de service client</translation>
    </message>
    <message>
        <source>%1: %2: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation>%1&#xa0;: %2&#xa0;: connexion d&apos;un utilisateur, et non d&apos;une identité de charge de travail</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>un horodatage, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the key id of the credential</source>
        <translation>l&apos;ID de clé de l&apos;identifiant</translation>
    </message>
    <message>
        <source>%1: credential %2 of app %3, whose service principal is not in the input</source>
        <translation>%1&#xa0;: identifiant %2 de l&apos;application %3, dont le principal de service ne figure pas dans l&apos;entrée</translation>
    </message>
    <message>
        <source>%1: new credential %2 of %3, which is not in the input</source>
        <translation>%1&#xa0;: nouvel identifiant %2 de %3, qui ne figure pas dans l&apos;entrée</translation>
    </message>
    <message>
        <source>the application&apos;s appId (a $select that leaves it out cannot be imported; select appId too)</source>
        <translation>l&apos;appId de l&apos;application (un $select qui l&apos;omet ne peut pas être importé&#xa0;; sélectionnez aussi appId)</translation>
    </message>
    <message>
        <source>%1: last sign-in of credential %2 of app %3, whose service principal is not in the input</source>
        <translation>%1&#xa0;: dernière connexion de l&apos;identifiant %2 de l&apos;application %3, dont le principal de service n&apos;est pas dans l&apos;entrée</translation>
    </message>
    <message>
        <source>%1: %2: a federated credential that does not say whose it is; save the request line (GET /applications/{id}/federatedIdentityCredentials) with the answer</source>
        <translation>%1&#xa0;: %2&#xa0;: un identifiant fédéré qui ne dit pas à qui il appartient&#xa0;; enregistrez la ligne de requête (GET /applications/{id}/federatedIdentityCredentials) avec la réponse</translation>
    </message>
    <message>
        <source>the id of the federated credential</source>
        <translation>l’identifiant de l’identifiant fédéré</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n object(s) is a service principal, application, app role assignment, permission grant or sign-in that Recertify reads</source>
        <translation>
            <numerusform>%1&#xa0;: son %n objet n’est ni un principal de service, ni une application, ni une attribution de rôle d’application, ni une autorisation accordée, ni une connexion que Recertify lit</numerusform>
            <numerusform>%1&#xa0;: aucun de ses %n objets n’est un principal de service, une application, une attribution de rôle d’application, une autorisation accordée ou une connexion que Recertify lit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: credentials of %2, which the input does not hold; import them together with the application or service principal they belong to</source>
        <translation>%1&#xa0;: identifiants de %2, absent de l’entrée&#xa0;; importez-les avec l’application ou le principal de service auxquels ils appartiennent</translation>
    </message>
    <message>
        <source>the object id of the role&apos;s holder</source>
        <translation>l’ID d’objet du détenteur du rôle</translation>
    </message>
    <message>
        <source>the id of a role definition</source>
        <translation>l’ID d’une définition de rôle</translation>
    </message>
    <message>
        <source>%1: %2: %3 held by a %4, not a workload identity</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 détenu par un %4, pas une identité de charge de travail</translation>
    </message>
    <message>
        <source>%1: %2: a sponsor given by id only (%3), with no mail or userPrincipalName to name the person; list sponsors with $select=id,mail,userPrincipalName</source>
        <translation>%1&#xa0;: %2&#xa0;: un sponsor donné par son seul identifiant (%3), sans mail ni userPrincipalName pour nommer la personne&#xa0;; listez les sponsors avec $select=id,mail,userPrincipalName</translation>
    </message>
    <message>
        <source>%1: %2: an owner given by id only (%3), with no mail or userPrincipalName to name the person; list owners with $select=id,mail,userPrincipalName</source>
        <translation>%1&#xa0;: %2&#xa0;: un propriétaire donné par son seul identifiant (%3), sans mail ni userPrincipalName pour nommer la personne&#xa0;; listez les propriétaires avec $select=id,mail,userPrincipalName</translation>
    </message>
    <message>
        <source>%1: @odata.nextLink: more pages exist than were given; what they hold is not counted (give every page, or sync the tenant live)</source>
        <translation>%1&#xa0;: @odata.nextLink&#xa0;: il existe plus de pages que celles fournies&#xa0;; leur contenu n’est pas compté (fournir toutes les pages, ou synchroniser le locataire en direct)</translation>
    </message>
    <message>
        <source>%1: %2: a certificate and this secret share key id %3: both kept, the secret as &quot;%3 (secret)&quot;</source>
        <translation>%1&#xa0;: %2&#xa0;: un certificat et ce secret ont le même identifiant de clé %3&#xa0;: les deux sont gardés, le secret sous «&#xa0;%3 (secret)&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2: Azure role %3 held by a %4, not a workload identity</source>
        <translation>%1&#xa0;: %2&#xa0;: rôle Azure %3 détenu par un %4, pas une identité de charge de travail</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n object(s) carry an id, an appId and a few more fields, which fit an application and a service principal alike; export them with servicePrincipalType (service principals) or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal or Get-MgApplication without Select-Object)</source>
        <translation>
            <numerusform>%1&#xa0;: son %n objet porte un id, un appId et quelques autres champs, qui conviennent autant à une application qu’à un principal de service&#xa0;; exportez-le aussi avec servicePrincipalType (principaux de service) ou signInAudience (applications), ou sans restreindre les champs (Get-MgServicePrincipal ou Get-MgApplication sans Select-Object)</numerusform>
            <numerusform>%1&#xa0;: ses %n objets portent un id, un appId et quelques autres champs, qui conviennent autant à une application qu’à un principal de service&#xa0;; exportez-les aussi avec servicePrincipalType (principaux de service) ou signInAudience (applications), ou sans restreindre les champs (Get-MgServicePrincipal ou Get-MgApplication sans Select-Object)</numerusform>
        </translation>
    </message>
    <message>
        <source>the object id of the managed identity&apos;s service principal</source>
        <translation>l’identifiant d’objet du principal de service de l’identité managée</translation>
    </message>
    <message>
        <source>%1: %2 held by %3, whose type the input does not give and which is not a service principal in it (import the service principals too, or assignments that name the holder&apos;s type)</source>
        <translation>%1&#xa0;: %2 détenu par %3, dont l’entrée ne donne pas le type et qui n’y est pas un principal de service (importez aussi les principaux de service, ou des attributions qui nomment le type du détenteur)</translation>
    </message>
    <message>
        <source>%1: %2: a last sign-in that names no application</source>
        <translation>%1&#xa0;: %2&#xa0;: une dernière connexion qui ne nomme aucune application</translation>
    </message>
    <message>
        <source>%1: Microsoft&apos;s own service principals, which Microsoft&apos;s tenants own and run rather than this one</source>
        <translation>%1&#xa0;: principaux de service propres à Microsoft, que les locataires de Microsoft possèdent et exploitent, et non celui-ci</translation>
    </message>
    <message>
        <source>%1: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation>%1&#xa0;: la connexion d’un utilisateur, pas celle d’une identité de charge de travail</translation>
    </message>
    <message>
        <source>%1: %2 lists no more than one object in any answer, as a lookup by $filter or $search does; nothing it leaves out was retired</source>
        <translation>%1&#xa0;: %2 ne liste pas plus d’un objet par réponse, comme le fait une recherche par $filter ou $search&#xa0;; rien de ce qu’elle omet n’a été retiré</translation>
    </message>
    <message>
        <source>%1: an app role assigned to a %2, not to a workload identity</source>
        <translation>%1&#xa0;: un rôle d’application attribué à un %2, pas à une identité de charge de travail</translation>
    </message>
    <message>
        <source>%1: a service principal read for its app roles only (no appId or displayName): its roles name the permissions others hold; not governed here</source>
        <translation>%1&#xa0;: un principal de service lu pour ses seuls rôles d’application (sans appId ni displayName)&#xa0;: ses rôles nomment les permissions des autres&#xa0;; il n’est pas gouverné ici</translation>
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
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the token endpoint refused the client credentials of %2: %3</source>
        <translation>%1&#xa0;: le point de terminaison de jeton a refusé les identifiants client de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the token response holds no access_token</source>
        <translation>%1&#xa0;: la réponse de jeton ne contient pas d&apos;access_token</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation>%1&#xa0;: octet %2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: @odata.nextLink points to another host (%2); refusing to send the token there</source>
        <translation>%1&#xa0;: @odata.nextLink pointe vers un autre hôte (%2)&#xa0;; le jeton n&apos;y sera pas envoyé</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>%1: cannot create the bundle (zip error %2)</source>
        <translation>%1&#xa0;: impossible de créer le lot (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1: cannot write %2 into the bundle</source>
        <translation>%1&#xa0;: impossible d&apos;écrire %2 dans le lot</translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place</source>
        <translation>%1&#xa0;: impossible de déplacer le lot terminé à son emplacement définitif</translation>
    </message>
    <message>
        <source>%1: not a readable zip file</source>
        <translation>%1&#xa0;: fichier zip illisible</translation>
    </message>
    <message>
        <source>%1: has no %2</source>
        <translation>%1&#xa0;: ne contient pas %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot read</source>
        <translation>%1&#xa0;: %2&#xa0;: lecture impossible</translation>
    </message>
    <message>
        <source>%1: %2: damaged (its checksum in the zip does not match)</source>
        <translation>%1&#xa0;: %2&#xa0;: endommagé (sa somme de contrôle dans le zip ne correspond pas)</translation>
    </message>
    <message>
        <source>%1: damaged inside the zip (checksum error)</source>
        <translation>%1&#xa0;: endommagé dans le zip (erreur de somme de contrôle)</translation>
    </message>
    <message>
        <source>%1: missing from the bundle</source>
        <translation>%1&#xa0;: absent du lot</translation>
    </message>
    <message>
        <source>SHA256SUMS: line %1 is not in sha256sum&apos;s format</source>
        <translation>SHA256SUMS&#xa0;: la ligne %1 n&apos;est pas au format de sha256sum</translation>
    </message>
    <message>
        <source>%1: listed in SHA256SUMS but missing from the bundle</source>
        <translation>%1&#xa0;: répertorié dans SHA256SUMS mais absent du lot</translation>
    </message>
    <message>
        <source>%1: in the bundle but not listed in SHA256SUMS</source>
        <translation>%1&#xa0;: présent dans le lot mais non répertorié dans SHA256SUMS</translation>
    </message>
    <message>
        <source>signer.pub.pem: not a readable Ed25519 public key</source>
        <translation>signer.pub.pem&#xa0;: clé publique Ed25519 illisible</translation>
    </message>
    <message>
        <source>SHA256SUMS.sig: the signature does not verify against SHA256SUMS and signer.pub.pem</source>
        <translation>SHA256SUMS.sig&#xa0;: la signature ne se vérifie pas avec SHA256SUMS et signer.pub.pem</translation>
    </message>
    <message>
        <source>signer.pub.pem: changed: it is not the key that signed SHA256SUMS</source>
        <translation>signer.pub.pem&#xa0;: modifié&#xa0;: ce n&apos;est pas la clé qui a signé SHA256SUMS</translation>
    </message>
    <message>
        <source>SHA256SUMS: changed: its signature does not verify (it lists hashes for %1 that do not match)</source>
        <translation>SHA256SUMS&#xa0;: modifié&#xa0;: sa signature ne se vérifie pas (il répertorie pour %1 des hachages qui ne correspondent pas)</translation>
    </message>
    <message>
        <source>%1: changed: its SHA-256 does not match SHA256SUMS</source>
        <translation>%1&#xa0;: modifié&#xa0;: son SHA-256 ne correspond pas à SHA256SUMS</translation>
    </message>
    <message>
        <source>signer.pub.pem: signed by %1, which is not the trusted key %2</source>
        <translation>signer.pub.pem&#xa0;: signé par %1, qui n&apos;est pas la clé de confiance %2</translation>
    </message>
    <message>
        <source>the zip directory: cannot be read</source>
        <translation>le répertoire du zip&#xa0;: illisible</translation>
    </message>
    <message>
        <source>the zip directory: %1 entries where a bundle has %2</source>
        <translation>le répertoire du zip&#xa0;: %1 entrées alors qu&apos;un lot en contient %2</translation>
    </message>
    <message>
        <source>the zip directory: an entry cannot be read</source>
        <translation>le répertoire du zip&#xa0;: une entrée est illisible</translation>
    </message>
    <message>
        <source>%1: a path inside the zip; a bundle holds plain file names only</source>
        <translation>%1&#xa0;: un chemin à l&apos;intérieur du zip&#xa0;; un lot ne contient que des noms de fichiers simples</translation>
    </message>
    <message>
        <source>%1: not a member of an evidence bundle</source>
        <translation>%1&#xa0;: ne fait pas partie d&apos;un lot de preuves</translation>
    </message>
    <message>
        <source>%1: appears twice in the zip; which one a tool reads would differ</source>
        <translation>%1&#xa0;: apparaît deux fois dans le zip&#xa0;; l&apos;entrée lue dépendrait de l&apos;outil</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than its limit of %3</source>
        <translation>%1&#xa0;: %2 octets, au-delà de sa limite de %3</translation>
    </message>
    <message>
        <source>%1: compressed more than %2 to 1, as no real evidence is</source>
        <translation>%1&#xa0;: compressé à plus de %2 pour 1, ce qui n&apos;arrive avec aucune preuve réelle</translation>
    </message>
    <message>
        <source>the zip directory: damaged</source>
        <translation>le répertoire du zip&#xa0;: endommagé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: larger than its limit of %3 bytes</source>
        <translation>%1&#xa0;: %2&#xa0;: dépasse sa limite de %3 octets</translation>
    </message>
    <message>
        <source>%1: cannot be read from the zip (its local header disagrees with the directory)</source>
        <translation>%1&#xa0;: impossible à lire dans le zip (son en-tête local ne concorde pas avec le répertoire)</translation>
    </message>
    <message>
        <source>%1: larger than its limit of %2 bytes</source>
        <translation>%1&#xa0;: dépasse sa limite de %2 octets</translation>
    </message>
    <message>
        <source>not a readable Ed25519 public key</source>
        <translation>clé publique Ed25519 illisible</translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation>%1&#xa0;: empreinte impossible à calculer (mémoire insuffisante)</translation>
    </message>
</context>
<context>
    <name>FormatSniffer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: a folder with no file Recertify can import (JSON, JSON Lines, YAML, gzip)</source>
        <translation>%1&#xa0;: un dossier sans aucun fichier que Recertify puisse importer (JSON, JSON Lines, YAML, gzip)</translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files under AWSLogs/…/CloudTrail/ instead (a folder with both is fine: digests are skipped).</source>
        <translation>%1&#xa0;: un fichier de synthèse CloudTrail&#xa0;: il contient des hachages de fichiers journaux, pas des événements. Indiquez plutôt les fichiers journaux sous AWSLogs/…/CloudTrail/ (un dossier contenant les deux convient&#xa0;: les fichiers de synthèse sont ignorés).</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with BOM)</source>
        <translation>%1&#xa0;: texte UTF-16 sans indicateur d&apos;ordre des octets&#xa0;; enregistrez-le en UTF-8 (ou en UTF-16 avec BOM)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: looks like CSV, but without the identity_id or timestamp column Recertify&apos;s CSV import needs (see the README)</source>
        <translation>%1&#xa0;: ressemble à du CSV, mais sans la colonne identity_id ou timestamp dont l&apos;import CSV de Recertify a besoin (voir le README)</translation>
    </message>
    <message>
        <source>%1: not JSON, Kubernetes YAML (no kind or apiVersion) or CSV; nothing Recertify imports looks like this</source>
        <translation>%1&#xa0;: ni JSON, ni YAML Kubernetes (pas de kind ni d&apos;apiVersion), ni CSV&#xa0;; rien de ce qu&apos;importe Recertify ne ressemble à cela</translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files instead.</source>
        <translation>%1&#xa0;: un fichier de synthèse CloudTrail&#xa0;: il contient des hachages de fichiers journaux, pas des événements. Indiquez plutôt les fichiers journaux.</translation>
    </message>
    <message>
        <source>%1: a Microsoft Graph error response, not data; export again once the request succeeds</source>
        <translation>%1&#xa0;: une réponse d&apos;erreur Microsoft Graph, et non des données&#xa0;; exportez à nouveau une fois la requête réussie</translation>
    </message>
    <message>
        <source>%1: Azure AD Graph output (graph.windows.net), which Microsoft has retired; export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation>%1&#xa0;: sortie d&apos;Azure AD Graph (graph.windows.net), que Microsoft a retiré&#xa0;; exportez plutôt depuis Microsoft Graph (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</translation>
    </message>
    <message>
        <source>%1: JSON that matches no format Recertify imports (AWS IAM or CloudTrail, Kubernetes, Microsoft Graph, GitHub, MCP); name the format instead of auto to see which field is missing</source>
        <translation>%1&#xa0;: JSON ne correspondant à aucun format importé par Recertify (AWS IAM ou CloudTrail, Kubernetes, Microsoft Graph, GitHub, MCP)&#xa0;; indiquez le format au lieu de auto pour voir quel champ manque</translation>
    </message>
    <message>
        <source>%1: the output of aws iam list-roles or list-users, which leaves out every policy; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1&#xa0;: la sortie de aws iam list-roles ou list-users, qui omet toutes les stratégies&#xa0;; exportez plutôt le compte avec aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: the output of aws iam %2, which leaves out the policies that say what it may do; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1&#xa0;: la sortie de aws iam %2, qui omet les stratégies disant ce qu’elle peut faire&#xa0;; exportez plutôt le compte avec aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: the output of aws iam generate-service-last-accessed-details, which only starts the report; import what aws iam get-service-last-accessed-details --job-id gives once it has finished</source>
        <translation>%1&#xa0;: la sortie de aws iam generate-service-last-accessed-details, qui ne fait que lancer le rapport&#xa0;; importez ce que donne aws iam get-service-last-accessed-details --job-id une fois celui-ci terminé</translation>
    </message>
    <message>
        <source>%1: CloudTrail Lake query results, which hold only the columns the query chose; give the trail&apos;s log files, an export of whole records (one per line), or aws cloudtrail lookup-events output instead</source>
        <translation>%1&#xa0;: des résultats de requête CloudTrail Lake, qui ne contiennent que les colonnes choisies par la requête&#xa0;; donnez plutôt les fichiers journaux du trail, un export d’enregistrements entiers (un par ligne) ou la sortie de aws cloudtrail lookup-events</translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake), not CloudTrail&apos;s own record format; give the trail&apos;s log files or an export of CloudTrail records instead</source>
        <translation>%1&#xa0;: des enregistrements OCSF (Amazon Security Lake), et non le format d’enregistrement propre à CloudTrail&#xa0;; donnez plutôt les fichiers journaux du trail ou un export d’enregistrements CloudTrail</translation>
    </message>
    <message>
        <source>%1 (the file looks like %2 input: import it as %2, or with auto)</source>
        <translation>%1 (le fichier ressemble à une entrée %2&#xa0;: importez-le en tant que %2, ou avec auto)</translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1&#xa0;: le journal d’audit de l’annuaire Entra, qui enregistre les modifications de l’annuaire, non l’usage d’une identité&#xa0;; fournissez plutôt les journaux de connexion (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) ou des exports Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: the output of %2, which says nothing of what the identity may do; export the account with aws iam get-account-authorization-details, and its activity from CloudTrail</source>
        <translation>%1&#xa0;: la sortie de %2, qui ne dit rien de ce que l’identité peut faire&#xa0;; exportez le compte avec aws iam get-account-authorization-details, et son activité depuis CloudTrail</translation>
    </message>
    <message>
        <source>%1: Amazon S3 event notifications, which name the object changed but not the identity that called; give the trail&apos;s log files (S3 data events) instead</source>
        <translation>%1&#xa0;: des notifications d’événements Amazon S3, qui nomment l’objet modifié mais pas l’identité appelante&#xa0;; donnez plutôt les fichiers journaux du trail (événements de données S3)</translation>
    </message>
    <message>
        <source>%1: Microsoft Sentinel&apos;s AWSCloudTrail table saved as CSV, which flattens each record into columns and leaves parts out; give the trail&apos;s log files, or whole CloudTrail records one per line, instead</source>
        <translation>%1&#xa0;: la table AWSCloudTrail de Microsoft Sentinel enregistrée en CSV, qui aplatit chaque enregistrement en colonnes et en omet des parties&#xa0;; donnez plutôt les fichiers journaux du trail, ou des enregistrements CloudTrail entiers, un par ligne</translation>
    </message>
    <message>
        <source>%1: the output of az ad sp create-for-rbac. It holds a live secret (password): delete the file. Export the service principals (az ad sp list --all) and applications instead</source>
        <translation>%1&#xa0;: la sortie de az ad sp create-for-rbac. Elle contient un secret valide (password)&#xa0;: supprimez le fichier. Exportez plutôt les principaux de service (az ad sp list --all) et les applications</translation>
    </message>
    <message>
        <source>%1: the output of aws iam create-access-key. It holds a live secret key: delete the file. The account&apos;s export (get-account-authorization-details) and CloudTrail say who holds which key and when it was used</source>
        <translation>%1&#xa0;: la sortie de aws iam create-access-key. Elle contient une clé secrète valide&#xa0;: supprimez le fichier. L’export du compte (get-account-authorization-details) et CloudTrail disent qui détient quelle clé et quand elle a servi</translation>
    </message>
    <message>
        <source>%1: Amazon Bedrock model invocation logs, which keep prompts and answers; who called which model is in CloudTrail (InvokeModel, Converse): give the trail&apos;s log files instead</source>
        <translation>%1&#xa0;: des journaux d’invocation de modèles Amazon Bedrock, qui conservent invites et réponses&#xa0;; qui a appelé quel modèle se trouve dans CloudTrail (InvokeModel, Converse)&#xa0;: donnez plutôt les fichiers journaux du trail</translation>
    </message>
    <message>
        <source>%1: IAM Access Analyzer findings, which judge access rather than list it; export the account with aws iam get-account-authorization-details and its use from CloudTrail, and Recertify finds unused access itself</source>
        <translation>%1&#xa0;: des constats d’IAM Access Analyzer, qui jugent les accès au lieu de les lister&#xa0;; exportez le compte avec aws iam get-account-authorization-details et son usage depuis CloudTrail, et Recertify trouve lui-même les accès inutilisés</translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out reads and carry no time; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation>%1&#xa0;: des requêtes de webhook d’admission (AdmissionReview, telles que kube-audit-rest les journalise), qui omettent les lectures et ne portent pas d’heure&#xa0;; donnez plutôt le journal d’audit du serveur d’API (--audit-log-path, ou l’EventList que reçoit un webhook d’audit)</translation>
    </message>
    <message>
        <source>%1: Microsoft Graph activity logs, which Recertify does not read yet; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) instead</source>
        <translation>%1&#xa0;: des journaux d’activité de Microsoft Graph, que Recertify ne lit pas encore&#xa0;; donnez plutôt les journaux de connexion des charges de travail (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs)</translation>
    </message>
    <message>
        <source>%1: a person&apos;s public SSH keys (GET /users/USER/keys), which sign in as that person; they are not deploy keys. Give a repository&apos;s deploy keys (GET /repos/OWNER/REPO/keys) instead</source>
        <translation>%1&#xa0;: les clés SSH publiques d’une personne (GET /users/USER/keys), qui se connectent en tant que cette personne&#xa0;; ce ne sont pas des clés de déploiement. Donnez plutôt les clés de déploiement d’un dépôt (GET /repos/OWNER/REPO/keys)</translation>
    </message>
    <message>
        <source>%1: a list of GitHub Actions secrets, which names stored values, not identities; the workflows that read them act as the repository&apos;s GITHUB_TOKEN or an App. Give the App&apos;s installations or the organization&apos;s audit log instead</source>
        <translation>%1&#xa0;: une liste de secrets GitHub Actions, qui nomme des valeurs stockées, pas des identités&#xa0;; les workflows qui les lisent agissent en tant que GITHUB_TOKEN du dépôt ou qu’App. Donnez plutôt les installations de l’App ou le journal d’audit de l’organisation</translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery (%2) that describes no App installation; give the installation or installation_repositories events, or GET /orgs/ORG/installations</source>
        <translation>%1&#xa0;: une livraison de webhook GitHub (%2) qui ne décrit aucune installation d’App&#xa0;; donnez les événements installation ou installation_repositories, ou GET /orgs/ORG/installations</translation>
    </message>
    <message>
        <source>another event</source>
        <translation>d’un autre événement</translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s definition (GET /app), which says what the App may ask for, not where it is installed or what each installation was granted; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation>%1&#xa0;: la définition d’une App GitHub (GET /app), qui dit ce que l’App peut demander, pas où elle est installée ni ce que chaque installation a reçu&#xa0;; donnez plutôt les installations de l’App (GET /app/installations, ou GET /orgs/ORG/installations)</translation>
    </message>
    <message>
        <source>%1: an access token as GitHub hands it out (POST …/access_tokens, or the OAuth token exchange). It holds a live secret and does not say which installation or App it belongs to; delete the file, and give the App&apos;s installations (GET /app/installations) or the organization&apos;s audit log instead</source>
        <translation>%1&#xa0;: un jeton d’accès tel que GitHub le délivre (POST …/access_tokens, ou l’échange de jeton OAuth). Il contient un secret valide et ne dit pas à quelle installation ou App il appartient&#xa0;; supprimez le fichier, et donnez plutôt les installations de l’App (GET /app/installations) ou le journal d’audit de l’organisation</translation>
    </message>
    <message>
        <source>%1: a log pipeline&apos;s capture that keeps each CloudTrail record as a string (_raw); export the records themselves, one per line, or the trail&apos;s log files</source>
        <translation>%1&#xa0;: la capture d’un pipeline de journaux qui garde chaque enregistrement CloudTrail sous forme de chaîne (_raw)&#xa0;; exportez les enregistrements eux-mêmes, un par ligne, ou les fichiers journaux du trail</translation>
    </message>
    <message>
        <source>%1: a ZIP archive; unzip it and import the files inside</source>
        <translation>%1&#xa0;: une archive ZIP&#xa0;; décompressez-la et importez les fichiers qu’elle contient</translation>
    </message>
    <message>
        <source>%1: a Git LFS pointer, not the file it stands for; fetch the file (git lfs pull) and import that</source>
        <translation>%1&#xa0;: un pointeur Git LFS, pas le fichier qu’il représente&#xa0;; récupérez le fichier (git lfs pull) et importez-le</translation>
    </message>
    <message>
        <source>%1: an empty JSON list: nothing to import, and nothing to tell its format by; name the format to import it as an empty answer (Docker&apos;s MCP catalogue writes [] for a server that lists its tools only when it runs: save its tools/list answer instead)</source>
        <translation>%1&#xa0;: une liste JSON vide&#xa0;: rien à importer, et rien qui indique son format&#xa0;; nommez le format pour l’importer comme une réponse vide (le catalogue MCP de Docker écrit [] pour un serveur qui ne liste ses outils qu’à l’exécution&#xa0;: enregistrez plutôt sa réponse tools/list)</translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s installation requests (GET /app/installation-requests): people asking for the App to be installed, which grants nothing yet; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation>%1&#xa0;: des demandes d’installation d’une GitHub App (GET /app/installation-requests)&#xa0;: des personnes qui demandent l’installation de l’App, ce qui n’accorde encore rien&#xa0;; fournissez plutôt les installations de l’App (GET /app/installations ou GET /orgs/ORG/installations)</translation>
    </message>
    <message>
        <source> (hidden folders are not read: %1; give the files in them)</source>
        <translation> (les dossiers cachés ne sont pas lus&#xa0;: %1&#xa0;; donner les fichiers qu’ils contiennent)</translation>
    </message>
    <message>
        <source> (hidden files and folders are not read: %1; give them by name)</source>
        <translation> (les fichiers et dossiers cachés ne sont pas lus&#xa0;: %1&#xa0;; donnez-les par leur nom)</translation>
    </message>
    <message>
        <source>%1: CloudWatch Logs subscription data as a Lambda receives it; Recertify reads CloudTrail records in this form (import it as aws-cloudtrail); for other logs save the log group&apos;s events instead (aws logs filter-log-events)</source>
        <translation>%1&#xa0;: données d’abonnement CloudWatch Logs telles qu’une fonction Lambda les reçoit&#xa0;; Recertify lit sous cette forme des enregistrements CloudTrail (importez-les comme aws-cloudtrail)&#xa0;; pour d’autres journaux, enregistrez plutôt les événements du groupe de journaux (aws logs filter-log-events)</translation>
    </message>
    <message>
        <source>%1: an Azure AD Graph error response (graph.windows.net), not data; Azure AD Graph is retired: export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation>%1&#xa0;: une réponse d’erreur d’Azure AD Graph (graph.windows.net), pas des données&#xa0;; Azure AD Graph est retiré&#xa0;: exportez plutôt depuis Microsoft Graph (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword). It holds the secret itself, which may still be valid: delete the file. The passwordCredentials of the application or service principal (GET /applications or /servicePrincipals, which never show the secret) say when each one expires</source>
        <translation>%1&#xa0;: un nouveau secret client, tel que Microsoft Graph le renvoie une seule fois (addPassword). Le fichier contient le secret lui-même, peut-être encore valide&#xa0;: supprimez-le. Les passwordCredentials de l’application ou du principal de service (GET /applications ou /servicePrincipals, qui ne montrent jamais le secret) disent quand chacun expire</translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out every read (get, list, watch never reach a webhook), so what an identity uses cannot be told; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation>%1&#xa0;: des requêtes de webhook d’admission (AdmissionReview, telles que kube-audit-rest les journalise), sans aucune lecture (get, list, watch n’atteignent jamais un webhook), si bien qu’on ne peut dire ce qu’une identité utilise&#xa0;; fournissez plutôt le journal d’audit du serveur d’API (--audit-log-path, ou l’EventList que reçoit un webhook d’audit)</translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries of Kubernetes Events (logs/events), which say what happened to objects, not who acted; export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation>%1&#xa0;: des entrées Google Cloud Logging d’événements Kubernetes (logs/events), qui disent ce qui est arrivé aux objets, pas qui a agi&#xa0;; exportez plutôt les journaux d’audit du cluster (cloudaudit.googleapis.com/activity et data_access, service k8s.io)</translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries that are no audit log (a jsonPayload, not a protoPayload); export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation>%1&#xa0;: des entrées Google Cloud Logging qui ne sont pas un journal d’audit (un jsonPayload, pas un protoPayload)&#xa0;; exportez plutôt les journaux d’audit du cluster (cloudaudit.googleapis.com/activity et data_access, service k8s.io)</translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation>%1&#xa0;: des alertes de secret scanning GitHub (GET …/secret-scanning/alerts)&#xa0;: elles nomment des secrets trouvés dans le code, pas les identités qui les détiennent, et ne sont pas importées&#xa0;; exportez plutôt les installations, les jetons ou le journal d’audit de l’organisation</translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake) of a Kubernetes cluster&apos;s audit log, not the audit Events themselves; give the cluster&apos;s audit log instead (EKS: its control plane&apos;s audit log group, read with aws logs filter-log-events)</source>
        <translation>%1&#xa0;: des enregistrements OCSF (Amazon Security Lake) du journal d’audit d’un cluster Kubernetes, pas les événements d’audit eux-mêmes&#xa0;; fournissez plutôt le journal d’audit du cluster (EKS&#xa0;: le groupe de journaux d’audit de son plan de contrôle, lu avec aws logs filter-log-events)</translation>
    </message>
    <message>
        <source>%1 holds files of several kinds, and %2</source>
        <translation>%1 contient des fichiers de plusieurs sortes, et %2</translation>
    </message>
    <message>
        <source>%1: a Prowler scan report (CSV), which judges settings check by check rather than listing identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation>%1&#xa0;: un rapport d’analyse Prowler (CSV), qui juge les réglages contrôle par contrôle au lieu de lister les identités&#xa0;; donnez plutôt l’inventaire qu’il a lu (aws iam get-account-authorization-details, kubectl get … -o yaml, exports Microsoft Graph)</translation>
    </message>
    <message>
        <source>%1: cloudsplaining&apos;s scan results, which judge each policy rather than list the account; give the file cloudsplaining scanned instead (aws iam get-account-authorization-details)</source>
        <translation>%1&#xa0;: les résultats d’analyse de cloudsplaining, qui jugent chaque stratégie au lieu de lister le compte&#xa0;; donnez plutôt le fichier que cloudsplaining a analysé (aws iam get-account-authorization-details)</translation>
    </message>
    <message>
        <source>a scanner</source>
        <translation>un scanner</translation>
    </message>
    <message>
        <source>%1: findings of %2 (OCSF Detection Finding), which judge settings check by check rather than list identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation>%1&#xa0;: constats de %2 (OCSF Detection Finding), qui jugent les réglages contrôle par contrôle au lieu de lister les identités&#xa0;; donnez plutôt l’inventaire lu (aws iam get-account-authorization-details, kubectl get … -o yaml, exports Microsoft Graph)</translation>
    </message>
    <message>
        <source>%1: Microsoft 365&apos;s unified audit log (Exchange, SharePoint, Teams operations), which Recertify does not read; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1&#xa0;: le journal d’audit unifié de Microsoft 365 (opérations Exchange, SharePoint, Teams), que Recertify ne lit pas&#xa0;; donnez plutôt les journaux de connexion des charges de travail (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) ou des exports Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: Azure&apos;s activity log (calls to Azure Resource Manager), which Recertify does not read; give the role assignments (az role assignment list --all) and the workload sign-in logs instead</source>
        <translation>%1&#xa0;: le journal d’activité Azure (appels à Azure Resource Manager), que Recertify ne lit pas&#xa0;; donnez plutôt les attributions de rôles (az role assignment list --all) et les journaux de connexion des charges de travail</translation>
    </message>
    <message>
        <source>%1: an AWS API&apos;s XML answer (%2), which Recertify does not read; give the JSON the AWS CLI prints for the same call (aws iam get-account-authorization-details &gt; FILE.json)</source>
        <translation>%1&#xa0;: la réponse XML d’une API AWS (%2), que Recertify ne lit pas&#xa0;; donnez plutôt le JSON que l’AWS CLI affiche pour le même appel (aws iam get-account-authorization-details &gt; FICHIER.json)</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of category %2, which say nothing of a workload identity&apos;s use; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation>%1&#xa0;: enregistrements de diagnostic Azure Monitor de la catégorie %2, qui ne disent rien de l&apos;utilisation d&apos;une identité de charge de travail&#xa0;; fournissez plutôt les journaux de connexions des charges de travail (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) ou des exports Microsoft Graph</translation>
    </message>
    <message>
        <source>%1: an IAM policy document (Version and Statement), which says what may be done but not who holds it; export the account with aws iam get-account-authorization-details, which holds every policy beside the users, groups and roles it is attached to</source>
        <translation>%1&#xa0;: un document de stratégie IAM (Version et Statement), qui dit ce qui peut être fait mais pas qui le détient&#xa0;; exportez le compte avec aws iam get-account-authorization-details, qui contient chaque stratégie à côté des utilisateurs, groupes et rôles auxquels elle est attachée</translation>
    </message>
    <message>
        <source>%1: the output of one aws iam policy command (get-policy, get-policy-version, get-role-policy, list-attached-role-policies, list-policies…), which leaves out who holds what; export the account with aws iam get-account-authorization-details instead</source>
        <translation>%1&#xa0;: la sortie d’une commande de stratégie aws iam (get-policy, get-policy-version, get-role-policy, list-attached-role-policies, list-policies…), qui omet qui détient quoi&#xa0;; exportez plutôt le compte avec aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: AWS Organizations output (accounts, organizational units or service control policies), which names no identity of an account; export each account with aws iam get-account-authorization-details</source>
        <translation>%1&#xa0;: une sortie d’AWS Organizations (comptes, unités d’organisation ou stratégies de contrôle des services), qui ne nomme aucune identité d’un compte&#xa0;; exportez chaque compte avec aws iam get-account-authorization-details</translation>
    </message>
    <message>
        <source>%1: JSON whose beginning is missing (it starts inside a value): save the whole file again, from its first { or [</source>
        <translation>%1&#xa0;: du JSON dont le début manque (il commence au milieu d’une valeur)&#xa0;: enregistrez à nouveau tout le fichier, depuis sa première { ou [</translation>
    </message>
</context>
<context>
    <name>GitHubAppJwt</name>
    <message>
        <source>the GitHub App&apos;s private key is not an RSA key in PEM form (download it again from the App&apos;s settings)</source>
        <translation>la clé privée de la GitHub App n&apos;est pas une clé RSA au format PEM (téléchargez-la à nouveau depuis les paramètres de l&apos;application)</translation>
    </message>
    <message>
        <source>signing the GitHub App token failed</source>
        <translation>la signature du jeton de la GitHub App a échoué</translation>
    </message>
</context>
<context>
    <name>GitHubImporter</name>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>un horodatage, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>the installation id</source>
        <translation>l&apos;ID d&apos;installation</translation>
    </message>
    <message>
        <source>the id of the GitHub App</source>
        <translation>l&apos;ID de l&apos;application GitHub</translation>
    </message>
    <message>
        <source>the id of the token</source>
        <translation>l&apos;ID du jeton</translation>
    </message>
    <message>
        <source>%1 by %2 without a token (web activity)</source>
        <translation>%1 par %2 sans jeton (activité web)</translation>
    </message>
    <message>
        <source>%1 by %2 with a personal SSH key</source>
        <translation>%1 par %2 avec une clé SSH personnelle</translation>
    </message>
    <message>
        <source>%1 by %2: names no token or app</source>
        <translation>%1 par %2&#xa0;: ne mentionne ni jeton ni application</translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation>%1&#xa0;: annulé à la ligne %2</translation>
    </message>
    <message>
        <source>%1: line %2: expected one JSON object per line</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un objet JSON par ligne attendu</translation>
    </message>
    <message>
        <source>the time of the event</source>
        <translation>l&apos;heure de l&apos;événement</translation>
    </message>
    <message>
        <source>the id of the deploy key</source>
        <translation>l&apos;ID de la clé de déploiement</translation>
    </message>
    <message>
        <source>deploy key %1</source>
        <translation>clé de déploiement %1</translation>
    </message>
    <message>
        <source>deploy key %1 on %2</source>
        <translation>clé de déploiement %1 sur %2</translation>
    </message>
    <message>
        <source>%1: page %2</source>
        <translation>%1&#xa0;: page %2</translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key of %3</source>
        <translation>%1&#xa0;: [%2]&#xa0;: une clé SSH personnelle de %3</translation>
    </message>
    <message>
        <source>the id of the authorization</source>
        <translation>l&apos;identifiant de l&apos;autorisation</translation>
    </message>
    <message>
        <source>token of %1</source>
        <translation>jeton de %1</translation>
    </message>
    <message>
        <source>token …%1 of %2</source>
        <translation>jeton …%1 de %2</translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key, not a deploy key</source>
        <translation>%1&#xa0;: [%2]&#xa0;: une clé SSH personnelle, pas une clé de déploiement</translation>
    </message>
    <message>
        <source>%1: expected a GitHub App installation, a list of installations, of personal access tokens, of SSO credential authorizations or of deploy keys, or the organisation&apos;s audit log</source>
        <translation>%1&#xa0;: attendu une installation d&apos;application GitHub, une liste d&apos;installations, de jetons d&apos;accès personnels, d&apos;autorisations SSO ou de clés de déploiement, ou le journal d&apos;audit de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1: cancelled at record %2</source>
        <translation>%1&#xa0;: annulé à l’enregistrement %2</translation>
    </message>
    <message>
        <source>page %1 [%2]</source>
        <translation>page %1 [%2]</translation>
    </message>
    <message>
        <source>%1 by %2: an app&apos;s token, but the record names neither the installation nor the app&apos;s bot</source>
        <translation>%1 par %2&#xa0;: le jeton d’une application, mais l’entrée ne nomme ni l’installation ni le bot de l’application</translation>
    </message>
    <message>
        <source>%1: two tokens of %2 are named &quot;%3&quot;: audit records that name a token only by its name are not given to either</source>
        <translation>%1&#xa0;: deux jetons de %2 s’appellent «&#xa0;%3&#xa0;»&#xa0;: les entrées d’audit qui ne nomment un jeton que par son nom ne sont attribuées à aucun des deux</translation>
    </message>
    <message>
        <source>%1: the answer of GitHub&apos;s OAuth Authorizations API (GET /authorizations), which GitHub removed in 2020; export the organisation&apos;s audit log or its credential authorizations (GET /orgs/{org}/credential-authorizations) instead</source>
        <translation>%1&#xa0;: la réponse de l’API OAuth Authorizations de GitHub (GET /authorizations), que GitHub a supprimée en 2020&#xa0;; exportez plutôt le journal d’audit de l’organisation ou ses autorisations d’identifiants (GET /orgs/{org}/credential-authorizations)</translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery of another event, which names installation %2 only by its id; the installation and installation_repositories events describe it</source>
        <translation>%1&#xa0;: une livraison de webhook GitHub d’un autre événement, qui ne désigne l’installation %2 que par son identifiant&#xa0;; les événements installation et installation_repositories la décrivent</translation>
    </message>
    <message>
        <source>%1: %2: %3 by %4 has no time (created_at or @timestamp)</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 par %4 n’a pas d’heure (created_at ou @timestamp)</translation>
    </message>
    <message>
        <source>%1: %2: %3 lists no permissions; what it may do is unknown, not nothing, until an answer with its permissions is imported</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 ne liste aucune autorisation&#xa0;; ce qu’elle peut faire est inconnu, pas nul, jusqu’à l’import d’une réponse avec ses autorisations</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>quelqu’un sans nom</translation>
    </message>
    <message>
        <source>%1 by %2 without a token (a person&apos;s git access)</source>
        <translation>%1 par %2 sans jeton (accès git d’une personne)</translation>
    </message>
    <message>
        <source>%1: [%2]: an SSH key under /user/keys/: a person&apos;s own key, or a deploy key as GitHub listed them before 2015; export GET /repos/OWNER/REPO/keys again to import a repository&apos;s deploy keys</source>
        <translation>%1&#xa0;: [%2]&#xa0;: une clé SSH sous /user/keys/&#xa0;: la clé propre d’une personne, ou une clé de déploiement telle que GitHub les listait avant 2015&#xa0;; exportez de nouveau GET /repos/OWNER/REPO/keys pour importer les clés de déploiement d’un dépôt</translation>
    </message>
    <message>
        <source>the id of the request</source>
        <translation>l’identifiant de la demande</translation>
    </message>
    <message>
        <source>%1: request %2 was approved: the token&apos;s access shows in the organisation&apos;s list of tokens (GET /orgs/ORG/personal-access-tokens); import that to see it</source>
        <translation>%1&#xa0;: la demande %2 a été approuvée&#xa0;: l’accès du jeton apparaît dans la liste des jetons de l’organisation (GET /orgs/ORG/personal-access-tokens)&#xa0;; importez-la pour le voir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot inflate: %2</source>
        <translation>%1&#xa0;: décompression impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation>%1&#xa0;: des alertes de secret scanning GitHub (GET …/secret-scanning/alerts)&#xa0;: elles nomment des secrets trouvés dans le code, pas les identités qui les détiennent, et ne sont pas importées&#xa0;; exportez plutôt les installations, les jetons ou le journal d’audit de l’organisation</translation>
    </message>
    <message>
        <source>%1: a list whose first item is no App installation (app_id), personal access token (token_id), SSO credential authorization (credential_id) or deploy key (key); expected one of those lists, or the organisation&apos;s audit log</source>
        <translation>%1&#xa0;: une liste dont le premier élément n’est ni une installation d’App (app_id), ni un jeton d’accès personnel (token_id), ni une autorisation SSO (credential_id), ni une clé de déploiement (key)&#xa0;; attendu&#xa0;: l’une de ces listes, ou le journal d’audit de l’organisation</translation>
    </message>
    <message>
        <source>asks for %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>asks for %1: %2</source>
        <translation>demande %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deploy key(s) without their url, which names the repository each opens: their access is kept as to a repository not named; give the answer of gh api repos/OWNER/REPO/keys as GitHub sends it (gh repo deploy-key list --json leaves the url out)</source>
        <translation>
            <numerusform>%1&#xa0;: %n clé de déploiement sans son url, qui nomme le dépôt qu’elle ouvre&#xa0;: son accès est conservé comme donné à un dépôt non nommé&#xa0;; fournissez la réponse de gh api repos/OWNER/REPO/keys telle que GitHub l’envoie (gh repo deploy-key list --json omet l’url)</numerusform>
            <numerusform>%1&#xa0;: %n clés de déploiement sans leur url, qui nomme le dépôt que chacune ouvre&#xa0;: leur accès est conservé comme donné à un dépôt non nommé&#xa0;; fournissez la réponse de gh api repos/OWNER/REPO/keys telle que GitHub l’envoie (gh repo deploy-key list --json omet l’url)</numerusform>
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
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (keychain entry %2)</source>
        <translation>%1 (entrée du trousseau %2)</translation>
    </message>
    <message>
        <source>%1: GitHub App %2 is not installed on %3 or its key was refused: %4</source>
        <translation>%1&#xa0;: la GitHub App %2 n&apos;est pas installée sur %3 ou sa clé a été refusée&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: no installation token for GitHub App %2: %3</source>
        <translation>%1&#xa0;: aucun jeton d&apos;installation pour la GitHub App %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot reach GitHub: %2</source>
        <translation>%1&#xa0;: impossible de joindre GitHub&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: GitHub refused the credentials in the keychain entry %2: %3</source>
        <translation>%1&#xa0;: GitHub a refusé les identifiants de l&apos;entrée du trousseau %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3); this run says nothing about them</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2 (%3)&#xa0;; cette exécution n&apos;en dit rien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation>%1&#xa0;: octet %2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the next page is on another host (%2); refusing to send the token there</source>
        <translation>%1&#xa0;: la page suivante se trouve sur un autre hôte (%2)&#xa0;; le jeton n&apos;y sera pas envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>app installations</source>
        <translation>installations d&apos;applications</translation>
    </message>
    <message>
        <source>fine-grained personal access tokens</source>
        <translation>jetons d&apos;accès personnels à granularité fine</translation>
    </message>
    <message>
        <source>personal access token requests</source>
        <translation>demandes de jetons d&apos;accès personnels</translation>
    </message>
    <message>
        <source>repositories</source>
        <translation>dépôts</translation>
    </message>
    <message>
        <source>deploy keys of %1</source>
        <translation>clés de déploiement de %1</translation>
    </message>
    <message>
        <source>the audit log (GitHub Enterprise Cloud, read:audit_log)</source>
        <translation>le journal d&apos;audit (GitHub Enterprise Cloud, read:audit_log)</translation>
    </message>
    <message>
        <source>%1: the credentials may read nothing of the organisation %2</source>
        <translation>%1&#xa0;: les identifiants ne peuvent rien lire de l&apos;organisation %2</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>a compressed stream can only be read</source>
        <translation>un flux compressé ne peut être que lu</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>the compressed data ends early (truncated file)</source>
        <translation>les données compressées se terminent prématurément (fichier tronqué)</translation>
    </message>
    <message>
        <source>corrupt compressed data at byte %1 of the file: %2</source>
        <translation>données compressées corrompues à l&apos;octet %1 du fichier&#xa0;: %2</translation>
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
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) added: %1</source>
        <translation>
            <numerusform>%n autorisation ajoutée&#xa0;: %1</numerusform>
            <numerusform>%n autorisations ajoutées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) removed: %1</source>
        <translation>
            <numerusform>%n autorisation retirée&#xa0;: %1</numerusform>
            <numerusform>%n autorisations retirées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) added: %1</source>
        <translation>
            <numerusform>%n identifiant ajouté&#xa0;: %1</numerusform>
            <numerusform>%n identifiants ajoutés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) removed: %1</source>
        <translation>
            <numerusform>%n identifiant retiré&#xa0;: %1</numerusform>
            <numerusform>%n identifiants retirés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>disabled at its source</source>
        <translation>désactivé à sa source</translation>
    </message>
    <message>
        <source>shown as %1 before</source>
        <translation>affiché comme %1 auparavant</translation>
    </message>
    <message numerus="yes">
        <source>%n more identities that changed</source>
        <translation>
            <numerusform>%n autre identité modifiée</numerusform>
            <numerusform>%n autres identités modifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityKind</name>
    <message>
        <source>AI agent</source>
        <translation>Agent IA</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rôle IAM</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>Utilisateur IAM</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Identité managée</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>OAuth grant</source>
        <translation>Autorisation OAuth</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation>Compte de service Kubernetes</translation>
    </message>
    <message>
        <source>GitHub app</source>
        <translation>Application GitHub</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>Inscription d’application</translation>
    </message>
</context>
<context>
    <name>IdentityRepository</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Aucune identité avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>Several identities are called &quot;%1&quot;; use the id or native id</source>
        <translation>Plusieurs identités s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;ID ou l&apos;ID natif</translation>
    </message>
    <message>
        <source>No identity with id, native id or name &quot;%1&quot;</source>
        <translation>Aucune identité avec l&apos;ID, l&apos;ID natif ou le nom «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>AWS IAM authorization details (JSON)</source>
        <translation>Détails d&apos;autorisation AWS IAM (JSON)</translation>
    </message>
    <message>
        <source>AWS CloudTrail logs (.json, .json.gz, folders)</source>
        <translation>Journaux AWS CloudTrail (.json, .json.gz, dossiers)</translation>
    </message>
    <message>
        <source>AWS IAM Access Advisor (last accessed)</source>
        <translation>AWS IAM Access Advisor (dernier accès)</translation>
    </message>
    <message>
        <source>Kubernetes RBAC, service accounts and pods (kubectl JSON)</source>
        <translation>RBAC, comptes de service et pods Kubernetes (JSON de kubectl)</translation>
    </message>
    <message>
        <source>Kubernetes audit log (JSON Lines)</source>
        <translation>Journal d&apos;audit Kubernetes (JSON Lines)</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Graph responses)</source>
        <translation>Microsoft Entra ID (réponses Graph)</translation>
    </message>
    <message>
        <source>GitHub app installations, tokens and audit log</source>
        <translation>Installations d&apos;applications GitHub, jetons et journal d&apos;audit</translation>
    </message>
    <message>
        <source>MCP tools/list of an AI agent</source>
        <translation>tools/list MCP d&apos;un agent IA</translation>
    </message>
    <message>
        <source>CSV (identities.csv, activity.csv)</source>
        <translation>CSV (identities.csv, activity.csv)</translation>
    </message>
    <message>
        <source>AWS IAM credential report (users&apos; keys and passwords)</source>
        <translation>rapport d’identifiants AWS IAM (clés et mots de passe des utilisateurs)</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;</source>
        <translation>Aucun secret n&apos;est enregistré sous «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message>
        <source>%1: byte %2: cannot read: %3</source>
        <translation>%1&#xa0;: octet %2&#xa0;: lecture impossible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: byte %2: the file ends inside a JSON value (truncated?); expected %3</source>
        <translation>%1&#xa0;: octet %2&#xa0;: le fichier se termine au milieu d&apos;une valeur JSON (tronqué&#xa0;?)&#xa0;; attendu&#xa0;: %3</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>un guillemet fermant</translation>
    </message>
    <message>
        <source>a closing bracket</source>
        <translation>une accolade ou un crochet fermant</translation>
    </message>
    <message>
        <source>%1: byte %2: expected an object in the %3 array</source>
        <translation>%1&#xa0;: octet %2&#xa0;: objet attendu dans le tableau %3</translation>
    </message>
    <message>
        <source>top-level</source>
        <translation>de premier niveau</translation>
    </message>
    <message>
        <source>%1: byte %2: unexpected &apos;%3&apos;</source>
        <translation>%1&#xa0;: octet %2&#xa0;: caractère inattendu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON record: %3</source>
        <translation>%1&#xa0;: octet %2&#xa0;: enregistrement JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation>%1&#xa0;: octet %2&#xa0;: un enregistrement de plus de %3 Mo</translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation>%1&#xa0;: octet %2&#xa0;: imbriqué sur plus de %3 niveaux</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: expected %3</source>
        <translation>%1&#xa0;: %2&#xa0;: attendu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: starts as UTF-16 text but is not valid UTF-16</source>
        <translation>%1&#xa0;: commence comme du texte UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (byte %4): invalid JSON: %5%6</source>
        <translation>%1&#xa0;: ligne %2, colonne %3 (octet %4)&#xa0;: JSON invalide&#xa0;: %5%6</translation>
    </message>
    <message>
        <source> (the file ends there: it looks cut off)</source>
        <translation> (le fichier s’arrête là&#xa0;: il semble tronqué)</translation>
    </message>
    <message>
        <source> (the line ends there: it looks cut off)</source>
        <translation> (la ligne s’arrête là&#xa0;: elle semble tronquée)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: JSON invalide&#xa0;: %4%5</translation>
    </message>
    <message>
        <source>%1: holds one JSON value per line (JSON Lines, %2 values), where one JSON document was expected</source>
        <translation>%1&#xa0;: contient une valeur JSON par ligne (JSON Lines, %2 valeurs), là où un seul document JSON était attendu</translation>
    </message>
    <message>
        <source>%1: line %2: a second JSON document begins after the first ends, as jq prints values one after another; write one per line (jq -c) or one array (jq -s)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un second document JSON commence après la fin du premier, comme jq affiche les valeurs l’une après l’autre&#xa0;; écrivez-en un par ligne (jq -c) ou un seul tableau (jq -s)</translation>
    </message>
</context>
<context>
    <name>K8sAuditImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>not a service account: %1</source>
        <translation>pas un compte de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events as JSON (one per line, an EventList, or a cloud export)</source>
        <translation>%1&#xa0;: événements d&apos;audit Kubernetes au format JSON attendus (un par ligne, une EventList, ou un export cloud)</translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events: one per line, an EventList (items), AKS records, or a CloudWatch or Cloud Logging export</source>
        <translation>%1&#xa0;: événements d&apos;audit Kubernetes attendus&#xa0;: un par ligne, une EventList (items), des enregistrements AKS, ou un export CloudWatch ou Cloud Logging</translation>
    </message>
    <message>
        <source>%1: expected an array of audit events</source>
        <translation>%1&#xa0;: tableau d&apos;événements d&apos;audit attendu</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one event per line</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: plus de %3 Mo&#xa0;; un événement par ligne attendu</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON audit event</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: événement d&apos;audit JSON attendu</translation>
    </message>
    <message>
        <source>%1: %2: audit events nested deeper than %3 envelopes</source>
        <translation>%1&#xa0;: %2&#xa0;: événements d&apos;audit imbriqués dans plus de %3 enveloppes</translation>
    </message>
    <message>
        <source>not an audit record (category %1)</source>
        <translation>pas un enregistrement d&apos;audit (catégorie %1)</translation>
    </message>
    <message>
        <source>%1: %2: expected a Kubernetes audit Event (&quot;kind&quot;: &quot;Event&quot;)</source>
        <translation>%1&#xa0;: %2&#xa0;: Event d&apos;audit Kubernetes attendu (&quot;kind&quot;: &quot;Event&quot;)</translation>
    </message>
    <message>
        <source>%1: %2: an event without a user</source>
        <translation>%1&#xa0;: %2&#xa0;: un événement sans utilisateur</translation>
    </message>
    <message>
        <source>%1: %2: verb: expected the request&apos;s verb</source>
        <translation>%1&#xa0;: %2&#xa0;: verb&#xa0;: verbe de la requête attendu</translation>
    </message>
    <message>
        <source>%1: %2: timestamp: expected the time of the entry, got &quot;%3&quot;</source>
        <translation>%1&#xa0;: %2&#xa0;: timestamp&#xa0;: heure de l&apos;entrée attendue, reçu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>not a Kubernetes API call: %1</source>
        <translation>pas un appel à l&apos;API Kubernetes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp, got &quot;%4&quot;</source>
        <translation>%1&#xa0;: %2&#xa0;: %3&#xa0;: horodatage attendu, reçu «&#xa0;%4&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) logged more than once (same auditID) were counted once</source>
        <translation>
            <numerusform>%n événement journalisé plusieurs fois (même auditID) n&apos;a été compté qu&apos;une fois</numerusform>
            <numerusform>%n événements journalisés plusieurs fois (même auditID) n&apos;ont été comptés qu&apos;une fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 bound %4 %5 to %6; an audit log records use, not grants: import the cluster&apos;s RBAC (kubectl get clusterrolebindings,rolebindings -A -o yaml) to see what it holds now</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 a lié %4 %5 à %6&#xa0;; un journal d’audit enregistre l’usage, pas les droits&#xa0;: importez le RBAC du cluster (kubectl get clusterrolebindings,rolebindings -A -o yaml) pour voir ce que le compte détient maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n more role binding(s) to service accounts were created or changed in this log</source>
        <translation>
            <numerusform>%n autre liaison de rôle à des comptes de service a été créée ou modifiée dans ce journal</numerusform>
            <numerusform>%n autres liaisons de rôle à des comptes de service ont été créées ou modifiées dans ce journal</numerusform>
        </translation>
    </message>
    <message>
        <source>a Google Cloud audit entry of %1, not a call to a cluster&apos;s Kubernetes API</source>
        <translation>une entrée d’audit Google Cloud de %1, pas un appel à l’API Kubernetes d’un cluster</translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the audit event; run the query with fields @message</source>
        <translation>%1&#xa0;: %2&#xa0;: une ligne de CloudWatch Logs Insights sans @message, qui contient l’événement d’audit&#xa0;; exécutez la requête avec fields @message</translation>
    </message>
    <message>
        <source>a service account&apos;s request logged only at stage RequestReceived, before it was authorised: whether it was allowed is not in the log (an audit policy that omits ResponseComplete)</source>
        <translation>une requête d’un compte de service journalisée seulement à l’étape RequestReceived, avant son autorisation&#xa0;: le journal ne dit pas si elle a été permise (une politique d’audit qui omet ResponseComplete)</translation>
    </message>
    <message>
        <source>%1: %2: stageTimestamp: missing, and requestReceivedTimestamp too; every audit event the API server writes has the time it was received, and a use without its time cannot be placed in any window (give the events as the API server or the cluster&apos;s log service wrote them)</source>
        <translation>%1&#xa0;: %2&#xa0;: stageTimestamp&#xa0;: absent, requestReceivedTimestamp aussi&#xa0;; chaque événement d’audit écrit par le serveur d’API porte l’heure de sa réception, et une utilisation sans heure ne peut être placée dans aucune période (donnez les événements tels que le serveur d’API ou le service de journaux du cluster les a écrits)</translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp as text (RFC 3339), got %4</source>
        <translation>%1&#xa0;: %2&#xa0;: %3&#xa0;: horodatage texte (RFC 3339) attendu, reçu %4</translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation>un autre type de valeur</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at stage RequestReceived, logged before the request was authorised: each request is counted once, at the stage that says whether it was allowed</source>
        <translation>
            <numerusform>%n enregistrement à l’étape RequestReceived, journalisé avant l’autorisation de la requête&#xa0;: chaque requête est comptée une fois, à l’étape qui dit si elle a été autorisée</numerusform>
            <numerusform>%n enregistrements à l’étape RequestReceived, journalisés avant l’autorisation de la requête&#xa0;: chaque requête est comptée une fois, à l’étape qui dit si elle a été autorisée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>K8sLiveImporter</name>
    <message>
        <source>%1: cluster &quot;%2&quot;: the certificate authority is not a PEM certificate</source>
        <translation>%1&#xa0;: cluster «&#xa0;%2&#xa0;»&#xa0;: l&apos;autorité de certification n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the client certificate or its key is not PEM (RSA or EC)</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le certificat client ou sa clé n&apos;est pas au format PEM (RSA ou EC)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: cannot reach the API server: %2</source>
        <translation>%1&#xa0;: impossible de joindre le serveur d&apos;API&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not allowed to list %2 (%3); this run says nothing about them</source>
        <translation>%1&#xa0;: non autorisé à lister les %2 (%3)&#xa0;; cette exécution n&apos;en dit rien</translation>
    </message>
    <message>
        <source>%1: the API server refused the credentials of user &quot;%2&quot; (context &quot;%3&quot;): %4</source>
        <translation>%1&#xa0;: le serveur d&apos;API a refusé les identifiants de l&apos;utilisateur «&#xa0;%2&#xa0;» (contexte «&#xa0;%3&#xa0;»)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: listing %2: %3</source>
        <translation>%1&#xa0;: liste des %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: listing %2: the answer is not a Kubernetes list (byte %3: %4)</source>
        <translation>%1&#xa0;: liste des %2&#xa0;: la réponse n&apos;est pas une liste Kubernetes (octet %3&#xa0;: %4)</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>pas de champ items</translation>
    </message>
    <message>
        <source>%1 %2, page %3</source>
        <translation>%1 %2, page %3</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; may not list any of the kinds Recertify reads; grant the ClusterRole from the README</source>
        <translation>%1&#xa0;: l&apos;utilisateur «&#xa0;%2&#xa0;» ne peut lister aucun des types que lit Recertify&#xa0;; accordez-lui la ClusterRole du README</translation>
    </message>
</context>
<context>
    <name>K8sRbacImporter</name>
    <message>
        <source>a Kubernetes List or object</source>
        <translation>une List ou un objet Kubernetes</translation>
    </message>
    <message>
        <source>a Role or ClusterRole reference</source>
        <translation>une référence à un Role ou à un ClusterRole</translation>
    </message>
    <message>
        <source>%1: %2: a service account subject without a namespace or name</source>
        <translation>%1&#xa0;: %2&#xa0;: un sujet de type compte de service sans espace de noms ni nom</translation>
    </message>
    <message>
        <source>%1: %2: a service account token without the kubernetes.io/service-account.name annotation</source>
        <translation>%1&#xa0;: %2&#xa0;: un jeton de compte de service sans l&apos;annotation kubernetes.io/service-account.name</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation>un horodatage, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 expands to %L5 grants (verbs × resources); the limit is %L6</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 %4 donne %L5 autorisations (verbes × ressources)&#xa0;; la limite est de %L6</translation>
    </message>
    <message>
        <source>ClusterRole %1 aggregates other roles, but none it selects is in the input: its bindings are kept as unresolved</source>
        <translation>Le ClusterRole %1 agrège d&apos;autres rôles, mais aucun de ceux qu&apos;il sélectionne n&apos;est dans l&apos;entrée&#xa0;: ses liaisons restent non résolues</translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 names no namespace: a manifest applied with kubectl apply -n; give the namespace it is applied to</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 %4 ne nomme aucun espace de noms&#xa0;: un manifeste appliqué avec kubectl apply -n&#xa0;; indiquez l&apos;espace de noms où il est appliqué</translation>
    </message>
    <message>
        <source>ClusterRole aggregation stopped at %L1 rules; the limit is %L1</source>
        <translation>L&apos;agrégation des ClusterRoles s&apos;est arrêtée à %L1 règles&#xa0;; la limite est %L1</translation>
    </message>
    <message>
        <source>%1: a kustomization beside these manifests may rename them and set their namespace; import what kubectl kustomize (or kubectl get -o yaml) gives for what is deployed</source>
        <translation>%1&#xa0;: une kustomization à côté de ces manifestes peut les renommer et fixer leur namespace&#xa0;; importez ce que donne kubectl kustomize (ou kubectl get -o yaml) pour ce qui est déployé</translation>
    </message>
    <message>
        <source>%1: %2: %3 binds %4 %5 to service account %6 without a namespace, which the API server refuses: not applied; give the namespace it is deployed in (--namespace) or import what kubectl kustomize gives</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 lie %4 %5 au compte de service %6 sans espace de noms, ce que le serveur d’API refuse&#xa0;: non appliqué&#xa0;; donnez l’espace de noms où il est déployé (--namespace) ou importez ce que donne kubectl kustomize</translation>
    </message>
    <message>
        <source>%1: %2: %3 names service account %4 without a namespace; taken as %5, the namespace given</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 nomme le compte de service %4 sans espace de noms&#xa0;; pris dans %5, l’espace de noms donné</translation>
    </message>
    <message>
        <source>%1: %2: a service account user without a namespace or name</source>
        <translation>%1&#xa0;: %2&#xa0;: un utilisateur de compte de service sans espace de noms ni nom</translation>
    </message>
    <message>
        <source>%1: the security context constraints %2 name no service account in their users or groups; people, nodes and system users are outside the inventory</source>
        <translation>%1&#xa0;: les Security Context Constraints %2 ne nomment aucun compte de service dans leurs utilisateurs ou groupes&#xa0;; les personnes, les nœuds et les utilisateurs système sont hors de l’inventaire</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2: a list of %n item(s) without the &quot;kind: List&quot; that kubectl writes after them: the file looks cut off</source>
        <translation>
            <numerusform>%1&#xa0;: %2&#xa0;: une liste de %n élément sans le «&#xa0;kind: List&#xa0;» que kubectl écrit après&#xa0;: le fichier semble tronqué</numerusform>
            <numerusform>%1&#xa0;: %2&#xa0;: une liste de %n éléments sans le «&#xa0;kind: List&#xa0;» que kubectl écrit après eux&#xa0;: le fichier semble tronqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) but no binding or service account: nothing in the input holds them; give the bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</source>
        <translation>
            <numerusform>%n rôle mais aucune liaison ni aucun compte de service&#xa0;: rien dans l’entrée ne le détient&#xa0;; fournissez aussi les liaisons (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
            <numerusform>%n rôles mais aucune liaison ni aucun compte de service&#xa0;: rien dans l’entrée ne les détient&#xa0;; fournissez aussi les liaisons (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: a rule without verbs, which the API server refuses: the file looks cut off</source>
        <translation>%1&#xa0;: %2&#xa0;: une règle sans verbes, que le serveur d’API refuse&#xa0;: le fichier semble tronqué</translation>
    </message>
    <message>
        <source>%1: %2: a rule without resources or URLs, which the API server refuses: the file looks cut off</source>
        <translation>%1&#xa0;: %2&#xa0;: une règle sans ressources ni URL, que le serveur d’API refuse&#xa0;: le fichier semble tronqué</translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: if the file was cut off, %3 %4 at its end may be incomplete and what followed is missing</source>
        <translation>%1&#xa0;: la ligne %2 termine le fichier sans le saut de ligne que kubectl, Helm et kustomize écrivent toujours&#xa0;: si le fichier a été tronqué, %3 %4 à sa fin est peut-être incomplet et ce qui suivait manque</translation>
    </message>
    <message>
        <source>the object</source>
        <translation>l’objet</translation>
    </message>
    <message>
        <source>%1: %2: %3 grants %4 %5 inside namespace %6 only, where cluster-wide resources and URLs do not exist: not counted for %7</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 accorde %4 %5 dans l’espace de noms %6 seulement, où les ressources et URL du cluster n’existent pas&#xa0;: non compté pour %7</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is the start of a Kubernetes verb, and the file ends there without a line break: it looks cut off</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: «&#xa0;%3&#xa0;» est le début d’un verbe Kubernetes, et le fichier s’y termine sans saut de ligne&#xa0;: il semble tronqué</translation>
    </message>
    <message>
        <source>%1: %2, the last, has an apiVersion but no kind, which kubectl refuses (&quot;Object &apos;Kind&apos; is missing&quot;): the file looks cut off there</source>
        <translation>%1&#xa0;: %2, le dernier, a un apiVersion mais pas de kind, ce que kubectl refuse («&#xa0;Object &apos;Kind&apos; is missing&#xa0;»)&#xa0;: le fichier semble coupé à cet endroit</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; ends the file without a line break or the colon of a key: it looks cut off</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: «&#xa0;%3&#xa0;» termine le fichier sans saut de ligne ni le deux-points d’une clé&#xa0;: il semble coupé</translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: the file looks cut off inside %3 %4, which is not read (its service account may be what is missing), and what followed is missing</source>
        <translation>%1&#xa0;: la ligne %2 termine le fichier sans le saut de ligne que kubectl, Helm et kustomize écrivent toujours&#xa0;: le fichier semble coupé à l’intérieur de %3 %4, qui n’est pas lu (c’est peut-être son compte de service qui manque), et ce qui suivait manque</translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests</source>
        <translation>%1&#xa0;: aucun objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou charge de travail&#xa0;: attendu la sortie de kubectl get … -o json ou -o yaml, ou des manifestes RBAC</translation>
    </message>
    <message numerus="yes">
        <source>%n files hold no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects (Services, ConfigMaps…) and were passed over, %1 among them</source>
        <translation>
            <numerusform>%n fichier ne contient aucun objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou charge de travail (Services, ConfigMaps…) et a été ignoré, dont %1</numerusform>
            <numerusform>%n fichiers ne contiennent aucun objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou charge de travail (Services, ConfigMaps…) et ont été ignorés, dont %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects; passed over</source>
        <translation>%1&#xa0;: aucun objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou charge de travail&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>a Kubernetes List or a ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload (Deployment, StatefulSet, DaemonSet, Job…)</source>
        <translation>une List Kubernetes ou un objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou une charge de travail (Deployment, StatefulSet, DaemonSet, Job…)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) name no namespace (a manifest applied with kubectl apply -n); taken as %2, the namespace its ClusterRoleBindings give its service accounts (give the namespace to say otherwise)</source>
        <translation>
            <numerusform>%1&#xa0;: %n objet ne nomme aucun namespace (un manifeste appliqué avec kubectl apply -n)&#xa0;; lu dans %2, le namespace que ses ClusterRoleBindings donnent à ses comptes de service (indiquez le namespace s’il en est autrement)</numerusform>
            <numerusform>%1&#xa0;: %n objets ne nomment aucun namespace (un manifeste appliqué avec kubectl apply -n)&#xa0;; lus dans %2, le namespace que ses ClusterRoleBindings donnent à ses comptes de service (indiquez le namespace s’il en est autrement)</numerusform>
        </translation>
    </message>
    <message>
        <source>a namespace name (lowercase letters, digits and &apos;-&apos;), got &quot;%1&quot;, which the API server refuses: a template&apos;s placeholder? Import the manifest as rendered (helm template, envsubst, kubectl kustomize) or what kubectl get gives</source>
        <translation>un nom de namespace (minuscules, chiffres et «&#xa0;-&#xa0;»), reçu «&#xa0;%1&#xa0;», que le serveur d’API refuse&#xa0;: un espace réservé de modèle&#xa0;? Importez le manifeste tel qu’il est rendu (helm template, envsubst, kubectl kustomize) ou ce que donne kubectl get</translation>
    </message>
    <message>
        <source>%1: %2: %3 binds service account %4 in &quot;%5&quot;, which is no namespace name (a template&apos;s placeholder?): no account can be there, passed over</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 lie le compte de service %4 dans «&#xa0;%5&#xa0;», qui n’est pas un nom de namespace (un espace réservé de modèle&#xa0;?)&#xa0;: aucun compte ne peut s’y trouver, ignoré</translation>
    </message>
    <message>
        <source>the namespace given, &quot;%1&quot;, is no namespace name (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>le namespace indiqué, «&#xa0;%1&#xa0;», n’est pas un nom de namespace (minuscules, chiffres et «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: %2: ClusterRoleBinding %3 refers to Role %4, which the API server refuses (a ClusterRoleBinding refers to a ClusterRole only): it grants nothing; not applied</source>
        <translation>%1&#xa0;: %2&#xa0;: le ClusterRoleBinding %3 renvoie au Role %4, ce que le serveur d&apos;API refuse (un ClusterRoleBinding ne renvoie qu&apos;à un ClusterRole)&#xa0;: il n&apos;accorde rien&#xa0;; non appliqué</translation>
    </message>
    <message numerus="yes">
        <source>%1 names service account %2, which the input&apos;s list of namespace %3&apos;s accounts does not hold: no such account exists, so nothing holds what it grants; whoever makes an account of that name gets it (%n grant(s))</source>
        <translation>
            <numerusform>%1 nomme le compte de service %2, absent de la liste des comptes du namespace %3 dans l’entrée&#xa0;: ce compte n’existe pas, personne ne détient donc ce qu’il accorde&#xa0;; quiconque crée un compte de ce nom l’obtient (%n autorisation)</numerusform>
            <numerusform>%1 nomme le compte de service %2, absent de la liste des comptes du namespace %3 dans l’entrée&#xa0;: ce compte n’existe pas, personne ne détient donc ce qu’il accorde&#xa0;; quiconque crée un compte de ce nom l’obtient (%n autorisations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: an empty item, which grants nothing: the file looks cut off</source>
        <translation>%1&#xa0;: %2&#xa0;: un élément vide, qui n&apos;accorde rien&#xa0;: le fichier semble tronqué</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) the bindings name, Kubernetes&apos; own, are not in the input: %1; their default rules are used, which the API server restores at every start</source>
        <translation>
            <numerusform>%n rôle nommé par les liaisons, propre à Kubernetes, est absent de l’entrée&#xa0;: %1&#xa0;; ses règles par défaut sont utilisées, que le serveur d’API rétablit à chaque démarrage</numerusform>
            <numerusform>%n rôles nommés par les liaisons, propres à Kubernetes, sont absents de l’entrée&#xa0;: %1&#xa0;; leurs règles par défaut sont utilisées, que le serveur d’API rétablit à chaque démarrage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects, only %2: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests (what an operator&apos;s resources make: kubectl get serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)</source>
        <translation>%1&#xa0;: aucun objet ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod ou charge de travail, seulement %2&#xa0;: attendu la sortie de kubectl get … -o json ou -o yaml, ou des manifestes RBAC (ce que créent les ressources d’un opérateur&#xa0;: kubectl get serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) reading &quot;%2&quot;</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de %1 s (est-il verrouillé&#xa0;?) lors de la lecture de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the keychain</source>
        <translation>Aucun secret n&apos;est enregistré sous «&#xa0;%1&#xa0;» dans le trousseau</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) storing &quot;%2&quot;</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de %1 s (est-il verrouillé&#xa0;?) lors de l&apos;enregistrement de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) removing &quot;%2&quot;</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de %1 s (est-il verrouillé&#xa0;?) lors de la suppression de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MB</source>
        <translation>%1&#xa0;: %2 dépasse 4 Mo</translation>
    </message>
    <message>
        <source>%1: %2: not base64</source>
        <translation>%1&#xa0;: %2&#xa0;: pas en base64</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>le fichier kubeconfig</translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (expected kind: Config with clusters, users and contexts)</source>
        <translation>%1&#xa0;: pas un kubeconfig (attendu&#xa0;: kind: Config avec clusters, users et contexts)</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked at %1)</source>
        <translation>aucun kubeconfig trouvé (emplacements examinés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1: no current-context is set; name the context to use</source>
        <translation>%1&#xa0;: aucun current-context n&apos;est défini&#xa0;; indiquez le contexte à utiliser</translation>
    </message>
    <message>
        <source>%1: no context named &quot;%2&quot; (known: %3)</source>
        <translation>%1&#xa0;: aucun contexte nommé «&#xa0;%2&#xa0;» (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the cluster &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation>%1&#xa0;: le contexte «&#xa0;%2&#xa0;» désigne le cluster «&#xa0;%3&#xa0;», qu&apos;aucun fichier kubeconfig ne définit</translation>
    </message>
    <message>
        <source>the API server&apos;s URL</source>
        <translation>l&apos;URL du serveur d&apos;API</translation>
    </message>
    <message>
        <source>the certificate authority</source>
        <translation>l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the user &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation>%1&#xa0;: le contexte «&#xa0;%2&#xa0;» désigne l&apos;utilisateur «&#xa0;%3&#xa0;», qu&apos;aucun fichier kubeconfig ne définit</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; uses a legacy auth-provider, which kubectl itself no longer supports; switch it to the exec plugin of the cluster&apos;s vendor (gke-gcloud-auth-plugin, kubelogin)</source>
        <translation>%1&#xa0;: l&apos;utilisateur «&#xa0;%2&#xa0;» utilise un auth-provider obsolète, que kubectl lui-même ne prend plus en charge&#xa0;; passez-le au plugin exec du fournisseur du cluster (gke-gcloud-auth-plugin, kubelogin)</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; signs in with a username and password, which the Kubernetes API no longer accepts; use a token, a client certificate or an exec plugin</source>
        <translation>%1&#xa0;: l&apos;utilisateur «&#xa0;%2&#xa0;» se connecte avec un nom d&apos;utilisateur et un mot de passe, ce que l&apos;API Kubernetes n&apos;accepte plus&#xa0;; utilisez un jeton, un certificat client ou un plugin exec</translation>
    </message>
    <message>
        <source>the token file</source>
        <translation>le fichier de jeton</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>le certificat client</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>la clé client</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; has a client certificate without its key, or a key without its certificate</source>
        <translation>%1&#xa0;: l&apos;utilisateur «&#xa0;%2&#xa0;» a un certificat client sans sa clé, ou une clé sans son certificat</translation>
    </message>
    <message>
        <source>the plugin&apos;s command</source>
        <translation>la commande du plugin</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: exec apiVersion &quot;%3&quot; is not supported (expected %4)</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: exec apiVersion «&#xa0;%3&#xa0;» n&apos;est pas prise en charge (attendu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin &quot;%3&quot; is not installed or not on PATH</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants «&#xa0;%3&#xa0;» n&apos;est pas installé ou n&apos;est pas dans le PATH</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not start: %4</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants %3 n&apos;a pas démarré&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not finish within two minutes</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants %3 ne s&apos;est pas terminé en deux minutes</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 failed with exit code %4%5</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants %3 a échoué avec le code de sortie %4%5</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not print an ExecCredential</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants %3 n&apos;a pas produit d&apos;ExecCredential</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin answered with apiVersion &quot;%3&quot;, the kubeconfig asks for &quot;%4&quot;</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: le plugin d&apos;identifiants a répondu avec l&apos;apiVersion «&#xa0;%3&#xa0;», le kubeconfig demande «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s ExecCredential holds neither a token nor a client certificate</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: l&apos;ExecCredential du plugin d&apos;identifiants ne contient ni jeton ni certificat client</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s expirationTimestamp &quot;%3&quot; is not a time</source>
        <translation>%1&#xa0;: utilisateur «&#xa0;%2&#xa0;»&#xa0;: l&apos;expirationTimestamp «&#xa0;%3&#xa0;» du plugin d&apos;identifiants n&apos;est pas une date et heure</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Aucune identité avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>An identity cannot go from %1 to %2</source>
        <translation>Une identité ne peut pas passer de %1 à %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: line 1: expected the header email,name,manager,active</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: en-tête email,name,manager,active attendu</translation>
    </message>
    <message>
        <source>%1: line 1: missing column %2</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: colonne %2 manquante</translation>
    </message>
    <message>
        <source>%1: line %2: expected %3 fields, got %4</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3 champs attendus, reçu %4</translation>
    </message>
    <message>
        <source>%1: line %2: email: expected an email address, got &quot;%3&quot;</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: email&#xa0;: adresse e-mail attendue, reçu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: line %2: active: expected true or false, got &quot;%3&quot;</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: active&#xa0;: true ou false attendu, reçu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation>adresse e-mail attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>valeurs attendues&#xa0;: %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a lifecycle change needs a reason</source>
        <translation>un changement de cycle de vie nécessite un motif</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>discovered by sync</source>
        <translation>découverte par synchronisation</translation>
    </message>
    <message>
        <source>listed by the source again</source>
        <translation>de nouveau répertoriée par la source</translation>
    </message>
    <message>
        <source>found in the source&apos;s inventory</source>
        <translation>trouvée dans l&apos;inventaire de la source</translation>
    </message>
    <message>
        <source>removed at the source</source>
        <translation>supprimée à la source</translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation>vue dans l&apos;activité, absente de tout inventaire</translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation>modifiée par son propriétaire</translation>
    </message>
    <message>
        <source>found in an imported file</source>
        <translation>trouvée dans un fichier importé</translation>
    </message>
</context>
<context>
    <name>LiveHttp</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <source>Kubernetes, context %1 of %2</source>
        <translation>Kubernetes, contexte %1 dans %2</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuel)</translation>
    </message>
    <message>
        <source>the default kubeconfig</source>
        <translation>le kubeconfig par défaut</translation>
    </message>
    <message>
        <source>Microsoft Entra ID, tenant %1</source>
        <translation>Microsoft Entra ID, locataire %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unknown kind of source &quot;%2&quot;</source>
        <translation>%1&#xa0;: type de source inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>AWS account, profile %1</source>
        <translation>Compte AWS, profil %1</translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation>(environnement ou default)</translation>
    </message>
    <message>
        <source>GitHub organisation %1</source>
        <translation>Organisation GitHub %1</translation>
    </message>
    <message>
        <source>GitHub organisation %1, as App %2</source>
        <translation>Organisation GitHub %1, en tant qu&apos;application %2</translation>
    </message>
</context>
<context>
    <name>McpToolsImporter</name>
    <message>
        <source>the name of the agent</source>
        <translation>le nom de l&apos;agent</translation>
    </message>
    <message>
        <source>a JSON-RPC tools/list response</source>
        <translation>une réponse JSON-RPC à tools/list</translation>
    </message>
    <message>
        <source>%1: %2: the server answered tools/list with error %3: %4</source>
        <translation>%1&#xa0;: %2&#xa0;: le serveur a répondu à tools/list par l&apos;erreur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the tools of a tools/list result</source>
        <translation>les outils d&apos;un résultat tools/list</translation>
    </message>
    <message>
        <source>the name of the tool</source>
        <translation>le nom de l&apos;outil</translation>
    </message>
    <message>
        <source>%1: an MCP client configuration (mcpServers / servers): it says how to start servers, not which tools they offer. Save each server&apos;s tools/list answer (for example with the MCP Inspector) and import that.</source>
        <translation>%1&#xa0;: une configuration de client MCP (mcpServers / servers)&#xa0;: elle dit comment démarrer les serveurs, pas quels outils ils offrent. Enregistrez la réponse tools/list de chaque serveur (par exemple avec MCP Inspector) et importez-la.</translation>
    </message>
    <message>
        <source>%1: an MCP registry entry (server.json: packages, remotes): it says where to get a server, not which tools it offers. Save the server&apos;s tools/list answer and import that.</source>
        <translation>%1&#xa0;: une entrée du registre MCP (server.json&#xa0;: packages, remotes)&#xa0;: elle dit où obtenir un serveur, pas quels outils il offre. Enregistrez la réponse tools/list du serveur et importez-la.</translation>
    </message>
    <message>
        <source>%1: an empty list of tools: the server says which tools it offers only when it runs; save its tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation>%1&#xa0;: une liste d’outils vide&#xa0;: le serveur ne dit quels outils il offre qu’à l’exécution&#xa0;; enregistrez sa réponse tools/list (par exemple avec MCP Inspector) et importez-la</translation>
    </message>
    <message>
        <source>%1: an MCP Bundle manifest that declares no tools (they are optional there); save the server&apos;s tools/list answer and import that</source>
        <translation>%1&#xa0;: un manifeste MCP Bundle qui ne déclare aucun outil (ils y sont facultatifs)&#xa0;; enregistrez la réponse tools/list du serveur et importez-la</translation>
    </message>
    <message>
        <source>%1: %2: a tools/list the server refused (%3), passed over for the one it answered</source>
        <translation>%1&#xa0;: %2&#xa0;: un tools/list refusé par le serveur (%3), ignoré au profit de celui auquel il a répondu</translation>
    </message>
    <message>
        <source>%1: event %2</source>
        <translation>%1&#xa0;: événement %2</translation>
    </message>
    <message>
        <source>%1: server-sent events without a JSON-RPC answer (result or error): save the server&apos;s answer to tools/list</source>
        <translation>%1&#xa0;: des server-sent events sans réponse JSON-RPC (result ou error)&#xa0;: enregistrer la réponse du serveur à tools/list</translation>
    </message>
    <message>
        <source>%1: the definition of one MCP tool (%2), not a server&apos;s list of tools: save the server&apos;s tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation>%1&#xa0;: la définition d’un seul outil MCP (%2), pas la liste des outils d’un serveur&#xa0;: enregistrer la réponse du serveur à tools/list (par exemple avec MCP Inspector) et importer celle-ci</translation>
    </message>
    <message numerus="yes">
        <source>%1: the tools/list answer says more tools follow (nextCursor): the %n tool(s) the file holds are added to %2, and none it leaves out is taken away; save every page to see them all</source>
        <translation>
            <numerusform>%1&#xa0;: la réponse tools/list indique que d’autres outils suivent (nextCursor)&#xa0;: l’outil %n du fichier est ajouté à %2, et aucun de ceux qu’il omet n’est retiré&#xa0;; enregistrez chaque page pour les voir tous</numerusform>
            <numerusform>%1&#xa0;: la réponse tools/list indique que d’autres outils suivent (nextCursor)&#xa0;: les %n outils du fichier sont ajoutés à %2, et aucun de ceux qu’il omet n’est retiré&#xa0;; enregistrez chaque page pour les voir tous</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an MCP sampling request (sampling/createMessage): its tools are offered to a model for one completion, not a server&apos;s list of tools; save the server&apos;s tools/list answer and import that</source>
        <translation>%1&#xa0;: une requête d’échantillonnage MCP (sampling/createMessage)&#xa0;: ses outils sont proposés à un modèle pour une seule réponse, ce n’est pas la liste des outils d’un serveur&#xa0;; enregistrez la réponse tools/list du serveur et importez-la</translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer holds no tools; give its tools/list answer too</source>
        <translation>%1&#xa0;: la réponse du serveur à initialize (ou server/discover) ne contient aucun outil&#xa0;; fournissez aussi sa réponse à tools/list</translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer, which names the server; its tools come from the tools/list answer beside it</source>
        <translation>%1&#xa0;: la réponse du serveur à initialize (ou server/discover), qui nomme le serveur&#xa0;; ses outils viennent de la réponse à tools/list à côté</translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, holds no tools; give the server&apos;s tools/list answer</source>
        <translation>%1&#xa0;: la réponse à un tools/call, la sortie d’un outil, ne contient aucun outil&#xa0;; fournissez la réponse tools/list du serveur</translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, not the tools the server offers</source>
        <translation>%1&#xa0;: la réponse à un tools/call, la sortie d’un outil, pas les outils que le serveur propose</translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n name(s), not tools: save the server&apos;s tools/list answer, whose tools carry their description, input schema and annotations</source>
        <translation>
            <numerusform>%1&#xa0;: une liste de %n nom, pas des outils&#xa0;: enregistrez la réponse tools/list du serveur, dont les outils portent leur description, leur schéma d’entrée et leurs annotations</numerusform>
            <numerusform>%1&#xa0;: une liste de %n noms, pas des outils&#xa0;: enregistrez la réponse tools/list du serveur, dont les outils portent leur description, leur schéma d’entrée et leurs annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it to the server, not the server&apos;s answer; save what the server answered to tools/list and import that</source>
        <translation>%1&#xa0;: une requête JSON-RPC (%2) telle qu’un client l’envoie au serveur, pas la réponse du serveur&#xa0;; enregistrez ce que le serveur a répondu à tools/list et importez-le</translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it, not the server&apos;s answer</source>
        <translation>%1&#xa0;: une requête JSON-RPC (%2) telle qu’un client l’envoie, pas la réponse du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n HTTP route(s) (endpoint and method), not MCP tools, which carry an input schema; save the server&apos;s tools/list answer and import that</source>
        <translation>
            <numerusform>%1&#xa0;: une liste de %n route HTTP (endpoint et method), pas des outils MCP, qui portent un schéma d’entrée&#xa0;; enregistrez la réponse tools/list du serveur et importez-la</numerusform>
            <numerusform>%1&#xa0;: une liste de %n routes HTTP (endpoint et method), pas des outils MCP, qui portent un schéma d’entrée&#xa0;; enregistrez la réponse tools/list du serveur et importez-la</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Decided and pending items per reviewer</source>
        <translation>Éléments décidés et en attente par réviseur</translation>
    </message>
    <message>
        <source>Recertify · signed review evidence</source>
        <translation>Recertify · preuves de revue signées</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>toutes les identités non mises hors service</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>Empreinte du signataire</translation>
    </message>
    <message>
        <source>Check this bundle offline: unzip it, then run openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig and sha256sum -c SHA256SUMS.</source>
        <translation>Vérifiez ce lot hors ligne&#xa0;: décompressez-le, puis exécutez openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig et sha256sum -c SHA256SUMS.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifiées</translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation>Périmètre réduit</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Mises hors service</translation>
    </message>
    <message>
        <source>Owner reassigned</source>
        <translation>Propriétaire réattribué</translation>
    </message>
    <message>
        <source>Flagged as rubber-stamping</source>
        <translation>Signalées comme validation machinale</translation>
    </message>
    <message>
        <source>Completion per reviewer</source>
        <translation>Avancement par réviseur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1 decisions in all; the %2 listed here are every one that was not a plain certification, then the first certifications. decisions.csv in this bundle lists them all.</source>
        <translation>%1 décisions au total&#xa0;; les %2 listées ici comprennent toutes celles qui n&apos;étaient pas une simple certification, puis les premières certifications. Le fichier decisions.csv de ce lot les répertorie toutes.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Reviewer (decided by)</source>
        <translation>Réviseur (décidé par)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>No decision asked for a change.</source>
        <translation>Aucune décision n&apos;a demandé de modification.</translation>
    </message>
    <message>
        <source>Remediation tasks are made when the campaign closes.</source>
        <translation>Les tâches de remédiation sont créées à la clôture de la campagne.</translation>
    </message>
    <message>
        <source>Mapping to OWASP NHI Top 10 (2025) and NIST CSF 2.0</source>
        <translation>Correspondance avec OWASP NHI Top 10 (2025) et NIST CSF 2.0</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Open in scope</source>
        <translation>Ouverts dans le périmètre</translation>
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
        <translation>Population revue</translation>
    </message>
    <message>
        <source>%1 identities; SHA-256 of their sorted source and native ids: %2 (recompute it from evidence.json).</source>
        <translation>%1 identités&#xa0;; SHA-256 de leurs sources et identifiants natifs triés&#xa0;: %2 (recalculable depuis evidence.json).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Days of the 90 before the start with activity data</source>
        <translation>Jours, parmi les 90 avant le début, couverts par des données d&apos;activité</translation>
    </message>
    <message>
        <source>The last sync run of each input that finished well before the campaign started:</source>
        <translation>La dernière synchronisation réussie de chaque entrée avant le début de la campagne&#xa0;:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Added / changed / removed; complete for</source>
        <translation>Ajoutées / modifiées / retirées&#xa0;; complète pour</translation>
    </message>
    <message>
        <source>nothing (it retired nothing)</source>
        <translation>rien (elle n&apos;a rien mis hors service)</translation>
    </message>
    <message>
        <source>Controls these decisions evidence</source>
        <translation>Contrôles que ces décisions attestent</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Attesté par</translation>
    </message>
    <message>
        <source>No sync run finished before the campaign started: the estate was not imported here (a demo or a restored store).</source>
        <translation>Aucune synchronisation ne s&apos;est terminée avant le début de la campagne&#xa0;: le parc n&apos;a pas été importé ici (démo ou base restaurée).</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) were amended by their reviewer before the campaign closed; the amendments are listed here, and decisions.csv keeps both, each amendment naming the decision it supersedes.</source>
        <translation>
            <numerusform>%n décision a été modifiée par son réviseur avant la clôture de la campagne&#xa0;; la modification figure ici, et decisions.csv conserve les deux, la modification désignant la décision qu’elle remplace.</numerusform>
            <numerusform>%n décisions ont été modifiées par leurs réviseurs avant la clôture de la campagne&#xa0;; les modifications figurent ici, et decisions.csv conserve les deux, chaque modification désignant la décision qu’elle remplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewers in all; the %2 with the most items pending are listed here. campaign.json in this bundle lists them all.</source>
        <translation>%1 réviseurs en tout&#xa0;; les %2 ayant le plus d’éléments en attente sont listés ici. campaign.json dans ce paquet les liste tous.</translation>
    </message>
</context>
<context>
    <name>ReminderExport</name>
    <message numerus="yes">
        <source>Reminder: %n review(s) waiting in &quot;%1&quot;</source>
        <translation>
            <numerusform>Rappel&#xa0;: %n revue en attente dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Rappel&#xa0;: %n revues en attente dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity review(s) in &quot;%1&quot; are waiting for your decision; the campaign is due on %2. Open Recertify, My reviews.</source>
        <translation>
            <numerusform>%n revue d’identité dans «&#xa0;%1&#xa0;» attend votre décision&#xa0;; la campagne arrive à échéance le %2. Ouvrez Recertify, Mes revues.</numerusform>
            <numerusform>%n revues d’identité dans «&#xa0;%1&#xa0;» attendent votre décision&#xa0;; la campagne arrive à échéance le %2. Ouvrez Recertify, Mes revues.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: impossible d’écrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No review item with id %1</source>
        <translation>Aucun élément de revue avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>Item %1 was already decided on %2</source>
        <translation>L&apos;élément %1 a déjà été décidé le %2</translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone decided or reassigned it); reload it</source>
        <translation>L&apos;élément %1 a changé pendant que vous le consultiez (quelqu&apos;un l&apos;a décidé ou réattribué)&#xa0;; rechargez-le</translation>
    </message>
    <message>
        <source>revoking</source>
        <translation>la révocation</translation>
    </message>
    <message>
        <source>reducing scope</source>
        <translation>la réduction du périmètre</translation>
    </message>
    <message>
        <source>Item %1 was decided by someone else a moment ago; nothing was recorded</source>
        <translation>L&apos;élément %1 vient d&apos;être décidé par quelqu&apos;un d&apos;autre&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>second stage, after %1 certified it</source>
        <translation>seconde étape, après la certification par %1</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot hand it on</source>
        <translation>L’élément %1 est attribué à %2&#xa0;; %3 ne peut pas le transmettre</translation>
    </message>
    <message>
        <source>Item %1 was already decided</source>
        <translation>L’élément %1 a déjà été décidé</translation>
    </message>
    <message>
        <source>Item %1 changed a moment ago; nothing was recorded</source>
        <translation>L’élément %1 vient de changer&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1 has no business owner</source>
        <translation>%1 n’a pas de responsable métier</translation>
    </message>
    <message>
        <source>its owner %1 is not in the people directory</source>
        <translation>son responsable %1 n’est pas dans l’annuaire des personnes</translation>
    </message>
    <message>
        <source>its owner %1 has left</source>
        <translation>son responsable %1 est parti</translation>
    </message>
    <message>
        <source>Ownership cannot be confirmed: %1. Name a new owner or revoke.</source>
        <translation>La responsabilité ne peut pas être confirmée&#xa0;: %1. Désignez un nouveau responsable ou révoquez.</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2, not to %3</source>
        <translation>L&apos;élément %1 est assigné à %2, pas à %3</translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot decide it (their manager may review on their behalf)</source>
        <translation>L&apos;élément %1 est assigné à %2&#xa0;; %3 ne peut pas le décider (son responsable peut réviser pour son compte)</translation>
    </message>
    <message>
        <source>Only a manager may review on behalf of %1, and the people directory names none for them</source>
        <translation>Seul un responsable peut réviser pour le compte de %1, et l&apos;annuaire n&apos;en désigne aucun</translation>
    </message>
    <message>
        <source>Only %1&apos;s manager, %2, may review on their behalf; %3 may not</source>
        <translation>Seul le responsable de %1, %2, peut réviser pour son compte&#xa0;; %3 ne le peut pas</translation>
    </message>
    <message>
        <source>expected the email address of another reviewer, got &quot;%1&quot;</source>
        <translation>adresse e-mail d’un autre réviseur attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a new owner needs an email address, such as ada@example.com</source>
        <translation>un nouveau responsable doit avoir une adresse e-mail, comme ada@example.com</translation>
    </message>
    <message>
        <source>expected confirm or reassign=EMAIL, got &quot;%1&quot;</source>
        <translation>confirm ou reassign=EMAIL attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reducing the scope needs the grants to remove, such as s3:PutObject</source>
        <translation>réduire le périmètre demande les droits à retirer, comme s3:PutObject</translation>
    </message>
    <message>
        <source>%1 is not a grant of this identity</source>
        <translation>%1 n&apos;est pas une autorisation de cette identité</translation>
    </message>
    <message>
        <source>expected keep or reduce=PERM[,PERM…], got &quot;%1&quot;</source>
        <translation>keep ou reduce=PERM[,PERM…] attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected certify[=DATE], revoke or retire, got &quot;%1&quot;</source>
        <translation>certify[=DATE], revoke ou retire attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the certification date %1 has already passed</source>
        <translation>la date de certification %1 est déjà passée</translation>
    </message>
    <message>
        <source>certifying an identity with open high-severity findings needs a reason</source>
        <translation>certifier une identité ayant des constats ouverts de gravité élevée nécessite une justification</translation>
    </message>
    <message>
        <source>%1 needs a reason</source>
        <translation>%1 nécessite une justification</translation>
    </message>
    <message>
        <source>Item %1 has no decision to amend yet; decide it</source>
        <translation>L’élément %1 n’a pas encore de décision à modifier&#xa0;; décidez-le</translation>
    </message>
    <message>
        <source>Item %1&apos;s campaign is closed; its decisions can no longer be amended</source>
        <translation>La campagne de l’élément %1 est clôturée&#xa0;; ses décisions ne peuvent plus être modifiées</translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone amended it); reload it</source>
        <translation>L’élément %1 a changé pendant que vous le consultiez (quelqu’un l’a modifié)&#xa0;; rechargez-le</translation>
    </message>
    <message>
        <source>A second stage (%1) already reviews what was certified here; amend it there, or ask them to revoke</source>
        <translation>Une deuxième étape (%1) examine déjà ce qui a été certifié ici&#xa0;; modifiez-le là-bas, ou demandez une révocation</translation>
    </message>
    <message>
        <source>Item %1 was amended by someone else a moment ago; nothing was recorded</source>
        <translation>L’élément %1 vient d’être modifié par quelqu’un d’autre&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Item %1 has no decision yet</source>
        <translation>L’élément %1 n’a pas encore de décision</translation>
    </message>
    <message>
        <source>this item does not ask about %1: it is still certified; leave it unanswered</source>
        <translation>cet élément ne porte pas sur %1&#xa0;: encore certifié&#xa0;; laissez-le sans réponse</translation>
    </message>
    <message>
        <source>this item asks about %1: answer it</source>
        <translation>cet élément porte sur %1&#xa0;: répondez-y</translation>
    </message>
    <message>
        <source>the date %1 has already passed</source>
        <translation>la date %1 est déjà passée</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>la propriété</translation>
    </message>
    <message>
        <source>task scope</source>
        <translation>le périmètre des tâches</translation>
    </message>
    <message>
        <source>business need</source>
        <translation>le besoin métier</translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation>%1 n’a pas de réponse</translation>
    </message>
</context>
<context>
    <name>SightedLog</name>
    <message>
        <source>cannot read back the event ids kept on disk: %1</source>
        <translation>impossible de relire les identifiants d’événements conservés sur le disque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Cannot write the key: %1</source>
        <translation>Impossible d&apos;écrire la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot generate an Ed25519 key: %1</source>
        <translation>Impossible de générer une clé Ed25519&#xa0;: %1</translation>
    </message>
    <message>
        <source>An Ed25519 private key has 32 bytes, not %1</source>
        <translation>Une clé privée Ed25519 fait 32 octets, et non %1</translation>
    </message>
    <message>
        <source>Cannot read the Ed25519 key: %1</source>
        <translation>Impossible de lire la clé Ed25519&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an Ed25519 private key in PEM form</source>
        <translation>clé privée Ed25519 au format PEM attendue</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Impossible de signer&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an Ed25519 public key in PEM form</source>
        <translation>clé publique Ed25519 au format PEM attendue</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Impossible de vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the public key: %1</source>
        <translation>Impossible de lire la clé publique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>No signing key yet: the first export makes one. (%1)</source>
        <translation>Pas encore de clé de signature&#xa0;: le premier export en crée une. (%1)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; a signing key in a PEM file can sign instead</source>
        <translation>%1&#xa0;; une clé de signature dans un fichier PEM peut signer à la place</translation>
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
        <translation>%1&#xa0;: le même identifiant d’authentification figure plusieurs fois&#xa0;; il est conservé une fois</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts under two ARNs, %2 and %3: counted as one identity, as the id says (a renamed user keeps its id); if they are two principals, the log mixes them up</source>
        <translation>l’identifiant %1 agit sous deux ARN, %2 et %3&#xa0;: compté comme une seule identité, comme le dit l’identifiant (un utilisateur renommé garde son identifiant)&#xa0;; s’il s’agit de deux principaux, le journal les confond</translation>
    </message>
    <message>
        <source>id %1 acts as a user and as a role, %2 and %3: counted as one identity, as the id says, though IAM never gives a user and a role one id; the log mixes two principals up</source>
        <translation>l’id %1 agit comme utilisateur et comme rôle, %2 et %3&#xa0;: compté comme une seule identité, comme le dit l’id, bien qu’IAM ne donne jamais le même id à un utilisateur et à un rôle&#xa0;; le journal confond deux principaux</translation>
    </message>
    <message>
        <source>id %1 acts as two roles, %2 and %3: counted as one identity, as the id says, though IAM gives every role its own id; the log mixes two principals up</source>
        <translation>l’identifiant %1 agit comme deux rôles, %2 et %3&#xa0;: compté comme une seule identité, comme le dit l’identifiant, bien qu’IAM donne à chaque rôle le sien&#xa0;; le journal confond deux principaux</translation>
    </message>
    <message numerus="yes">
        <source>id %1 acts under %n ARNs, %2: counted as one identity, as the id says (a renamed user keeps its id); if they are several principals, the log mixes them up</source>
        <translation>
            <numerusform>l’id %1 agit sous %n ARN, %2&#xa0;: compté comme une seule identité, comme le dit l’id (un utilisateur renommé garde son id)&#xa0;; s’il s’agit de plusieurs principaux, le journal les confond</numerusform>
            <numerusform>l’id %1 agit sous %n ARN, %2&#xa0;: compté comme une seule identité, comme le dit l’id (un utilisateur renommé garde son id)&#xa0;; s’il s’agit de plusieurs principaux, le journal les confond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1: the table is missing in one of the stores</source>
        <translation>%1&#xa0;: la table est absente de l&apos;une des bases</translation>
    </message>
    <message>
        <source>%1, rows %2–%3: %4</source>
        <translation>%1, lignes %2–%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3); migrate copies into an empty store only</source>
        <translation>%1 contient déjà des données (%2 lignes dans %3)&#xa0;; migrate ne copie que dans une base vide</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source but %3 in the target</source>
        <translation>%1&#xa0;: %2 lignes dans la source mais %3 dans la cible</translation>
    </message>
    <message>
        <source>The copied audit chain does not verify: %1</source>
        <translation>La chaîne d&apos;audit copiée ne se vérifie pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit chains end differently: %1 in the source, %2 in the target</source>
        <translation>Les chaînes d&apos;audit se terminent différemment&#xa0;: %1 dans la source, %2 dans la cible</translation>
    </message>
    <message>
        <source>%1: cannot start reading: %2</source>
        <translation>%1&#xa0;: impossible de commencer la lecture&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store to copy from and the store to copy to are the same</source>
        <translation>le magasin source et le magasin cible de la copie sont identiques</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder; %2 reads files</source>
        <translation>%1&#xa0;: est un dossier&#xa0;; %2 lit des fichiers</translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation>%1&#xa0;: impossible de lire le dossier</translation>
    </message>
    <message>
        <source>%1: holds no %2 files</source>
        <translation>%1&#xa0;: ne contient aucun fichier %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation>%1&#xa0;: empreinte impossible à calculer (mémoire insuffisante)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder, not %1 input by name, passed over: %2</source>
        <translation>
            <numerusform>%n fichier du dossier, qui n’est pas une entrée %1 d’après son nom, ignoré&#xa0;: %2</numerusform>
            <numerusform>%n fichiers du dossier, qui ne sont pas une entrée %1 d’après leur nom, ignorés&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWriter</name>
    <message>
        <source>cannot record which events were counted: %1</source>
        <translation>impossible de noter quels événements ont été comptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: this input lists %2 and leaves out %3 that the store knows there; that looks like a filtered or partial answer, so nothing was retired. Retire them by hand if they are gone.</source>
        <translation>%1&#xa0;: cette entrée en liste %2 et en omet %3 que la base connaît à cet endroit&#xa0;; cela ressemble à une réponse filtrée ou partielle, donc rien n’a été mis hors service. Mettez-les hors service à la main si elles n’existent plus.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) appeared more than once in the input (same event id) and were counted once</source>
        <translation>
            <numerusform>%n événement figurait plusieurs fois dans l’entrée (même identifiant d’événement) et a été compté une fois</numerusform>
            <numerusform>%n événements figuraient plusieurs fois dans l’entrée (même identifiant d’événement) et ont été comptés une fois chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is retired; a webhook delivery that still describes it leaves it so (GitHub gives a reinstalled App or a key added again a new id)</source>
        <translation>%1 est retiré&#xa0;; une livraison de webhook qui le décrit encore le laisse ainsi (GitHub donne un nouvel identifiant à une App réinstallée ou à une clé ajoutée de nouveau)</translation>
    </message>
    <message>
        <source>%1 now names a principal with id %2; the one the store knew by that name (id %3) was deleted and made again, and is retired</source>
        <translation>%1 désigne désormais un principal d’id %2&#xa0;; celui que le magasin connaissait sous ce nom (id %3) a été supprimé puis recréé, et il est retiré</translation>
    </message>
    <message>
        <source>%1 × IAM users seen only signing in to the console and working in it, people rather than non-human identities, not added: %2</source>
        <translation>%1 × utilisateurs IAM vus seulement se connecter à la console et y travailler, des personnes plutôt que des identités non humaines, non ajoutés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n identities stored by an earlier version are no longer kept (people&apos;s sign-in roles, Microsoft&apos;s own service principals): %1. They still exist at the source, so they were left as they were; retire them by hand.</source>
        <translation>
            <numerusform>%n identité enregistrée par une version antérieure n’est plus conservée (rôles de connexion de personnes, principaux de service propres à Microsoft)&#xa0;: %1. Elle existe toujours à la source et a donc été laissée telle quelle&#xa0;; retirez-la à la main.</numerusform>
            <numerusform>%n identités enregistrées par une version antérieure ne sont plus conservées (rôles de connexion de personnes, principaux de service propres à Microsoft)&#xa0;: %1. Elles existent toujours à la source et ont donc été laissées telles quelles&#xa0;; retirez-les à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts as %2 in this input and names %3 in the store: counted as that identity, as the id says, though IAM never gives a user and a role one id; the logs mix two principals up</source>
        <translation>l’identifiant %1 agit en tant que %2 dans cette entrée et désigne %3 dans la base&#xa0;: compté comme cette identité, comme le dit l’identifiant, bien qu’IAM ne donne jamais le même identifiant à un utilisateur et à un rôle&#xa0;; les journaux confondent deux principaux</translation>
    </message>
    <message>
        <source>%1 × IAM users with a console password and no access key or certificate, people rather than non-human identities, not added: %2</source>
        <translation>%1 × utilisateurs IAM avec un mot de passe de console et sans clé d’accès ni certificat, des personnes plutôt que des identités non humaines, non ajoutés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Server: expected a host name or address, got &quot;%1&quot;</source>
        <translation>Serveur&#xa0;: nom d&apos;hôte ou adresse attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Port: expected 1 to 65535, got %1</source>
        <translation>Port&#xa0;: valeur de 1 à 65535 attendue, reçu %1</translation>
    </message>
    <message>
        <source>Database: expected a database name, got &quot;%1&quot;</source>
        <translation>Base de données&#xa0;: nom de base de données attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Login: expected a database login, got &quot;%1&quot;</source>
        <translation>Compte&#xa0;: compte de base de données attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a team server address</source>
        <translation>%1 n&apos;est pas une adresse de serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>A password never goes into the settings; keep it in the keychain</source>
        <translation>Un mot de passe ne va jamais dans les paramètres&#xa0;; conservez-le dans le trousseau</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>governance manager</source>
        <translation>responsable de la gouvernance</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>aucun rôle d&apos;équipe</translation>
    </message>
    <message>
        <source>Expected the member&apos;s email address, got &quot;%1&quot;</source>
        <translation>Adresse e-mail du membre attendue, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>team mode needs a PostgreSQL store (postgresql://user@host:port/dbname)</source>
        <translation>le mode équipe nécessite un magasin PostgreSQL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>expected manager, reviewer or auditor</source>
        <translation>manager, reviewer ou auditor attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database login (lower-case letters, digits and _)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un compte de base de données valide (lettres minuscules, chiffres et _)</translation>
    </message>
    <message>
        <source>%1 is a privileged login; team members sign in with logins of their own</source>
        <translation>%1 est un compte privilégié&#xa0;; les membres de l&apos;équipe se connectent avec leur propre compte</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Cannot create the login %1: %2</source>
        <translation>Impossible de créer la connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot grant %1 to %2 (run team init first): %3</source>
        <translation>Impossible d’accorder %1 à %2 (lancez d’abord team init)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot tell who is signed in</source>
        <translation>Impossible de savoir qui est connecté</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The template was not stored</source>
        <translation>Le modèle n’a pas été enregistré</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Modèle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No campaign template with id %1</source>
        <translation>Aucun modèle de campagne avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>un modèle a besoin d’un nom</translation>
    </message>
    <message>
        <source>expected a number of days of at least 1, got %1</source>
        <translation>au moins 1 jour attendu, reçu %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation>technical ou manager attendu, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; exists already</source>
        <translation>un modèle nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>TriggerService</name>
    <message>
        <source>started by a trigger: it acted outside its declared scope since the last sync</source>
        <translation>lancé par un déclencheur&#xa0;: elle a agi hors de son périmètre déclaré depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>started by a trigger: its owner left or is no longer in the directory</source>
        <translation>lancé par un déclencheur&#xa0;: son propriétaire est parti ou n’est plus dans l’annuaire</translation>
    </message>
    <message>
        <source>started by a trigger: a credential expires soon; renew it or let it go</source>
        <translation>lancé par un déclencheur&#xa0;: un identifiant expire bientôt&#xa0;; le renouveler ou le laisser expirer</translation>
    </message>
    <message>
        <source>started by a trigger: its trust debt crossed the threshold</source>
        <translation>lancé par un déclencheur&#xa0;: sa dette de confiance a franchi le seuil</translation>
    </message>
    <message>
        <source>started by the %1 trigger</source>
        <translation>lancé par le déclencheur %1</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; expected one of %2</source>
        <translation>Déclencheur inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu l’un de %2</translation>
    </message>
    <message>
        <source>Triggered: %1, %2</source>
        <translation>Déclenchée&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Trigger %1: %2</source>
        <translation>Déclencheur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a trigger needs an email address for what no active owner can review</source>
        <translation>un déclencheur a besoin d’une adresse e-mail pour ce qu’aucun propriétaire actif ne peut réviser</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>nombre positif attendu</translation>
    </message>
</context>
<context>
    <name>TrustDebtWeights</name>
    <message>
        <source>No accountable owner: missing, unknown or departed</source>
        <translation>Aucun propriétaire responsable&#xa0;: absent, inconnu ou parti</translation>
    </message>
    <message>
        <source>Past its expiry or retirement date, yet still enabled</source>
        <translation>Date d&apos;expiration ou de mise hors service dépassée, mais toujours activée</translation>
    </message>
    <message>
        <source>Did or tried something outside its granted or declared scope</source>
        <translation>A fait ou tenté une action hors de son périmètre autorisé ou déclaré</translation>
    </message>
    <message>
        <source>A person used this machine identity interactively</source>
        <translation>Une personne a utilisé cette identité machine de manière interactive</translation>
    </message>
    <message>
        <source>A credential older than the rotation policy, or unused for long</source>
        <translation>Un identifiant plus ancien que ne le permet la politique de rotation, ou inutilisé depuis longtemps</translation>
    </message>
    <message>
        <source>Gained grants since it was last certified</source>
        <translation>A obtenu des autorisations depuis sa dernière certification</translation>
    </message>
    <message>
        <source>Grants not used within the observation window</source>
        <translation>Autorisations non utilisées pendant la fenêtre d&apos;observation</translation>
    </message>
    <message>
        <source>Enabled but not used within the observation window</source>
        <translation>Activée mais non utilisée pendant la fenêtre d&apos;observation</translation>
    </message>
    <message>
        <source>Enabled and never used</source>
        <translation>Activée et jamais utilisée</translation>
    </message>
    <message>
        <source>Not recertified within the review interval</source>
        <translation>Non recertifiée dans l&apos;intervalle de revue</translation>
    </message>
    <message>
        <source>No expiry date or retirement condition</source>
        <translation>Aucune date d&apos;expiration ni condition de mise hors service</translation>
    </message>
    <message>
        <source>No documented purpose</source>
        <translation>Aucune finalité documentée</translation>
    </message>
    <message>
        <source>A credential expires soon</source>
        <translation>Un identifiant expire bientôt</translation>
    </message>
    <message>
        <source>Anyone, or an account outside its own, may assume it</source>
        <translation>N&apos;importe qui, ou un compte extérieur au sien, peut l&apos;assumer</translation>
    </message>
    <message>
        <source>Holds a policy or role whose content the input did not include</source>
        <translation>Détient une stratégie ou un rôle dont le contenu ne figurait pas dans l&apos;entrée</translation>
    </message>
    <message>
        <source>Holds a grant a reviewer asked to remove</source>
        <translation>Détient un droit dont un réviseur a demandé le retrait</translation>
    </message>
    <message>
        <source>Admin grant</source>
        <translation>Droit d&apos;administration</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orpheline</translation>
    </message>
    <message>
        <source>Expired, still active</source>
        <translation>Expirée, encore active</translation>
    </message>
    <message>
        <source>Out-of-scope action</source>
        <translation>Action hors périmètre</translation>
    </message>
    <message>
        <source>Human use</source>
        <translation>Usage humain</translation>
    </message>
    <message>
        <source>Open trust</source>
        <translation>Confiance ouverte</translation>
    </message>
    <message>
        <source>Destructive tool</source>
        <translation>Outil destructeur</translation>
    </message>
    <message>
        <source>Stale credential</source>
        <translation>Identifiant ancien</translation>
    </message>
    <message>
        <source>Scope creep</source>
        <translation>Dérive du périmètre</translation>
    </message>
    <message>
        <source>Removal pending</source>
        <translation>Retrait en attente</translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation>Droit inutilisé</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormante</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>No purpose</source>
        <translation>Sans finalité</translation>
    </message>
    <message>
        <source>Expiring credential</source>
        <translation>Identifiant bientôt expiré</translation>
    </message>
    <message>
        <source>Unresolved grant</source>
        <translation>Droit non résolu</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Holds an administrator or wildcard-everything grant, or one that lets it make itself administrator</source>
        <translation>Détient une autorisation d’administrateur ou un joker sur tout, ou une autorisation qui lui permet de se rendre administrateur</translation>
    </message>
    <message>
        <source>Offered a tool that may change or delete data: marked destructive, or not marked read-only</source>
        <translation>Propose un outil qui peut modifier ou supprimer des données&#xa0;: marqué destructif, ou non marqué en lecture seule</translation>
    </message>
    <message>
        <source>Sensitive grant</source>
        <translation>Autorisation sensible</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s mail, files or chats, deletes at large across a cluster, reaches a namespace&apos;s Secrets and service accounts or its Pod Security level, or writes to every repository of a GitHub account, without being administrator</source>
        <translation>Lit ou modifie les e-mails, fichiers ou conversations de tous les utilisateurs, supprime en masse dans un cluster, atteint les Secrets et comptes de service d’un namespace ou son niveau Pod Security, ou écrit dans chaque dépôt d’un compte GitHub, sans être administrateur</translation>
    </message>
</context>
<context>
    <name>TrustedSigners</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the trusted key %1</source>
        <translation>Impossible de supprimer la clé de confiance %1</translation>
    </message>
</context>
<context>
    <name>YamlInput</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: imbrication de plus de %3 niveaux</translation>
    </message>
    <message>
        <source>%1: line %2: a mapping key that is not text</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: une clé de mappage qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid YAML: %4</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: YAML non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: line %2: an escape YAML does not have in a quoted string</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: une séquence d’échappement que YAML ne connaît pas dans une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted string that never ends</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: une chaîne entre guillemets qui ne se termine jamais</translation>
    </message>
    <message>
        <source>%1: line %2: a [ or { that never closes</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un [ ou { qui ne se ferme jamais</translation>
    </message>
    <message>
        <source>%1: the YAML could not be read within %2 seconds; it is not YAML kubectl writes</source>
        <translation>%1&#xa0;: le YAML n’a pas pu être lu en %2 secondes&#xa0;; ce n’est pas du YAML tel que kubectl l’écrit</translation>
    </message>
    <message>
        <source>%1: the YAML reader stopped without an answer</source>
        <translation>%1&#xa0;: le lecteur YAML s’est arrêté sans réponse</translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}, as in a Helm chart), not a manifest: render it first (helm template RELEASE CHART &gt; manifest.yaml) or take what kubectl get -o yaml gives, and import that</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un modèle ({{ … }}, comme dans un chart Helm), pas un manifeste&#xa0;: rendez-le d&apos;abord (helm template RELEASE CHART &gt; manifest.yaml) ou prenez la sortie de kubectl get -o yaml, puis importez-la</translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}) whose values are not filled in, not data: import what the program it belongs to writes when it runs</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un modèle ({{ … }}) dont les valeurs ne sont pas renseignées, pas des données&#xa0;: importez ce qu&apos;écrit le programme auquel il appartient quand il s&apos;exécute</translation>
    </message>
</context>
<context>
    <name>recertify::AwsSourceDialog</name>
    <message>
        <source>Ask IAM when each service was &amp;last used (one job per role and user)</source>
        <translation>Demander à IAM la &amp;dernière utilisation de chaque service (une tâche par rôle et par utilisateur)</translation>
    </message>
    <message>
        <source>Connect an AWS account</source>
        <translation>Connecter un compte AWS</translation>
    </message>
    <message>
        <source>Production account</source>
        <translation>Compte de production</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>AWS CLI profile</source>
        <translation>Profil AWS CLI</translation>
    </message>
    <message>
        <source>The environment&apos;s keys, else $AWS_PROFILE or default</source>
        <translation>Clés de l&apos;environnement, sinon $AWS_PROFILE ou default</translation>
    </message>
    <message>
        <source>The profile&apos;s region</source>
        <translation>Région du profil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Do not read CloudTrail</source>
        <translation>Ne pas lire CloudTrail</translation>
    </message>
    <message>
        <source> days back on the first sync</source>
        <translation> jours en arrière à la première synchronisation</translation>
    </message>
    <message>
        <source>CloudTrail days to read on the first sync</source>
        <translation>Jours de CloudTrail à lire à la première synchronisation</translation>
    </message>
    <message>
        <source>Default: AWS&apos;s IAM and STS endpoints</source>
        <translation>Par défaut&#xa0;: les points de terminaison IAM et STS d&apos;AWS</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>Recertify finds credentials the way the AWS CLI does, assuming the profile&apos;s role when it names one; it stores only the profile&apos;s name. The policy it needs is in the README (iam:GetAccountAuthorizationDetails, the last-accessed calls and cloudtrail:LookupEvents).</source>
        <translation>Recertify trouve les identifiants comme le fait l&apos;AWS CLI, en assumant le rôle du profil s&apos;il en désigne un&#xa0;; il ne conserve que le nom du profil. La stratégie nécessaire figure dans le README (iam:GetAccountAuthorizationDetails, les appels last-accessed et cloudtrail:LookupEvents).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CloudTrail:</source>
        <translation>&amp;CloudTrail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Endpoint: expected a URL such as https://iam.amazonaws.com/</source>
        <translation>Point de terminaison&#xa0;: une URL est attendue, par exemple https://iam.amazonaws.com/</translation>
    </message>
</context>
<context>
    <name>recertify::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Clôturer la campagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>No campaign yet. Start one with New campaign…: choose which identities, a due date and a fallback reviewer for those nobody owns.</source>
        <translation>Aucune campagne pour l&apos;instant. Lancez-en une avec «&#xa0;Nouvelle campagne…&#xa0;»&#xa0;: choisissez les identités, une date d&apos;échéance et un réviseur de repli pour celles qui n&apos;ont pas de propriétaire.</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>toutes les identités non mises hors service</translation>
    </message>
    <message>
        <source>done, seen in the last sync</source>
        <translation>terminée, constatée lors de la dernière synchronisation</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? Undecided items expire, and decisions become remediation tasks that the next sync verifies.</source>
        <translation>Clôturer «&#xa0;%1&#xa0;»&#xa0;? Les éléments non décidés expirent, et les décisions deviennent des tâches de remédiation que la prochaine synchronisation vérifie.</translation>
    </message>
    <message>
        <source>Escalate overdue</source>
        <translation>Escalader les retards</translation>
    </message>
    <message>
        <source>Moves each undecided item of an overdue campaign to its reviewer&apos;s manager, once</source>
        <translation>Transmet une fois chaque élément non décidé d’une campagne en retard au responsable de son réviseur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 decided (%4%), %5 overdue, %6 decisions flagged as rubber-stamping; handed on: %13.&lt;br&gt;Decisions: %7 certified, %8 reduced in scope, %9 revoked, %10 retired, %11 reassigned. Scope: %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 sur %3 décidés (%4 %), %5 en retard, %6 décisions signalées comme approbation automatique&#xa0;; transmis&#xa0;: %13.&lt;br&gt;Décisions&#xa0;: %7 certifiées, %8 réduites en périmètre, %9 révoquées, %10 retirées, %11 réattribuées. Périmètre&#xa0;: %12</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided items moved to the reviewers&apos; managers.</source>
        <translation>
            <numerusform>%n élément non décidé transmis aux responsables des réviseurs.</numerusform>
            <numerusform>%n éléments non décidés transmis aux responsables des réviseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers…</source>
        <translation>Déclencheurs…</translation>
    </message>
    <message>
        <source>Which events start a micro-campaign by themselves after a sync</source>
        <translation>Quels événements lancent d’eux-mêmes une micro-campagne après une synchronisation</translation>
    </message>
    <message>
        <source>Recurring…</source>
        <translation>Récurrentes…</translation>
    </message>
    <message>
        <source>Campaigns that start again by themselves, every so many days</source>
        <translation>Campagnes qui redémarrent d&apos;elles-mêmes tous les N jours</translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation on scope followed it (%3%).</source>
        <translation>%1 décisions sur %2 assorties d&apos;une recommandation sur le périmètre l&apos;ont suivie (%3 %).</translation>
    </message>
    <message>
        <source>Remediation tasks</source>
        <translation>Tâches de remédiation</translation>
    </message>
    <message>
        <source>Start a campaign (%1)</source>
        <translation>Démarrer une campagne (%1)</translation>
    </message>
    <message>
        <source>Send reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <source>Every reviewer</source>
        <translation>Tous les réviseurs</translation>
    </message>
    <message>
        <source>Saves a reminder per reviewer with pending items (with a ready e-mail link) for your mailer, and records it</source>
        <translation>Enregistre un rappel par réviseur ayant des éléments en attente (avec un lien e-mail prêt) pour votre messagerie, et le consigne</translation>
    </message>
    <message>
        <source>Undecided at close</source>
        <translation>Non décidés à la clôture</translation>
    </message>
    <message>
        <source>Most left to do</source>
        <translation>Le plus en attente</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Save reminders for your mailer</source>
        <translation>Enregistrer les rappels pour votre messagerie</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reminders for %n reviewer(s) saved to %1, each with a ready e-mail link; recorded in the audit log.</source>
        <translation>
            <numerusform>Rappel pour %n réviseur enregistré dans %1, avec un lien e-mail prêt&#xa0;; consigné dans le journal d’audit.</numerusform>
            <numerusform>Rappels pour %n réviseurs enregistrés dans %1, chacun avec un lien e-mail prêt&#xa0;; consignés dans le journal d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision of this campaign asked for a change.</source>
        <translation>Aucune décision de cette campagne n&apos;a demandé de changement.</translation>
    </message>
    <message>
        <source>Closing the campaign turns its decisions into remediation tasks (remove a grant, disable, retire, reassign); they appear here, and the next sync marks each one done.</source>
        <translation>La clôture de la campagne transforme ses décisions en tâches de remédiation (retirer une autorisation, désactiver, mettre hors service, réattribuer)&#xa0;; elles apparaissent ici et la prochaine synchronisation marque chacune comme faite.</translation>
    </message>
    <message>
        <source>Flagged decisions</source>
        <translation>Décisions signalées</translation>
    </message>
    <message>
        <source>Decisions flagged as possible rubber-stamping; Enter or a double click opens one with its evidence</source>
        <translation>Décisions signalées comme possible validation automatique&#xa0;; Entrée ou un double-clic en ouvre une avec ses preuves</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Motif du signalement</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Signalées (%1)</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>under %n second(s) on the evidence</source>
        <translation>
            <numerusform>moins de %n seconde sur les preuves</numerusform>
            <numerusform>moins de %n secondes sur les preuves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certify-everything decisions in a row</source>
        <translation>
            <numerusform>%n décision «&#xa0;tout certifier&#xa0;» d’affilée</numerusform>
            <numerusform>%n décisions «&#xa0;tout certifier&#xa0;» d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: the decision with the evidence its reviewer saw</source>
        <translation>Entrée ou double-clic&#xa0;: la décision avec les preuves que son réviseur a vues</translation>
    </message>
    <message>
        <source>Flagged decision: %1</source>
        <translation>Décision signalée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decision and the evidence its reviewer saw</source>
        <translation>La décision et les preuves que son réviseur a vues</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Décidée&lt;/b&gt; le %1 par %2</translation>
    </message>
    <message>
        <source>Why flagged: %1</source>
        <translation>Motif du signalement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation>Propriété&#xa0;: %1 · Périmètre des tâches&#xa0;: %2 · Besoin métier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) amended by the reviewer; the amendments count, the earlier decisions stay on record.</source>
        <translation>
            <numerusform>%n décision modifiée par son réviseur&#xa0;; la modification compte, la décision précédente reste enregistrée.</numerusform>
            <numerusform>%n décisions modifiées par leurs réviseurs&#xa0;; les modifications comptent, les décisions précédentes restent enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s signed evidence bundle (decisions, what each reviewer saw, the audit chain, a PDF report) for auditors</source>
        <translation>Écrit le paquet de preuves signé de la campagne (décisions, ce que chaque réviseur a vu, la chaîne d’audit, un rapport PDF) pour les auditeurs</translation>
    </message>
    <message>
        <source>Export the signed evidence bundle</source>
        <translation>Exporter le paquet de preuves signé</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Paquets de preuves (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing and signing the evidence bundle…</source>
        <translation>Écriture et signature du paquet de preuves…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1, signed. Auditors open it in Evidence, or check it with openssl as the README shows.</source>
        <translation>
            <numerusform>%n élément exporté vers %1, signé. Les auditeurs l’ouvrent dans Preuves, ou le vérifient avec openssl comme l’indique le README.</numerusform>
            <numerusform>%n éléments exportés vers %1, signés. Les auditeurs les ouvrent dans Preuves, ou les vérifient avec openssl comme l’indique le README.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Export en cours</translation>
    </message>
</context>
<context>
    <name>recertify::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>governance-db.example.com</source>
        <translation>governance-db.example.com</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>votre compte de base de données</translation>
    </message>
    <message>
        <source>Reviewers on many desktops work in one shared store on PostgreSQL. What you may see and decide is set by your database login&apos;s team role.</source>
        <translation>Des réviseurs répartis sur de nombreux postes travaillent dans une base partagée sur PostgreSQL. Ce que vous pouvez voir et décider dépend du rôle d&apos;équipe de votre compte de base de données.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>recertify::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · estate trust debt %6 (mean %7 per identity) · %n snapshots</source>
        <translation>
            <numerusform>%1 identités · %2 autorisations, dont %3 utilisées et %4 inutilisées au cours des 90 derniers jours · %5 actions hors périmètre · dette de confiance du parc %6 (moyenne %7 par identité) · %n instantané</numerusform>
            <numerusform>%1 identités · %2 autorisations, dont %3 utilisées et %4 inutilisées au cours des 90 derniers jours · %5 actions hors périmètre · dette de confiance du parc %6 (moyenne %7 par identité) · %n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>Privilege drift of the estate</source>
        <translation>Dérive des privilèges du parc</translation>
    </message>
    <message>
        <source>Estate trust debt over time</source>
        <translation>Dette de confiance du parc dans le temps</translation>
    </message>
    <message>
        <source>No analysis has run yet. Bring identities in from files or a live source; the charts of privilege drift and trust debt fill in after the first import.</source>
        <translation>Aucune analyse n’a encore été faite. Importez des identités depuis des fichiers ou une source en direct&#xa0;; les graphiques de dérive des privilèges et de dette de confiance se remplissent après le premier import.</translation>
    </message>
    <message>
        <source>Go to Sources</source>
        <translation>Aller aux sources</translation>
    </message>
</context>
<context>
    <name>recertify::EntraSourceDialog</name>
    <message>
        <source>Connect Microsoft Entra ID</source>
        <translation>Connecter Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Contoso production tenant</source>
        <translation>Locataire de production Contoso</translation>
    </message>
    <message>
        <source>Tenant id or domain</source>
        <translation>ID ou domaine du locataire</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation>Conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Default: the tenant&apos;s endpoint on login.microsoftonline.com</source>
        <translation>Par défaut&#xa0;: le point de terminaison du locataire sur login.microsoftonline.com</translation>
    </message>
    <message>
        <source>The app needs the application permissions Application.Read.All, Directory.Read.All and AuditLog.Read.All. Its secret goes to the OS keychain; Recertify stores only the name of the keychain entry.</source>
        <translation>L&apos;application a besoin des autorisations d&apos;application Application.Read.All, Directory.Read.All et AuditLog.Read.All. Son secret va dans le trousseau du système&#xa0;; Recertify ne conserve que le nom de l&apos;entrée du trousseau.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Graph URL:</source>
        <translation>URL Graph&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Name, tenant, client id and client secret are all needed.</source>
        <translation>Le nom, le locataire, l&apos;ID client et le secret client sont tous requis.</translation>
    </message>
    <message>
        <source>Graph URL: expected a URL such as https://graph.microsoft.com</source>
        <translation>URL Graph&#xa0;: attendu une URL comme https://graph.microsoft.com</translation>
    </message>
</context>
<context>
    <name>recertify::EvidencePage</name>
    <message>
        <source>Open evidence bundle…</source>
        <translation>Ouvrir un lot de preuves…</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>Faire confiance à ce signataire…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Open a signed evidence bundle (.zip) exported by Recertify. It is verified as it opens: every file against SHA256SUMS, and SHA256SUMS against its Ed25519 signature. Nothing here needs the database.</source>
        <translation>Ouvrez un lot de preuves signé (.zip) exporté par Recertify. Il est vérifié à l&apos;ouverture&#xa0;: chaque fichier par rapport à SHA256SUMS, et SHA256SUMS par rapport à sa signature Ed25519. Rien ici ne nécessite la base de données.</translation>
    </message>
    <message>
        <source>Identity, reviewer or justification…</source>
        <translation>Identité, réviseur ou justification…</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifiées</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Mises hors service</translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation>Périmètre réduit</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Date de décision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Faire confiance à ce signataire</translation>
    </message>
    <message>
        <source>Trust the key %1 for future bundles? Give it a name:</source>
        <translation>Faire confiance à la clé %1 pour les prochains lots&#xa0;? Donnez-lui un nom&#xa0;:</translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation>Ouvrir un lot de preuves</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Lots de preuves (*.zip)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt; Every file matches SHA256SUMS, and SHA256SUMS carries a valid signature by &lt;b&gt;%1&lt;/b&gt;, a trusted signer (key %2).</source>
        <translation>&lt;b&gt;Vérifié.&lt;/b&gt; Chaque fichier correspond à SHA256SUMS, et SHA256SUMS porte une signature valide de &lt;b&gt;%1&lt;/b&gt;, un signataire de confiance (clé %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 decided · due %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 sur %3 décidés · échéance le %4 · %5</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source> · flagged: %1</source>
        <translation> · signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>What %1 saw when deciding (%2):</source>
        <translation>Ce que %1 a vu au moment de décider (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 · trust debt %4</source>
        <translation>Accordées %1 · utilisées %2 · inutilisées %3 · dette de confiance %4</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <source>Trusted signers…</source>
        <translation>Signataires de confiance…</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Signataires de confiance</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bundles signed by these keys open with a green banner. Keys are public halves only.</source>
        <translation>Les lots signés par ces clés s&apos;ouvrent avec un bandeau vert. Seules les moitiés publiques sont conservées.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Fichiers du paquet</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Rechercher dans les décisions</translation>
    </message>
    <message>
        <source>Decisions in the bundle</source>
        <translation>Décisions du paquet</translation>
    </message>
    <message>
        <source>Evidence of the selected decision</source>
        <translation>Preuves de la décision choisie</translation>
    </message>
    <message>
        <source>Can be relied on: %1. Cannot: %2; what comes from them is marked on every row.</source>
        <translation>Fiables&#xa0;: %1. Non fiables&#xa0;: %2&#xa0;; ce qui en provient est signalé sur chaque ligne.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Nothing in it can be relied on: its signature does not hold, so no file is known to be as signed.</source>
        <translation>Rien n’y est fiable&#xa0;: sa signature ne tient pas, aucun fichier n’est donc connu comme tel qu’il a été signé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not verify: this bundle was changed after it was signed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échec de la vérification&#xa0;: ce lot a été modifié après sa signature.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The reviewer figures are withheld: they come from campaign.json, which does not verify.</source>
        <translation>Les chiffres par réviseur ne sont pas affichés&#xa0;: ils proviennent de campaign.json, qui ne se vérifie pas.</translation>
    </message>
    <message>
        <source>From a file that does not verify (decisions.csv): do not rely on it.</source>
        <translation>Provient d’un fichier qui ne se vérifie pas (decisions.csv)&#xa0;: ne pas s’y fier.</translation>
    </message>
    <message>
        <source>From a file that does not verify (%1): do not rely on what follows.</source>
        <translation>Provient d’un fichier qui ne se vérifie pas (%1)&#xa0;: ne pas se fier à ce qui suit.</translation>
    </message>
    <message>
        <source>Open the report (PDF)</source>
        <translation>Ouvrir le rapport (PDF)</translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer</source>
        <translation>Ouvre le report.pdf du lot dans votre lecteur PDF</translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer; it does not verify, so do not rely on it</source>
        <translation>Ouvre le report.pdf du lot dans votre lecteur PDF&#xa0;; il ne se vérifie pas, ne vous y fiez pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Décidé&lt;/b&gt; le %1 par %2</translation>
    </message>
    <message>
        <source>, on behalf of %1</source>
        <translation>, pour le compte de %1</translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation>Propriété&#xa0;: %1 · Périmètre des tâches&#xa0;: %2 · Besoin métier&#xa0;: %3</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Flags: %1 · Time spent on the evidence: %2</source>
        <translation>Signalements&#xa0;: %1 · Temps passé sur les preuves&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded: %1</source>
        <translation>remplacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amended&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Modifiée&lt;/b&gt; le %1 par %2</translation>
    </message>
    <message>
        <source>superseded by the amendment below, not in force</source>
        <translation>remplacée par la modification ci-dessous, plus en vigueur</translation>
    </message>
    <message>
        <source>Ownership holds until %1 · task scope until %2</source>
        <translation>Propriété valable jusqu’au %1 · périmètre des tâches jusqu’au %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified, by a signer you have not trusted yet.&lt;/b&gt; Every file matches SHA256SUMS and the signature is valid for the key %1 (the bundle names its signer: %2). Compare the fingerprint with the one the signer gave you, then trust it.</source>
        <translation>&lt;b&gt;Vérifié, par un signataire auquel vous ne faites pas encore confiance.&lt;/b&gt; Chaque fichier correspond à SHA256SUMS et la signature est valide pour la clé %1 (le paquet désigne son signataire&#xa0;: %2). Comparez l&apos;empreinte avec celle que le signataire vous a communiquée, puis faites-lui confiance.</translation>
    </message>
    <message>
        <source>No evidence bundle is open. Open one a campaign exported, or one an auditor sent you, to see who decided what and the evidence they saw.</source>
        <translation>Aucun lot de preuves n’est ouvert. Ouvrez-en un exporté par une campagne, ou envoyé par un auditeur, pour voir qui a décidé quoi et les preuves qu’il avait sous les yeux.</translation>
    </message>
    <message>
        <source>Open a bundle…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>recertify::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>recertify::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>%n constat ouvert</numerusform>
            <numerusform>%n constats ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity, finding or detail…</source>
        <translation>Identité, constat ou détail…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>No open findings. They appear once identities are imported or synced (Sources) and analysed: unused or out-of-scope grants, missing owners, old credentials, reviews overdue.</source>
        <translation>Aucun constat ouvert. Ils apparaissent une fois les identités importées ou synchronisées (Sources) et analysées&#xa0;: droits inutilisés ou hors périmètre, propriétaires manquants, identifiants anciens, revues en retard.</translation>
    </message>
    <message>
        <source>No open finding matches the search and filters.</source>
        <translation>Aucun constat ouvert ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Select a finding to read it in full here; Enter opens its identity.</source>
        <translation>Sélectionnez un constat pour le lire en entier ici&#xa0;; Entrée ouvre son identité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4), since %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4), depuis le %5&lt;br&gt;%6</translation>
    </message>
</context>
<context>
    <name>recertify::GitHubSourceDialog</name>
    <message>
        <source>As a GitHub &amp;App (recommended: it can read fine-grained tokens)</source>
        <translation>En tant que GitHub &amp;App (recommandé&#xa0;: peut lire les jetons à granularité fine)</translation>
    </message>
    <message>
        <source>With a &amp;token</source>
        <translation>Avec un &amp;jeton</translation>
    </message>
    <message>
        <source>Connect a GitHub organisation</source>
        <translation>Connecter une organisation GitHub</translation>
    </message>
    <message>
        <source>Contoso on GitHub</source>
        <translation>Contoso sur GitHub</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The organisation&apos;s login, as in github.com/LOGIN</source>
        <translation>Identifiant de l&apos;organisation, comme dans github.com/LOGIN</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>REST API URL</source>
        <translation>URL de l&apos;API REST</translation>
    </message>
    <message>
        <source>The App&apos;s id, from its settings page</source>
        <translation>ID de l&apos;application, indiqué sur sa page de paramètres</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID de l&apos;application</translation>
    </message>
    <message>
        <source>The .pem file GitHub let you download</source>
        <translation>Le fichier .pem téléchargé depuis GitHub</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation>Conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>The App needs read access to Administration, Members and Personal access tokens (and requests) of the organisation, and to Administration of its repositories for deploy keys; the audit log needs GitHub Enterprise Cloud. The key or token goes to the OS keychain; Recertify stores only the keychain entry&apos;s name.</source>
        <translation>L&apos;application a besoin d&apos;un accès en lecture à Administration, Members et Personal access tokens (ainsi qu&apos;aux Personal access token requests) de l&apos;organisation, et à Administration de ses dépôts pour les clés de déploiement&#xa0;; le journal d&apos;audit nécessite GitHub Enterprise Cloud. La clé ou le jeton va dans le trousseau du système&#xa0;; Recertify ne conserve que le nom de l&apos;entrée du trousseau.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation>&amp;ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>GitHub App private key</source>
        <translation>Clé privée de la GitHub App</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Fichiers PEM (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Name the organisation.</source>
        <translation>Indiquez l&apos;organisation.</translation>
    </message>
    <message>
        <source>API URL: expected a URL such as https://api.github.com</source>
        <translation>URL de l&apos;API&#xa0;: une URL est attendue, par exemple https://api.github.com</translation>
    </message>
    <message>
        <source>Give the App&apos;s id.</source>
        <translation>Indiquez l&apos;ID de l&apos;application.</translation>
    </message>
    <message>
        <source>Private key: cannot read %1</source>
        <translation>Clé privée&#xa0;: impossible de lire %1</translation>
    </message>
    <message>
        <source>Private key: not a PEM private key</source>
        <translation>Clé privée&#xa0;: pas une clé privée PEM</translation>
    </message>
    <message>
        <source>Give the token.</source>
        <translation>Indiquez le jeton.</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>J&amp;eton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityDetailPanel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <source>Select an identity to see its owners, credentials, grants and history.</source>
        <translation>Sélectionnez une identité pour voir ses propriétaires, identifiants, autorisations et son historique.</translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation>Impossible d&apos;afficher cette identité</translation>
    </message>
    <message>
        <source>%1 from %2 · %3</source>
        <translation>%1 provenant de %2 · %3</translation>
    </message>
    <message>
        <source>Nobody: orphaned</source>
        <translation>Personne&#xa0;: orpheline</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (a quitté l&apos;organisation)</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>ID natif</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Propriétaire métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Propriétaire technique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Périmètre déclaré</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Mise hors service</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows it</source>
        <translation>Découverte à partir de l&apos;activité&#xa0;: aucun inventaire ne la connaît</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Déléguée par</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message>
        <source>No long-lived credential.</source>
        <translation>Aucun identifiant de longue durée.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé %1</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Autorisations (%1)</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>Aucune activité enregistrée.</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sous-agents (%1)</translation>
    </message>
    <message>
        <source>Details of the selected identity</source>
        <translation>Détails de l&apos;identité choisie</translation>
    </message>
    <message numerus="yes">
        <source>Recent activity (%n day aggregate(s))</source>
        <translation>
            <numerusform>Activité récente (%n agrégat journalier)</numerusform>
            <numerusform>Activité récente (%n agrégats journaliers)</numerusform>
        </translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi connu comme</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityTableModel</name>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows this identity</source>
        <translation>Découverte à partir de l&apos;activité&#xa0;: aucun inventaire ne connaît cette identité</translation>
    </message>
    <message>
        <source>Nobody is accountable for this identity</source>
        <translation>Personne n&apos;est responsable de cette identité</translation>
    </message>
    <message>
        <source>The business owner has left; the identity is orphaned</source>
        <translation>Le propriétaire métier a quitté l&apos;organisation&#xa0;; l&apos;identité est orpheline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Trust debt, 0 to 100: what stays unresolved about this identity, with interest</source>
        <translation>Dette de confiance, de 0 à 100&#xa0;: ce qui reste non résolu pour cette identité, intérêts compris</translation>
    </message>
    <message>
        <source>Trust debt (0–100): what its open findings add up to</source>
        <translation>Dette de confiance (0–100)&#xa0;: ce que ses constats ouverts représentent ensemble</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <comment>column title, as short as possible</comment>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Business owner</source>
        <comment>column title, as short as possible</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>column title, as short as possible</comment>
        <translation>Dernier usage</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityWindow</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire on</source>
        <translation>Mettre hors service le</translation>
    </message>
    <message>
        <source>Save ownership</source>
        <translation>Enregistrer la propriété</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>Accordée via</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation>OWASP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>name@example.com — accountable for it</source>
        <translation>nom@example.com — en est responsable</translation>
    </message>
    <message>
        <source>name@example.com — runs it</source>
        <translation>nom@example.com — l&apos;exploite</translation>
    </message>
    <message>
        <source>What it is for, in one sentence</source>
        <translation>À quoi elle sert, en une phrase</translation>
    </message>
    <message>
        <source>Permissions or tools it needs, comma-separated</source>
        <translation>Permissions ou outils nécessaires, séparés par des virgules</translation>
    </message>
    <message>
        <source>Or an event: &quot;when the Q3 migration ends&quot;</source>
        <translation>Ou un événement&#xa0;: «&#xa0;à la fin de la migration du T3&#xa0;»</translation>
    </message>
    <message>
        <source>Ownership and purpose</source>
        <translation>Propriété et finalité</translation>
    </message>
    <message>
        <source>Business owner:</source>
        <translation>Propriétaire métier&#xa0;:</translation>
    </message>
    <message>
        <source>Technical owner:</source>
        <translation>Propriétaire technique&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation>Périmètre déclaré&#xa0;:</translation>
    </message>
    <message>
        <source>Retirement:</source>
        <translation>Mise hors service&#xa0;:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Dette de confiance</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Rayon d&apos;impact</translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation>Impossible d&apos;afficher cette identité</translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation>%1 — Recertify</translation>
    </message>
    <message>
        <source>%1 from %2 · %3 · %4</source>
        <translation>%1 provenant de %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · discovered from activity</source>
        <translation> · découverte à partir de l&apos;activité</translation>
    </message>
    <message>
        <source> · delegated by %1</source>
        <translation> · déléguée par %1</translation>
    </message>
    <message>
        <source>Trust debt %1</source>
        <translation>Dette de confiance %1</translation>
    </message>
    <message>
        <source>Privilege drift of this identity</source>
        <translation>Dérive des privilèges de cette identité</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Administrator or wildcard-everything grant</source>
        <translation>Autorisation d&apos;administrateur ou autorisation générique couvrant tout</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <source>Grants (%1, %2 unused)</source>
        <translation>Autorisations (%1, dont %2 inutilisées)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message numerus="yes">
        <source>It reaches no other identity: its own %n permissions are its whole reach.</source>
        <translation>
            <numerusform>Elle n&apos;atteint aucune autre identité&#xa0;: sa portée se limite à %n permission qui lui est propre.</numerusform>
            <numerusform>Elle n&apos;atteint aucune autre identité&#xa0;: sa portée se limite aux %n permissions qui lui sont propres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through delegation and role assumption it reaches %1 other identities and %2 distinct permissions in all.</source>
        <translation>Par délégation et prise de rôle, elle atteint %1 autres identités et %2 permissions distinctes au total.</translation>
    </message>
    <message>
        <source>Saved; recorded in the audit log.</source>
        <translation>Enregistré&#xa0;; consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Why is %1 becoming %2?</source>
        <translation>Pourquoi faire passer %1 à l&apos;état «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Read only: your team role does not change ownership or lifecycle.</source>
        <translation>Lecture seule&#xa0;: votre rôle d&apos;équipe ne modifie ni la propriété ni le cycle de vie.</translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation>Les données d&apos;activité couvrent %1 des 90 derniers jours pour %2</translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: import its activity (CloudTrail, audit logs, sign-ins) to tell used from unused grants</source>
        <translation>Aucune donnée d&apos;activité pour %1 sur les 90 derniers jours&#xa0;: importez son activité (CloudTrail, journaux d&apos;audit, connexions) pour distinguer les autorisations utilisées des autorisations inutilisées</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>usage inconnu</translation>
    </message>
    <message>
        <source>Grants (%1, usage unknown)</source>
        <translation>Autorisations (%1, utilisation inconnue)</translation>
    </message>
</context>
<context>
    <name>recertify::InventoryPage</name>
    <message>
        <source>Orphans only</source>
        <translation>Orphelines uniquement</translation>
    </message>
    <message>
        <source>Search by name, native id or owner…</source>
        <translation>Rechercher par nom, ID natif ou propriétaire…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Identities with no owner, or whose owner has left</source>
        <translation>Identités sans propriétaire ou dont le propriétaire a quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Search identities</source>
        <translation>Rechercher des identités</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
</context>
<context>
    <name>recertify::K8sSourceDialog</name>
    <message>
        <source>Connect a Kubernetes cluster</source>
        <translation>Connecter un cluster Kubernetes</translation>
    </message>
    <message>
        <source>Production cluster</source>
        <translation>Cluster de production</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Default: $KUBECONFIG, else ~/.kube/config</source>
        <translation>Par défaut&#xa0;: $KUBECONFIG, sinon ~/.kube/config</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Fichier kubeconfig</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Recertify reaches the cluster as kubectl does, with the context&apos;s certificate authority, token, client certificate or credential plugin; it stores only the file&apos;s path and the context&apos;s name. The user needs to list service accounts, pods, secrets (read by metadata only) and the RBAC roles and bindings: the README has the ClusterRole.</source>
        <translation>Recertify accède au cluster comme kubectl, avec l&apos;autorité de certification, le jeton, le certificat client ou le plugin d&apos;identifiants du contexte&#xa0;; il ne conserve que le chemin du fichier et le nom du contexte. L&apos;utilisateur doit pouvoir lister les comptes de service, les pods, les secrets (dont seules les métadonnées sont lues) ainsi que les rôles et liaisons RBAC&#xa0;: la ClusterRole figure dans le README.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file</source>
        <translation>Choisir le fichier kubeconfig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation>Donnez un nom au cluster.</translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Propriétaires &amp; orphelines</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Mes revues</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Recertify</source>
        <translation>À &amp;propos de Recertify</translation>
    </message>
    <message>
        <source>About Recertify</source>
        <translation>À propos de Recertify</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Governance of AI agents and other non-human identities: inventory, ownership, privilege drift, trust debt and signed recertification.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Gouvernance des agents IA et des autres identités non humaines&#xa0;: inventaire, propriété, dérive des privilèges, dette de confiance et recertification signée.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AI agents</source>
        <translation>
            <numerusform>%n agent IA</numerusform>
            <numerusform>%n agents IA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n sans propriétaire</numerusform>
            <numerusform>%n sans propriétaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a departed owner</source>
        <translation>
            <numerusform>%n dont le propriétaire est parti</numerusform>
            <numerusform>%n dont le propriétaire est parti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discovered from activity</source>
        <translation>
            <numerusform>%n découverte à partir de l&apos;activité</numerusform>
            <numerusform>%n découvertes à partir de l&apos;activité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open evidence bundle…</source>
        <translation>&amp;Ouvrir un lot de preuves…</translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation>Ouvrir un lot de preuves</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Lots de preuves (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>Clé de &amp;signature…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Evidence bundles are signed with the Ed25519 key whose fingerprint is:

%1

Give it to your auditors so they can trust it.</source>
        <translation>Les lots de preuves sont signés avec la clé Ed25519 dont l&apos;empreinte est&#xa0;:

%1

Donnez-la à vos auditeurs pour qu&apos;ils puissent lui faire confiance.</translation>
    </message>
    <message>
        <source>No signing key yet: the first export makes one and keeps it in the OS keychain.

%1</source>
        <translation>Pas encore de clé de signature&#xa0;: le premier export en crée une et la conserve dans le trousseau du système.

%1</translation>
    </message>
    <message>
        <source>Signed in as %1, who is not on the team: ask the store&apos;s owner to add this login</source>
        <translation>Connecté en tant que %1, qui ne fait pas partie de l&apos;équipe&#xa0;: demandez au propriétaire de la base d&apos;ajouter ce compte</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Updated with changes made on another desktop</source>
        <translation>Mis à jour avec des modifications faites sur un autre poste</translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation>Se &amp;connecter à un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open a &amp;local store…</source>
        <translation>Ouvrir une base &amp;locale…</translation>
    </message>
    <message>
        <source>Open or create a local store</source>
        <translation>Ouvrir ou créer une base locale</translation>
    </message>
    <message>
        <source>Recertify stores (*.sqlite)</source>
        <translation>Bases Recertify (*.sqlite)</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>Qui s&amp;uis-je…</translation>
    </message>
    <message>
        <source>The demo estate could not be written: %1</source>
        <translation>Le parc de démonstration n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo estate: %n identities</source>
        <translation>
            <numerusform>Parc de démonstration chargé&#xa0;: %n identité</numerusform>
            <numerusform>Parc de démonstration chargé&#xa0;: %n identités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation>%1 — Recertify</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The demo estate written on %1</source>
        <translation>Le parc de démonstration écrit le %1</translation>
    </message>
    <message>
        <source>The import of %1 on %2</source>
        <translation>L’import de %1 le %2</translation>
    </message>
    <message>
        <source>Findings may be out of date: %1 ended before its analysis. The next import or sync by a governance manager recomputes them.</source>
        <translation>Les constats ne sont peut-être pas à jour&#xa0;: %1 s’est arrêté avant son analyse. Le prochain import ou la prochaine synchronisation par un responsable de la gouvernance les recalcule.</translation>
    </message>
    <message>
        <source>Bringing findings up to date: %1 ended before its analysis…</source>
        <translation>Mise à jour des constats&#xa0;: %1 s’est arrêté avant son analyse…</translation>
    </message>
    <message>
        <source>Findings could not be brought up to date: %1</source>
        <translation>Les constats n’ont pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings are up to date again: %n open</source>
        <translation>
            <numerusform>Les constats sont de nouveau à jour&#xa0;: %n ouvert</numerusform>
            <numerusform>Les constats sont de nouveau à jour&#xa0;: %n ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::NewCampaignDialog</name>
    <message>
        <source>Quarterly recertification</source>
        <translation>Recertification trimestrielle</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>e.g. kind=ai-agent debt&gt;=40 — empty: every identity that is not retired</source>
        <translation>p. ex. kind=ai-agent debt&gt;=40 — vide&#xa0;: toutes les identités non mises hors service</translation>
    </message>
    <message>
        <source>governance@example.com — reviews what nobody active owns</source>
        <translation>governance@example.com — examine ce qu&apos;aucun propriétaire actif ne détient</translation>
    </message>
    <message>
        <source>None: one reviewer decides</source>
        <translation>Aucune&#xa0;: un seul réviseur décide</translation>
    </message>
    <message>
        <source>The technical owner confirms</source>
        <translation>Le propriétaire technique confirme</translation>
    </message>
    <message>
        <source>The reviewer&apos;s manager confirms</source>
        <translation>Le responsable du réviseur confirme</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Démarrer la campagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fallback reviewer:</source>
        <translation>&amp;Réviseur de repli&#xa0;:</translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation>Deuxième é&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>What it will do:</source>
        <translation>Ce qu’elle fera&#xa0;:</translation>
    </message>
    <message>
        <source>Ask only the attestations whose certification has run out</source>
        <translation>Ne demander que les attestations dont la certification a expiré</translation>
    </message>
    <message>
        <source>Ownership, task scope and business need are each certified until their own date; with this, an identity is asked only what has run out, and one still certified for all three is left out</source>
        <translation>Propriété, périmètre des tâches et besoin métier sont chacun certifiés jusqu’à leur propre date&#xa0;; ainsi, une identité n’est interrogée que sur ce qui a expiré, et celle encore certifiée pour les trois est laissée de côté</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every month (30 days)</source>
        <translation>Chaque mois (30 jours)</translation>
    </message>
    <message>
        <source>Every quarter (90 days)</source>
        <translation>Chaque trimestre (90 jours)</translation>
    </message>
    <message>
        <source>Every half year (182 days)</source>
        <translation>Chaque semestre (182 jours)</translation>
    </message>
    <message>
        <source>Every year (365 days)</source>
        <translation>Chaque année (365 jours)</translation>
    </message>
    <message>
        <source>Repeating keeps a recurring template: the next campaigns start by themselves and ask only what has run out</source>
        <translation>Répéter conserve un modèle récurrent&#xa0;: les campagnes suivantes démarrent d’elles-mêmes et ne demandent que ce qui a expiré</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Répét&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign started, but it will not repeat: %1. Define the recurrence in Recurring….</source>
        <translation>Campagne démarrée, mais elle ne se répétera pas&#xa0;: %1. Définissez la récurrence dans Récurrentes….</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>recertify::OrphansPage</name>
    <message>
        <source>Import people directory…</source>
        <translation>Importer l&apos;annuaire des personnes…</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Propriétaires &amp; orphelines</translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation>CSV avec l&apos;en-tête email,name,manager,active</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Annuaire des personnes</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no owner, an owner the people directory does not know, or an owner who has left. Open one to assign an owner; every change goes into the audit log.</source>
        <translation>
            <numerusform>%n identité n&apos;a pas de propriétaire, a un propriétaire inconnu de l&apos;annuaire des personnes ou un propriétaire qui a quitté l&apos;organisation. Ouvrez-la pour attribuer un propriétaire&#xa0;; chaque modification est consignée dans le journal d&apos;audit.</numerusform>
            <numerusform>%n identités n&apos;ont pas de propriétaire, ont un propriétaire inconnu de l&apos;annuaire des personnes ou un propriétaire qui a quitté l&apos;organisation. Ouvrez-en une pour attribuer un propriétaire&#xa0;; chaque modification est consignée dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Identities without a current owner</source>
        <translation>Identités sans propriétaire actuel</translation>
    </message>
</context>
<context>
    <name>recertify::ReviewQueuePage</name>
    <message>
        <source>Confirm the owner</source>
        <translation>Confirmer le propriétaire</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Réattribuer à</translation>
    </message>
    <message>
        <source>Keep the scope</source>
        <translation>Conserver le périmètre</translation>
    </message>
    <message>
        <source>Reduce: remove the grants ticked below</source>
        <translation>Réduire&#xa0;: retirer les autorisations cochées ci-dessous</translation>
    </message>
    <message>
        <source>Certify until</source>
        <translation>Certifier jusqu&apos;au</translation>
    </message>
    <message>
        <source>Revoke (disable)</source>
        <translation>Révoquer (désactiver)</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <source>Decide and next (Ctrl+Enter)</source>
        <translation>Décider et passer au suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Mes revues</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Why: required to revoke, to reduce, and to certify with open high-severity findings</source>
        <translation>Justification&#xa0;: obligatoire pour révoquer, pour réduire et pour certifier malgré des constats ouverts de gravité élevée</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Revue en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>1. Ownership</source>
        <translation>1. Propriété</translation>
    </message>
    <message>
        <source>2. Task scope</source>
        <translation>2. Périmètre de tâches</translation>
    </message>
    <message>
        <source>3. Business need</source>
        <translation>3. Besoin métier</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance %2)</translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation>dette %1</translation>
    </message>
    <message>
        <source> · unchanged since last review</source>
        <translation> · inchangée depuis la dernière revue</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 sur %2 décidés</translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation>Décidé le %1.</translation>
    </message>
    <message>
        <source>Why it is here:</source>
        <translation>Motif de sa présence&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>aucune documentée</translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation>Périmètre déclaré&#xa0;:</translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 in the last 90 days</source>
        <translation>Accordées %1 · utilisées %2 · inutilisées %3 au cours des 90 derniers jours</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation>Dette de confiance</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n days old</source>
        <translation>
            <numerusform>%1 %2, %n jour d&apos;ancienneté</numerusform>
            <numerusform>%1 %2, %n jours d&apos;ancienneté</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Hand on…</source>
        <translation>Transmettre…</translation>
    </message>
    <message>
        <source>Give this item to someone who knows the identity better; recorded in the audit log</source>
        <translation>Confier cet élément à quelqu’un qui connaît mieux l’identité&#xa0;; consigné dans le journal d’audit</translation>
    </message>
    <message>
        <source>Hand on</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Email address of the reviewer who takes this item over:</source>
        <translation>Adresse e-mail du réviseur qui reprend cet élément&#xa0;:</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>Transmis à %1.</translation>
    </message>
    <message>
        <source>Decide all selected</source>
        <translation>Décider tous les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Applies this answer to every selected item (Ctrl+click or Shift+click in the queue); each decision is checked, audited and timed on its own</source>
        <translation>Applique cette réponse à chaque élément sélectionné (Ctrl+clic ou Maj+clic dans la file)&#xa0;; chaque décision est vérifiée, auditée et chronométrée séparément</translation>
    </message>
    <message>
        <source>Reducing scope picks grants per identity; decide those one at a time, or keep the scope for all.</source>
        <translation>Réduire le périmètre choisit des droits par identité&#xa0;; décidez-les un par un, ou conservez le périmètre pour tous.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions recorded</source>
        <translation>
            <numerusform>%n décision enregistrée</numerusform>
            <numerusform>%n décisions enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n flagged to your manager</source>
        <translation>
            <numerusform>&#xa0;; %n signalée à votre responsable</numerusform>
            <numerusform>&#xa0;; %n signalées à votre responsable</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This item was just decided on another desktop; nothing you entered was recorded. Move on to the next one.</source>
        <translation>Cet élément vient d&apos;être décidé sur un autre poste&#xa0;; rien de ce que vous avez saisi n&apos;a été enregistré. Passez au suivant.</translation>
    </message>
    <message>
        <source>Apply the recommendation</source>
        <translation>Appliquer la recommandation</translation>
    </message>
    <message>
        <source>No recommendation on scope: no activity data covers this identity (%1), so nothing is known to be unused.</source>
        <translation>Aucune recommandation sur le périmètre&#xa0;: aucune donnée d&apos;activité ne couvre cette identité (%1), donc rien n&apos;est connu comme inutilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: reduce: %n grant(s) unused in the last 90 days (%1).</source>
        <translation>
            <numerusform>Recommandé&#xa0;: réduire&#xa0;: %n autorisation inutilisée au cours des 90 derniers jours (%1).</numerusform>
            <numerusform>Recommandé&#xa0;: réduire&#xa0;: %n autorisations inutilisées au cours des 90 derniers jours (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: keep the scope: every grant was used in the last 90 days.</source>
        <translation>Recommandé&#xa0;: conserver le périmètre&#xa0;: chaque autorisation a été utilisée au cours des 90 derniers jours.</translation>
    </message>
    <message>
        <source>Answer %1 first</source>
        <translation>Répondez d&apos;abord à %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: answer %1 first.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: répondez d&apos;abord à %1.</translation>
    </message>
    <message>
        <source>Nobody to confirm: it has no owner, or its owner left. Name a new owner or revoke.</source>
        <translation>Personne à confirmer&#xa0;: il n’a pas de responsable, ou celui-ci est parti. Désignez-en un nouveau ou révoquez.</translation>
    </message>
    <message>
        <source>No owner to confirm: name a new owner, or revoke.</source>
        <translation>Aucun responsable à confirmer&#xa0;: désignez-en un nouveau, ou révoquez.</translation>
    </message>
    <message>
        <source>All open campaigns</source>
        <translation>Toutes les campagnes ouvertes</translation>
    </message>
    <message>
        <source>Your queue, %1, or that of someone who reports to you</source>
        <translation>Votre file, %1, ou celle d&apos;une personne qui vous est rattachée</translation>
    </message>
    <message>
        <source>on behalf of %1: each decision records you as the one who decided</source>
        <translation>pour le compte de %1&#xa0;: chaque décision vous enregistre comme décideur</translation>
    </message>
    <message>
        <source>owner now %1</source>
        <translation>responsable désormais %1</translation>
    </message>
    <message>
        <source>owner confirmed</source>
        <translation>responsable confirmé</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) to remove</source>
        <translation>
            <numerusform>%n droit à retirer</numerusform>
            <numerusform>%n droits à retirer</numerusform>
        </translation>
    </message>
    <message>
        <source>scope kept</source>
        <translation>périmètre conservé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>to be retired</source>
        <translation>à retirer</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>certifié jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifié</translation>
    </message>
    <message>
        <source>Decided by you on behalf of %1.</source>
        <translation>Décidé par vous pour le compte de %1.</translation>
    </message>
    <message>
        <source>Flagged to your manager: %1.</source>
        <translation>Signalé à votre responsable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Reviewing as</source>
        <translation>Revue en tant que</translation>
    </message>
    <message>
        <source>Identities to review</source>
        <translation>Identités à revoir</translation>
    </message>
    <message>
        <source>Evidence for the selected identity</source>
        <translation>Preuves pour l&apos;identité choisie</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Grants to remove</source>
        <translation>Droits à retirer</translation>
    </message>
    <message>
        <source>&lt;p&gt;No open campaign has items for you. A governance manager starts campaigns in &lt;b&gt;Campaigns&lt;/b&gt; (&lt;i&gt;New campaign…&lt;/i&gt;); each identity goes to its owner, and yours appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune campagne ouverte n&apos;a d&apos;éléments pour vous. Un responsable de la gouvernance lance les campagnes dans &lt;b&gt;Campagnes&lt;/b&gt; (&lt;i&gt;Nouvelle campagne…&lt;/i&gt;)&#xa0;; chaque identité va à son propriétaire, et les vôtres apparaissent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Answer this item again until the campaign closes: the new decision supersedes the one recorded, and both stay on record</source>
        <translation>Répondre de nouveau à cet élément jusqu’à la clôture de la campagne&#xa0;: la nouvelle décision remplace celle enregistrée, et les deux restent enregistrées</translation>
    </message>
    <message>
        <source>Amended on %1: %2.</source>
        <translation>Modifiée le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Decided on %1: %2.</source>
        <translation>Décidée le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record the amendment (Ctrl+Enter)</source>
        <translation>Enregistrer la modification (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Amending the decision of %1 (%2). Answer all three again; the new decision supersedes it and both stay on record.</source>
        <translation>Modification de la décision du %1 (%2). Répondez de nouveau aux trois questions&#xa0;; la nouvelle décision la remplace et les deux restent enregistrées.</translation>
    </message>
    <message>
        <source>Amendment recorded for %1: %2. The earlier decision stays on record, superseded.</source>
        <translation>Modification enregistrée pour %1&#xa0;: %2. La décision précédente reste enregistrée, remplacée.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Enregistré pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Rechercher dans la file</translation>
    </message>
    <message>
        <source>Search names, ids, campaigns (Ctrl+F)</source>
        <translation>Rechercher noms, identifiants, campagnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort the queue by</source>
        <translation>Trier la file par</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Trust debt, highest first</source>
        <translation>Dette de confiance, la plus élevée d’abord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <source>Ownership holds until</source>
        <translation>Propriété valable jusqu’au</translation>
    </message>
    <message>
        <source>Task scope holds until</source>
        <translation>Périmètre des tâches valable jusqu’au</translation>
    </message>
    <message>
        <source>Business need certified until</source>
        <translation>Besoin métier certifié jusqu’au</translation>
    </message>
    <message>
        <source>holds until</source>
        <translation>valable jusqu’au</translation>
    </message>
    <message>
        <source>The task scope answer holds until</source>
        <translation>La réponse sur le périmètre des tâches vaut jusqu’au</translation>
    </message>
    <message>
        <source>The task scope is still certified; this item does not ask about it.</source>
        <translation>Le périmètre des tâches est encore certifié&#xa0;; cet élément ne le demande pas.</translation>
    </message>
    <message>
        <source>%1 — not asked: certified until %2</source>
        <translation>%1 — non demandé&#xa0;: certifié jusqu’au %2</translation>
    </message>
    <message>
        <source>a later date</source>
        <translation>une date ultérieure</translation>
    </message>
    <message>
        <source>Not asked in this item</source>
        <translation>Non demandé dans cet élément</translation>
    </message>
    <message>
        <source>ownership not asked</source>
        <translation>propriété non demandée</translation>
    </message>
    <message>
        <source>task scope not asked</source>
        <translation>périmètre des tâches non demandé</translation>
    </message>
    <message>
        <source>business need not asked</source>
        <translation>besoin métier non demandé</translation>
    </message>
    <message>
        <source>answer %1 first</source>
        <translation>répondez d’abord sur %1</translation>
    </message>
    <message>
        <source>%1 %2, age unknown</source>
        <translation>%1 %2, âge inconnu</translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation>
            <numerusform>pas vu en %n jour de données d’activité</numerusform>
            <numerusform>pas vu en %n jours de données d’activité</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation>inconnu&#xa0;: aucune donnée d’activité</translation>
    </message>
    <message>
        <source>Granted %1 · usage unknown: no activity data for %2 in the last 90 days</source>
        <translation>Accordées %1 · usage inconnu&#xa0;: aucune donnée d’activité pour %2 sur les 90 derniers jours</translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation>usage inconnu</translation>
    </message>
</context>
<context>
    <name>recertify::SourcesPage</name>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Import from files</source>
        <translation>Importer depuis des fichiers</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Dossier à importer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 changed, %3 removed, %4 unchanged.</source>
        <translation>Terminé&#xa0;: %1 ajoutées, %2 modifiées, %3 supprimées, %4 inchangées.</translation>
    </message>
    <message>
        <source>%1 activity events in %2 day aggregates; %3 identities discovered from activity; %4 records without a principal skipped.</source>
        <translation>%1 événements d&apos;activité dans %2 agrégats journaliers&#xa0;; %3 identités découvertes à partir de l&apos;activité&#xa0;; %4 enregistrements sans principal ignorés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been imported before; their activity was not counted again.</source>
        <translation>
            <numerusform>%n fichier avait déjà été importé&#xa0;; son activité n&apos;a pas été comptée à nouveau.</numerusform>
            <numerusform>%n fichiers avaient déjà été importés&#xa0;; leur activité n&apos;a pas été comptée à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID…</source>
        <translation>Connecter Microsoft Entra ID…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Live sources</source>
        <translation>Sources en direct</translation>
    </message>
    <message>
        <source>Secret in the keychain as %1</source>
        <translation>Secret dans le trousseau sous %1</translation>
    </message>
    <message>
        <source>Detect from the files</source>
        <translation>Détecter d&apos;après les fichiers</translation>
    </message>
    <message>
        <source>Complete for %1; identities elsewhere were left alone.</source>
        <translation>Complet pour %1&#xa0;; les identités ailleurs n&apos;ont pas été touchées.</translation>
    </message>
    <message>
        <source>Connect Kubernetes…</source>
        <translation>Connecter Kubernetes…</translation>
    </message>
    <message>
        <source>Connect live sources to be synced on a schedule, or import identities, credentials, grants and activity from the files your systems export. Each sync or import is one transaction: a bad input changes nothing, and the same data again changes nothing.</source>
        <translation>Connectez des sources en direct à synchroniser selon une planification, ou importez des identités, identifiants, autorisations et l&apos;activité depuis les fichiers exportés par vos systèmes. Chaque synchronisation ou import est une transaction&#xa0;: une entrée invalide ne change rien, et les mêmes données une seconde fois non plus.</translation>
    </message>
    <message>
        <source>How often the selected source is synced</source>
        <translation>Fréquence de synchronisation de la source sélectionnée</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation>synchronisation toutes les %1</translation>
    </message>
    <message>
        <source>synced when asked</source>
        <translation>synchronisation sur demande</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>never synced yet</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à synchroniser</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Syncing %1 (scheduled)…</source>
        <translation>Synchronisation de %1 (planifiée)…</translation>
    </message>
    <message>
        <source>%1 synced: %2 added, %3 changed, %4 removed</source>
        <translation>Synchronisation de %1 terminée&#xa0;: %2 ajouts, %3 modifications, %4 suppressions</translation>
    </message>
    <message>
        <source>%1 could not be synced: %2</source>
        <translation>Impossible de synchroniser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connect GitHub…</source>
        <translation>Connecter GitHub…</translation>
    </message>
    <message>
        <source>Connect AWS…</source>
        <translation>Connecter AWS…</translation>
    </message>
    <message>
        <source>Exports (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;All files (*)</source>
        <translation>Exports (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connected sources</source>
        <translation>Sources connectées</translation>
    </message>
    <message>
        <source>Passed over most often: %1.</source>
        <translation>Le plus souvent ignoré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Namespace of the manifests</source>
        <translation>Espace de noms des manifestes</translation>
    </message>
    <message>
        <source>These manifests name no namespace; they are applied with kubectl apply -n.
Namespace they are applied to:</source>
        <translation>Ces manifestes ne nomment aucun espace de noms&#xa0;; ils s&apos;appliquent avec kubectl apply -n.
Espace de noms où ils sont appliqués&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import and were not counted again.</source>
        <translation>
            <numerusform>%n événement avait déjà été compté par un import précédent et n’a pas été compté de nouveau.</numerusform>
            <numerusform>%n événements avaient déjà été comptés par un import précédent et n’ont pas été comptés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No live source is connected yet. Connect one below to keep its identities current on a schedule.</source>
        <translation>Aucune source en direct n’est connectée. Connectez-en une ci-dessous pour garder ses identités à jour selon un calendrier.</translation>
    </message>
    <message>
        <source>No files chosen. Add exports with Add files… or Add folder…, then Import.</source>
        <translation>Aucun fichier choisi. Ajoutez des exports avec «&#xa0;Ajouter des fichiers…&#xa0;» ou «&#xa0;Ajouter un dossier…&#xa0;», puis «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was imported or synced yet. Every run, good or failed, is listed here.</source>
        <translation>Rien n’a encore été importé ni synchronisé. Chaque exécution, réussie ou non, est listée ici.</translation>
    </message>
    <message>
        <source>%1 Then this import failed and changed nothing: %2</source>
        <translation>%1 Ensuite, cette importation a échoué et n’a rien modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Telling the files apart…</source>
        <translation>Identification des fichiers…</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Modifié&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Further changes: %n more.</source>
        <translation>
            <numerusform>Autres changements&#xa0;: %n de plus.</numerusform>
            <numerusform>Autres changements&#xa0;: %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file had been imported before, so nothing was retired: what it leaves out may have come since from another input.</source>
        <translation>Chaque fichier avait déjà été importé, donc rien n’a été retiré&#xa0;: ce qu’il omet peut être venu depuis d’une autre entrée.</translation>
    </message>
</context>
<context>
    <name>recertify::SyncRunTableModel</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Inputs or error</source>
        <translation>Entrées ou erreur</translation>
    </message>
    <message>
        <source>Complete for no scope: nothing could be retired by this run.</source>
        <translation>Complet pour aucun périmètre&#xa0;: cette exécution ne pouvait rien mettre hors service.</translation>
    </message>
    <message>
        <source>Complete for: %1 (only there could identities be retired)</source>
        <translation>Complet pour&#xa0;: %1 (seules les identités de ce périmètre pouvaient être mises hors service)</translation>
    </message>
    <message>
        <source>Complete for</source>
        <translation>Complet pour</translation>
    </message>
</context>
<context>
    <name>recertify::TemplatesDialog</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Recurring campaigns</source>
        <translation>Campagnes récurrentes</translation>
    </message>
    <message>
        <source>A template starts the same review again and again: after every sync, each template whose time has come starts its campaign. A run missed for several periods starts one campaign, not a backlog.</source>
        <translation>Un modèle relance la même revue encore et encore&#xa0;: après chaque synchronisation, chaque modèle arrivé à échéance lance sa campagne. Une exécution manquée sur plusieurs périodes lance une seule campagne, pas un arriéré.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Échéance après</translation>
    </message>
    <message>
        <source>Next start</source>
        <translation>Prochain lancement</translation>
    </message>
    <message>
        <source>Quarterly AI agent review</source>
        <translation>Revue trimestrielle des agents IA</translation>
    </message>
    <message>
        <source>kind=ai-agent source=aws-iam; empty for every identity that is not retired</source>
        <translation>kind=ai-agent source=aws-iam&#xa0;; vide pour toute identité non retirée</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation>governance@example.com</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Propriétaire technique</translation>
    </message>
    <message>
        <source>Reviewer&apos;s manager</source>
        <translation>Responsable du réviseur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;every:</source>
        <translation>Lancer &amp;tous les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;Échéance après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First start:</source>
        <translation>Premier &amp;lancement&#xa0;:</translation>
    </message>
    <message>
        <source>Fa&amp;llback reviewer:</source>
        <translation>Réviseur de &amp;repli&#xa0;:</translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation>&amp;Seconde étape&#xa0;:</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Ajouter le modèle</translation>
    </message>
    <message>
        <source>Start due now</source>
        <translation>Lancer maintenant ce qui est dû</translation>
    </message>
    <message>
        <source>Starts the campaigns of every template whose time has come, without waiting for the next sync</source>
        <translation>Lance les campagnes de chaque modèle arrivé à échéance, sans attendre la prochaine synchronisation</translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation>toutes les identités non mises hors service</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; added; its first campaign starts on %2.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» ajouté&#xa0;; sa première campagne démarre le %2.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» arrêté&#xa0;; les campagnes qu&apos;il a lancées restent.</translation>
    </message>
    <message>
        <source>No template is due yet.</source>
        <translation>Aucun modèle n&apos;est encore dû.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n campaign(s).</source>
        <translation>
            <numerusform>%n campagne lancée.</numerusform>
            <numerusform>%n campagnes lancées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::TriggersDialog</name>
    <message>
        <source>Acted outside its declared scope</source>
        <translation>A agi hors de son périmètre déclaré</translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation>Propriétaire parti</translation>
    </message>
    <message>
        <source>Credential expiring within (days)</source>
        <translation>Identifiant expirant dans (jours)</translation>
    </message>
    <message>
        <source>Trust debt crossing (points)</source>
        <translation>Dette de confiance au-delà de (points)</translation>
    </message>
    <message>
        <source>Campaign triggers</source>
        <translation>Déclencheurs de campagne</translation>
    </message>
    <message>
        <source>After every sync, each trigger that is on starts a small campaign, due in a week, for the identities it newly finds. What no active owner can review goes to the fallback reviewer.</source>
        <translation>Après chaque synchronisation, chaque déclencheur actif lance une petite campagne, due dans une semaine, pour les identités qu’il vient de trouver. Ce qu’aucun propriétaire actif ne peut réviser va au réviseur de secours.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Fallback reviewer</source>
        <translation>Réviseur de secours</translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation>governance@example.com</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>recertify::WelcomePage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Connect a live source…</source>
        <translation>&amp;Connecter une source en direct…</translation>
    </message>
    <message>
        <source>Load the &amp;demo estate</source>
        <translation>Charger le parc de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open an evidence bundle…</source>
        <translation>&amp;Ouvrir un paquet de preuves…</translation>
    </message>
    <message>
        <source>Welcome to Recertify</source>
        <translation>Bienvenue dans Recertify</translation>
    </message>
    <message>
        <source>This store holds no identities yet. Bring in the non-human identities of your estate — AI agents, service accounts, roles, keys and tokens — and Recertify shows who owns each, what it may do and what it actually does.</source>
        <translation>Cette base ne contient encore aucune identité. Importez les identités non humaines de votre parc – agents IA, comptes de service, rôles, clés et jetons – et Recertify montre à qui appartient chacune, ce qu&apos;elle peut faire et ce qu&apos;elle fait réellement.</translation>
    </message>
    <message>
        <source>Exports you already have: AWS IAM and CloudTrail, kubectl output and audit logs, Microsoft Graph responses, GitHub and MCP files. Each file&apos;s format is told from its content.</source>
        <translation>Les exports que vous avez déjà&#xa0;: AWS IAM et CloudTrail, sorties kubectl et journaux d&apos;audit, réponses Microsoft Graph, fichiers GitHub et MCP. Le format de chaque fichier est reconnu à son contenu.</translation>
    </message>
    <message>
        <source>Kubernetes, GitHub, AWS or Microsoft Entra ID, read straight from their APIs and kept current on a schedule. Credentials stay in your keychain or kubeconfig.</source>
        <translation>Kubernetes, GitHub, AWS ou Microsoft Entra ID, lus directement par leurs API et tenus à jour selon un calendrier. Les identifiants restent dans votre trousseau ou votre kubeconfig.</translation>
    </message>
    <message>
        <source>300 made-up identities with owners, grants, usage and findings, to try every screen. Your own imports can replace them later.</source>
        <translation>300 identités fictives avec propriétaires, droits, usages et constats, pour essayer chaque écran. Vos propres imports pourront les remplacer plus tard.</translation>
    </message>
    <message>
        <source>Check a signed review export you received: its signature, its signer and every file in it.</source>
        <translation>Vérifier un export de revue signé que vous avez reçu&#xa0;: sa signature, son signataire et chacun de ses fichiers.</translation>
    </message>
    <message>
        <source>Writing the demo estate</source>
        <translation>Écriture du parc de démonstration</translation>
    </message>
    <message>
        <source>This store holds no identities yet, and your sign-in may only read it. Ask a governance manager to import or connect the estate; meanwhile you can check an evidence bundle.</source>
        <translation>Cette base ne contient encore aucune identité, et votre connexion ne permet que de la lire. Demandez à un responsable de la gouvernance d&apos;importer ou de connecter le parc&#xa0;; en attendant, vous pouvez vérifier un paquet de preuves.</translation>
    </message>
</context>
<context>
    <name>recertify::WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Recertify records who made every decision. Choose yourself from the people directory, or type your email address; it is remembered for this store.</source>
        <translation>Recertify enregistre l&apos;auteur de chaque décision. Choisissez-vous dans l&apos;annuaire, ou saisissez votre adresse e-mail&#xa0;; elle est mémorisée pour ce magasin.</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Vous êtes&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a person, or type an email address such as ada@example.com.</source>
        <translation>Choisissez une personne, ou saisissez une adresse e-mail comme ada@example.com.</translation>
    </message>
</context>
</TS>
